/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.compression.DecompressionException;
import io.netty.handler.codec.compression.JdkZlibDecoder;
import io.netty.handler.codec.compression.ZlibWrapper;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Decodes {@code Content-Encoding: gzip} answers for every Cohesivity client, whatever
 * its connector: every request asks for gzip ({@code Accept-Encoding: gzip}, set by
 * {@link CohesivityClientConfigurer}), and Reactor Netty without {@code compress(true)},
 * the JDK's client and others hand the compressed bytes on as they came. The body is
 * decoded as it streams (with Netty's zlib decoder, as Netty's own
 * {@code HttpContentDecompressor} does), so the in-memory size limit applies to the
 * decoded answer. A body that does not start like gzip although the header says so (a
 * connector that decoded it already and left the header) passes unchanged; an encoding
 * that was not asked for fails with a message that names it instead of binary text.
 */
final class GzipDecodingFilter implements ExchangeFilterFunction {

	private static final NettyDataBufferFactory BUFFERS = new NettyDataBufferFactory(ByteBufAllocator.DEFAULT);

	private static final int GZIP_MAGIC_1 = 0x1f;

	private static final int GZIP_MAGIC_2 = 0x8b;

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request).map((response) -> decoded(request, response));
	}

	private static ClientResponse decoded(ClientRequest request, ClientResponse response) {
		List<String> encodings = response.headers().header(HttpHeaders.CONTENT_ENCODING);
		String encoding = String.join(",", encodings).strip().toLowerCase(Locale.ROOT);
		if (encoding.isEmpty() || encoding.equals("identity")) {
			return response;
		}
		ClientResponse.Builder decoded = response.mutate().headers((headers) -> {
			headers.remove(HttpHeaders.CONTENT_ENCODING);
			headers.remove(HttpHeaders.CONTENT_LENGTH);
		});
		if (!encoding.equals("gzip") && !encoding.equals("x-gzip")) {
			CohesivityException unsupported = new CohesivityException("Malformed response to " + request.method() + " "
					+ request.url().getRawPath() + ": its Content-Encoding '" + KeyRedactor.redact(encoding)
					+ "' was not asked for (the client asks for gzip only)");
			return decoded.body((body) -> body.doOnNext(DataBufferUtils::release).thenMany(Flux.error(unsupported)))
				.build();
		}
		return decoded.body((body) -> body.switchOnFirst((first, all) -> {
			DataBuffer buffer = first.get();
			return (buffer != null && !startsLikeGzip(buffer)) ? all : gunzip(request, all);
		})).build();
	}

	private static boolean startsLikeGzip(DataBuffer buffer) {
		int position = buffer.readPosition();
		if (buffer.readableByteCount() < 2) {
			return true;
		}
		return (buffer.getByte(position) & 0xff) == GZIP_MAGIC_1
				&& (buffer.getByte(position + 1) & 0xff) == GZIP_MAGIC_2;
	}

	private static Flux<DataBuffer> gunzip(ClientRequest request, Flux<DataBuffer> compressed) {
		return Flux.using(() -> new EmbeddedChannel(new JdkZlibDecoder(ZlibWrapper.GZIP, true)),
				(channel) -> compressed.concatMapIterable((buffer) -> {
					channel.writeInbound(toByteBuf(buffer));
					return drain(channel);
				}).concatWith(Flux.defer(() -> {
					channel.finish();
					return Flux.fromIterable(drain(channel));
				})), EmbeddedChannel::finishAndReleaseAll)
			.onErrorMap(DecompressionException.class,
					(ex) -> new CohesivityException(
							"Malformed response to " + request.method() + " " + request.url().getRawPath()
									+ ": its gzip-encoded body cannot be decoded (" + ex.getMessage() + ")",
							ex));
	}

	private static ByteBuf toByteBuf(DataBuffer buffer) {
		if (buffer instanceof org.springframework.core.io.buffer.NettyDataBuffer netty) {
			return netty.getNativeBuffer();
		}
		byte[] bytes = new byte[buffer.readableByteCount()];
		buffer.read(bytes);
		DataBufferUtils.release(buffer);
		return Unpooled.wrappedBuffer(bytes);
	}

	private static List<DataBuffer> drain(EmbeddedChannel channel) {
		List<DataBuffer> decoded = new ArrayList<>();
		for (ByteBuf chunk = channel.readInbound(); chunk != null; chunk = channel.readInbound()) {
			decoded.add(BUFFERS.wrap(chunk));
		}
		return decoded;
	}

	@Override
	public String toString() {
		return "GzipDecodingFilter";
	}

}
