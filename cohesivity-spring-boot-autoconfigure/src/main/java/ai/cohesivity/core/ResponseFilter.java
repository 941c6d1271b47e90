/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * The one filter of every Cohesivity {@code WebClient}, which makes every client speak
 * one error model and read every answer decoded, in one pass over the response:
 * <ul>
 * <li>any status that is not {@code 2xx} becomes a {@link CohesivityApiException}
 * (redirects are reported, never followed), read from the decoded error body;</li>
 * <li>a failure before a response arrived becomes a {@link CohesivityNetworkException}; a
 * failure while a {@code 2xx} body streams is classified the same way where the body is
 * read ({@link CohesivityHttpTransport}), so that a plain {@code 2xx} response passes on
 * as it came, without being rebuilt;</li>
 * <li>a {@code Content-Encoding: gzip} answer is decoded as it streams
 * ({@link GzipDecoding}), whatever the connector: every request asks for gzip
 * ({@code Accept-Encoding: gzip}, set by {@link CohesivityClientConfigurer}), and Reactor
 * Netty without {@code compress(true)}, the JDK's client and others hand the compressed
 * bytes on as they came; an encoding that was not asked for fails with a message that
 * names it instead of binary text.</li>
 * </ul>
 */
final class ResponseFilter implements ExchangeFilterFunction {

	private final ErrorResponseTranslator translator;

	ResponseFilter(ErrorResponseTranslator translator) {
		this.translator = translator;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return next.exchange(request)
			.onErrorMap((ex) -> !(ex instanceof CohesivityException),
					(ex) -> NetworkFailures.of(ex, request.method(), target(request.url())))
			.flatMap((response) -> handle(request, response));
	}

	private Mono<ClientResponse> handle(ClientRequest request, ClientResponse response) {
		List<String> encodings = response.headers().header(HttpHeaders.CONTENT_ENCODING);
		String encoding = encodings.isEmpty() ? "" : String.join(",", encodings).strip().toLowerCase(Locale.ROOT);
		if (!encoding.isEmpty() && !encoding.equals("identity") && !encoding.equals("gzip")
				&& !encoding.equals("x-gzip")) {
			return response.releaseBody()
				.then(Mono.error(new CohesivityException("Malformed response to " + request.method() + " "
						+ request.url().getRawPath() + ": its Content-Encoding '" + KeyRedactor.redact(encoding)
						+ "' was not asked for (the client asks for gzip only)")));
		}
		ClientResponse decoded = (encoding.equals("gzip") || encoding.equals("x-gzip")) ? gunzipped(request, response)
				: response;
		HttpStatusCode status = decoded.statusCode();
		return status.is2xxSuccessful() ? Mono.just(decoded) : error(request, status, decoded);
	}

	/**
	 * Return a response whose body is decoded as it streams and whose headers no longer
	 * name an encoding or a length.
	 */
	private static ClientResponse gunzipped(ClientRequest request, ClientResponse response) {
		return response.mutate().headers((headers) -> {
			headers.remove(HttpHeaders.CONTENT_ENCODING);
			headers.remove(HttpHeaders.CONTENT_LENGTH);
		}).body((body) -> GzipDecoding.decode(request.method() + " " + request.url().getRawPath(), body)).build();
	}

	private Mono<ClientResponse> error(ClientRequest request, HttpStatusCode status, ClientResponse response) {
		String target = target(request.url());
		HttpHeaders headers = response.headers().asHttpHeaders();
		String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
		String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (status.is3xxRedirection()) {
			return response.releaseBody()
				.then(Mono.error(this.translator.translate(ErrorEnvelope.of(status.value(),
						"HTTP " + status.value() + " redirect from " + target
								+ " was not followed (credentials are never sent across a "
								+ "redirect); check cohesivity.base-url"))));
		}
		return response.bodyToMono(String.class)
			.map((body) -> this.translator.translate(status.value(), contentType, body, retryAfter))
			.defaultIfEmpty(this.translator.translate(status.value(), contentType, "", retryAfter))
			.onErrorResume((ex) -> !(ex instanceof CohesivityException),
					(ex) -> Mono.just(this.translator.translate(ErrorEnvelope.of(status.value(),
							"HTTP " + status.value() + " with a body that could not be read ("
									+ (CohesivityHttpTransport.isTooLarge(ex)
											? "over the in-memory limit, cohesivity.max-in-memory-size"
											: ex.getClass().getSimpleName())
									+ "): " + ErrorEnvelopeParser.likelyCause(status.value())))))
			.flatMap(Mono::error);
	}

	/**
	 * Describe where a request went for a message: origin and path, never the query
	 * (which may carry the application key).
	 * @param url the request's URL
	 * @return for example {@code https://api.cohesivity.ai/edge/database}
	 */
	static String target(URI url) {
		String path = url.getRawPath();
		String origin = url.getScheme() + "://" + url.getHost() + ((url.getPort() != -1) ? ":" + url.getPort() : "");
		return origin + ((path != null) ? path : "");
	}

}
