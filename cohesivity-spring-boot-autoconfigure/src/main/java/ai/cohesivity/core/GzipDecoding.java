/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.compression.DecompressionException;
import io.netty.handler.codec.compression.JdkZlibDecoder;
import io.netty.handler.codec.compression.ZlibWrapper;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.NettyDataBufferFactory;

/**
 * Decodes a gzip body as it streams (with Netty's zlib decoder, as Netty's own
 * {@code HttpContentDecompressor} does), so that the in-memory size limit applies to the
 * decoded answer. A body that does not start like gzip although the header says so (a
 * connector that decoded it already and left the header) passes unchanged.
 */
final class GzipDecoding {

	private static final NettyDataBufferFactory BUFFERS = new NettyDataBufferFactory(ByteBufAllocator.DEFAULT);

	private static final int GZIP_MAGIC_1 = 0x1f;

	private static final int GZIP_MAGIC_2 = 0x8b;

	private GzipDecoding() {
	}

	/**
	 * Decode a body that says it is gzip.
	 * @param exchange the request, for messages, for example {@code POST /edge/database}
	 * @param body the body as it came
	 * @return the decoded body; it fails with a {@link CohesivityException} if the body
	 * starts like gzip but cannot be decoded
	 */
	static Flux<DataBuffer> decode(String exchange, Flux<DataBuffer> body) {
		return body.switchOnFirst((first, all) -> {
			DataBuffer buffer = first.get();
			return (buffer != null && !startsLikeGzip(buffer)) ? all : gunzip(exchange, all);
		});
	}

	private static boolean startsLikeGzip(DataBuffer buffer) {
		int position = buffer.readPosition();
		if (buffer.readableByteCount() < 2) {
			return true;
		}
		return (buffer.getByte(position) & 0xff) == GZIP_MAGIC_1
				&& (buffer.getByte(position + 1) & 0xff) == GZIP_MAGIC_2;
	}

	private static Flux<DataBuffer> gunzip(String exchange, Flux<DataBuffer> compressed) {
		return Flux.using(() -> new EmbeddedChannel(new JdkZlibDecoder(ZlibWrapper.GZIP, true)),
				(channel) -> compressed.concatMapIterable((buffer) -> {
					channel.writeInbound(toByteBuf(buffer));
					return drain(channel);
				}).concatWith(Flux.defer(() -> {
					channel.finish();
					return Flux.fromIterable(drain(channel));
				})), EmbeddedChannel::finishAndReleaseAll)
			.onErrorMap(DecompressionException.class, (ex) -> new CohesivityException("Malformed response to "
					+ exchange + ": its gzip-encoded body cannot be decoded (" + ex.getMessage() + ")", ex));
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

}
