/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

/**
 * The edge session mint, {@code POST /edge/session}: the one call that carries the
 * application key as {@code ?key=} while session tokens are in use. Created by
 * {@link CohesivityClientConfigurer#edgeSessionMint(CohesivityConnection)}; a mint is
 * idempotent (it changes nothing on the server), so it is retried by its own retry layer
 * — also when the call that needs the token is a write, since that call has not been sent
 * yet.
 */
public final class EdgeSessionMint {

	/** The path of the mint. */
	static final String PATH = "/edge/session";

	private static final CohesivityRequest MINT = CohesivityRequest.of(HttpMethod.POST, PATH);

	private final CohesivityHttpTransport keyedTransport;

	private final CohesivityRetryPolicy retryPolicy;

	EdgeSessionMint(CohesivityHttpTransport keyedTransport, CohesivityRetryPolicy retryPolicy) {
		this.keyedTransport = keyedTransport;
		this.retryPolicy = retryPolicy;
	}

	/**
	 * Return a mint: every subscription sends one, retried per the retry settings, and
	 * maps the answer of the attempt that succeeded.
	 * @param <T> the token type
	 * @param clock the clock that dates each attempt
	 * @param toToken turns the answer ({@code {"token":…,"expires_in":…}}) and the
	 * instant its request was sent into a token
	 * @return the mint
	 */
	public <T> Mono<T> mint(Clock clock, BiFunction<JsonNode, Instant, T> toToken) {
		return this.retryPolicy.apply(Mono.defer(() -> {
			Instant requestedAt = clock.instant();
			return this.keyedTransport.sendOnce(MINT).map((answer) -> toToken.apply(answer, requestedAt));
		}), true);
	}

	@Override
	public String toString() {
		return "EdgeSessionMint[" + this.keyedTransport.baseUrl() + PATH + "]";
	}

}
