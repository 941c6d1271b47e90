/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.net.URI;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * The filter that makes every Cohesivity {@code WebClient} speak one error model: any
 * status that is not {@code 2xx} becomes a {@link CohesivityApiException} (redirects are
 * reported, never followed), and transport failures, including a body cut off mid-way,
 * become {@link CohesivityNetworkException}s.
 */
final class ErrorMappingFilter implements ExchangeFilterFunction {

	private final ErrorResponseTranslator translator;

	ErrorMappingFilter(ErrorResponseTranslator translator) {
		this.translator = translator;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		String target = describe(request.url());
		return next.exchange(request)
			.onErrorMap((ex) -> !(ex instanceof CohesivityException),
					(ex) -> NetworkFailures.of(ex, request.method(), target))
			.flatMap((response) -> handle(request, target, response));
	}

	private Mono<ClientResponse> handle(ClientRequest request, String target, ClientResponse response) {
		HttpStatusCode status = response.statusCode();
		if (status.is2xxSuccessful()) {
			return Mono.just(response.mutate()
				.body((body) -> body.onErrorMap((ex) -> !(ex instanceof CohesivityException),
						(ex) -> NetworkFailures.of(ex, request.method(), target)))
				.build());
		}
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

	private static String describe(URI url) {
		String path = url.getRawPath();
		String origin = url.getScheme() + "://" + url.getHost() + ((url.getPort() != -1) ? ":" + url.getPort() : "");
		return origin + ((path != null) ? path : "");
	}

}
