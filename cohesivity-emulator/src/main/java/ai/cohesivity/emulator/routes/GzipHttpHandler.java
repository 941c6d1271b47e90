package ai.cohesivity.emulator.routes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ai.cohesivity.emulator.http.WireVariants;

/**
 * Gzips JSON answers as Cloudflare does when a request carries
 * {@code Accept-Encoding: gzip} — or always, or never, as the {@link WireVariants} say.
 * The body is compressed as it streams, one buffer at a time, so that a large result is
 * never held whole; the answer then goes out chunked, with {@code Content-Encoding: gzip}
 * and {@code Vary: Accept-Encoding}.
 */
final class GzipHttpHandler implements HttpHandler {

	private final HttpHandler delegate;

	private final WireVariants variants;

	GzipHttpHandler(HttpHandler delegate, WireVariants variants) {
		this.delegate = delegate;
		this.variants = variants;
	}

	@Override
	public Mono<Void> handle(ServerHttpRequest request, ServerHttpResponse response) {
		boolean gzip = switch (this.variants.gzip()) {
			case OFF -> false;
			case ALWAYS -> true;
			case WHEN_ACCEPTED -> acceptsGzip(request.getHeaders());
		};
		return this.delegate.handle(request, gzip ? new GzippingResponse(response) : response);
	}

	/**
	 * Whether {@code Accept-Encoding} names gzip (or {@code *}) with a weight above zero.
	 */
	static boolean acceptsGzip(HttpHeaders headers) {
		for (String value : headers.getValuesAsList(HttpHeaders.ACCEPT_ENCODING)) {
			String[] parts = value.split(";");
			String coding = parts[0].trim();
			if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
				boolean refused = false;
				for (int i = 1; i < parts.length; i++) {
					String parameter = parts[i].trim().replace(" ", "");
					refused |= parameter.matches("(?i)q=0(\\.0{0,3})?");
				}
				if (!refused) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Compresses a JSON body on its way out; anything else passes untouched.
	 */
	private static final class GzippingResponse extends ServerHttpResponseDecorator {

		GzippingResponse(ServerHttpResponse delegate) {
			super(delegate);
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			MediaType type = getHeaders().getContentType();
			if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
				return super.writeWith(body);
			}
			getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
			getHeaders().set(HttpHeaders.CONTENT_ENCODING, "gzip");
			getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			Flux<DataBuffer> compressed = Flux.using(Gzip::new,
					(gzip) -> Flux.from(body)
						.map(gzip::compress)
						.concatWith(Mono.fromCallable(gzip::finish))
						.filter((bytes) -> bytes.length > 0)
						.map(bufferFactory()::wrap),
					Gzip::close);
			return super.writeWith(compressed);
		}

	}

	/**
	 * One gzip stream, fed a buffer at a time; each call answers the compressed bytes
	 * produced so far.
	 */
	private static final class Gzip {

		private final ByteArrayOutputStream produced = new ByteArrayOutputStream(8192);

		private final GZIPOutputStream stream;

		Gzip() {
			try {
				this.stream = new GZIPOutputStream(this.produced, 8192);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		byte[] compress(DataBuffer buffer) {
			try (InputStream in = buffer.asInputStream(true)) {
				in.transferTo(this.stream);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return drain();
		}

		byte[] finish() throws IOException {
			this.stream.finish();
			return drain();
		}

		private byte[] drain() {
			byte[] bytes = this.produced.toByteArray();
			this.produced.reset();
			return bytes;
		}

		void close() {
			try {
				this.stream.close();
			}
			catch (IOException ex) {
				// Nothing is written any more: the deflater's memory is what matters.
			}
		}

	}

}
