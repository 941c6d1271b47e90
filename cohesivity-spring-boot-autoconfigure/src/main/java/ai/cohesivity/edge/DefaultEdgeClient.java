/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ClientResponse;

import ai.cohesivity.core.CohesivityHttpTransport;
import ai.cohesivity.core.CohesivityRequest;
import ai.cohesivity.core.RetryScope;

/**
 * The default {@link EdgeClient}: sends through one data-plane
 * {@link CohesivityHttpTransport}, which applies the credential and the retries.
 */
final class DefaultEdgeClient implements EdgeClient {

	private final CohesivityHttpTransport transport;

	private final @Nullable EdgeTokenProvider ownTokenProvider;

	/**
	 * Create a client.
	 * @param transport the data-plane transport
	 * @param ownTokenProvider a token provider this client created and closes, or
	 * {@code null}
	 */
	DefaultEdgeClient(CohesivityHttpTransport transport, @Nullable EdgeTokenProvider ownTokenProvider) {
		this.transport = transport;
		this.ownTokenProvider = ownTokenProvider;
	}

	@Override
	public Mono<JsonNode> post(String path, Object jsonBody, boolean idempotent) {
		return this.transport.send(request(path, jsonBody), idempotent);
	}

	@Override
	public <T> Mono<T> post(String path, Object jsonBody, boolean idempotent, Function<JsonParser, T> reader) {
		return this.transport.send(request(path, jsonBody), idempotent, reader);
	}

	@Override
	public <T> Flux<T> exchange(String path, Object jsonBody, MediaType accept, RetryScope retryScope,
			Function<ClientResponse, ? extends Publisher<T>> responseHandler) {
		return this.transport.exchange(request(path, jsonBody), accept, retryScope, responseHandler);
	}

	private static CohesivityRequest request(String path, Object jsonBody) {
		Assert.isTrue(path.startsWith("/edge/"), () -> "Edge path must start with '/edge/' but was '" + path + "'");
		return CohesivityRequest.of(HttpMethod.POST, path).withBody(jsonBody);
	}

	@Override
	public void close() {
		EdgeTokenProvider tokens = this.ownTokenProvider;
		if (tokens != null) {
			tokens.close();
		}
	}

	@Override
	public String toString() {
		return "DefaultEdgeClient[" + this.transport + "]";
	}

}
