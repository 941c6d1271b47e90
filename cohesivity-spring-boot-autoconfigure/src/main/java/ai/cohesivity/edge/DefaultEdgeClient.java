/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

import ai.cohesivity.core.CohesivityHttpTransport;
import ai.cohesivity.core.CohesivityRequest;
import ai.cohesivity.core.CohesivityUnauthorizedException;

/**
 * The default {@link EdgeClient}: sends through one {@link CohesivityHttpTransport}, with
 * an edge session token from an {@link EdgeTokenProvider}, or, without a provider, with
 * the application key that the transport's connector adds as {@code ?key=}.
 */
public final class DefaultEdgeClient implements EdgeClient {

	private final CohesivityHttpTransport transport;

	private final @Nullable EdgeTokenProvider tokenProvider;

	/**
	 * Create a client.
	 * @param transport the edge transport
	 * @param tokenProvider the token provider, or {@code null} to authenticate with
	 * {@code ?key=}
	 */
	public DefaultEdgeClient(CohesivityHttpTransport transport, @Nullable EdgeTokenProvider tokenProvider) {
		this.transport = transport;
		this.tokenProvider = tokenProvider;
	}

	@Override
	public Mono<JsonNode> post(String path, Object jsonBody, boolean idempotent) {
		Assert.isTrue(path.startsWith("/edge/"), () -> "Edge path must start with '/edge/' but was '" + path + "'");
		CohesivityRequest request = CohesivityRequest.of(HttpMethod.POST, path).withBody(jsonBody);
		EdgeTokenProvider tokens = this.tokenProvider;
		Mono<JsonNode> call = (tokens != null) ? withToken(tokens, request) : this.transport.sendOnce(request);
		return this.transport.retryPolicy().apply(call, idempotent);
	}

	private Mono<JsonNode> withToken(EdgeTokenProvider tokens, CohesivityRequest request) {
		return tokens.token()
			.flatMap((token) -> this.transport.sendOnce(request.withBearer(token))
				.onErrorResume(CohesivityUnauthorizedException.class, (rejected) -> tokens.refreshAfterRejection(token)
					.flatMap((fresh) -> this.transport.sendOnce(request.withBearer(fresh)))));
	}

	@Override
	public String toString() {
		return "DefaultEdgeClient[auth=" + ((this.tokenProvider != null) ? "session-token" : "key-parameter") + "]";
	}

}
