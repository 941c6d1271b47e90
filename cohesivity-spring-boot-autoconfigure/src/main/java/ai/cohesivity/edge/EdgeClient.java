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
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;

import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.RetryScope;

/**
 * Sends JSON calls to the Cohesivity data plane ({@code /edge/*}). Authentication is
 * applied for the caller: an edge session token as {@code Authorization: Bearer}, minted
 * and refreshed ahead of expiry (or the application key as {@code ?key=} when session
 * tokens are disabled). A {@code 401} leads to one forced re-mint and one retry. Error
 * responses become {@link ai.cohesivity.core.CohesivityApiException} subclasses; other
 * failures are retried only when the call is idempotent.
 * <p>
 * Without Spring Boot, build one with {@link #builder(CohesivityConnection)}: <pre class=
 * "code">
 * try (EdgeClient client = EdgeClient.builder(CohesivityConnection.of(baseUrl, null, applicationKey)).build()) {
 *     JsonNode rows = client.post("/edge/database", Map.of("query", "SELECT 1"), true).block();
 * }
 * </pre>
 */
public interface EdgeClient extends AutoCloseable {

	/**
	 * POST a JSON body to an edge path.
	 * @param path the path, for example {@code /edge/database}; it must not contain a key
	 * @param jsonBody the body, serialized as JSON ({@code Map}, {@code JsonNode}, a
	 * record, …)
	 * @param idempotent whether repeating the call is harmless (a read); a write that may
	 * have reached the server is never repeated when this is {@code false}
	 * @return the JSON answer
	 */
	Mono<JsonNode> post(String path, Object jsonBody, boolean idempotent);

	/**
	 * POST a JSON body to an edge path and read the answer with a reader of the caller's
	 * instead of into a tree, for an answer that may be large: a streaming reader counts
	 * its rows, or builds one row at a time, without holding a tree of the whole answer.
	 * Authentication, retries and errors are those of
	 * {@link #post(String, Object, boolean)}.
	 * @param <T> the result type
	 * @param path the path, for example {@code /edge/database}
	 * @param jsonBody the body, serialized as JSON
	 * @param idempotent whether repeating the call is harmless
	 * @param reader reads the {@code 2xx} answer from a parser before its first token (an
	 * empty body has none); a {@link tools.jackson.core.JacksonException} it throws
	 * becomes a {@link ai.cohesivity.core.CohesivityException} saying the answer is
	 * malformed
	 * @return what the reader read
	 */
	default <T> Mono<T> post(String path, Object jsonBody, boolean idempotent, Function<JsonParser, T> reader) {
		return post(path, jsonBody, idempotent).map((answer) -> {
			try (JsonParser parser = JsonMapper.shared().treeAsTokens(answer)) {
				return reader.apply(parser);
			}
		});
	}

	/**
	 * POST a JSON body to an edge path and hand the response to a handler, for answers
	 * that are not one JSON document: server-sent events (read them with
	 * {@code response.bodyToFlux(new
	 * ParameterizedTypeReference<ServerSentEvent<String>>() {})}), or response headers.
	 * Authentication is the same as for {@link #post(String, Object, boolean)}; error
	 * statuses fail the {@code Flux} with a
	 * {@link ai.cohesivity.core.CohesivityApiException} and never reach the handler. A
	 * call is retried (within its {@link RetryScope}) only while no response has arrived.
	 * Cancelling the {@code Flux} closes the connection.
	 * @param <T> the element type
	 * @param path the path, for example {@code /edge/managed-agents/v1/chat/completions}
	 * @param jsonBody the body, serialized as JSON
	 * @param accept the media type to ask for, for example
	 * {@link MediaType#TEXT_EVENT_STREAM}
	 * @param retryScope which failures before a response arrived may be answered by
	 * sending the call again: {@link RetryScope#TRANSIENT_FAILURES} for a read,
	 * {@link RetryScope#REFUSALS} for a call the server may act on
	 * @param responseHandler reads the {@code 2xx} response
	 * @return the handler's elements
	 */
	default <T> Flux<T> exchange(String path, Object jsonBody, MediaType accept, RetryScope retryScope,
			Function<ClientResponse, ? extends Publisher<T>> responseHandler) {
		return Flux.error(new UnsupportedOperationException(getClass().getName() + " does not support exchanges"));
	}

	/**
	 * Release what this client owns (a token provider it created). Clients of a Spring
	 * application context are closed with it.
	 */
	@Override
	default void close() {
	}

	/**
	 * Return a builder of a client for a tenant.
	 * @param connection the tenant; its application key is needed
	 * @return the builder
	 */
	static Builder builder(CohesivityConnection connection) {
		return new Builder(connection);
	}

	/**
	 * Builds the default {@link EdgeClient}: its transport comes from a
	 * {@link CohesivityClientConfigurer}, its session tokens from an
	 * {@link EdgeTokenProvider} (one of its own unless one is given).
	 */
	final class Builder {

		private final CohesivityConnection connection;

		private CohesivityClientConfigurer configurer = CohesivityClientConfigurer.defaults();

		private boolean sessionTokens = true;

		private @Nullable EdgeTokenProvider tokenProvider;

		private Builder(CohesivityConnection connection) {
			this.connection = connection;
		}

		/**
		 * Send through clients assembled by this configurer (transport and retry
		 * settings). A client with needs of its own, such as a long read timeout, passes
		 * {@code configurer.withSettings(…)}.
		 * @param configurer the configurer
		 * @return this builder
		 */
		public Builder configurer(CohesivityClientConfigurer configurer) {
			this.configurer = configurer;
			return this;
		}

		/**
		 * Whether to authenticate with edge session tokens (the default) or with the
		 * application key as {@code ?key=} on every call.
		 * @param sessionTokens whether to use session tokens
		 * @return this builder
		 */
		public Builder sessionTokens(boolean sessionTokens) {
			this.sessionTokens = sessionTokens;
			return this;
		}

		/**
		 * Take session tokens from this provider, shared with other clients of the same
		 * tenant; the client does not close it. Without one, the client creates a
		 * provider with default settings and closes it in {@link EdgeClient#close()}.
		 * @param tokenProvider the provider
		 * @return this builder
		 */
		public Builder tokenProvider(EdgeTokenProvider tokenProvider) {
			this.tokenProvider = tokenProvider;
			return this;
		}

		/**
		 * Build the client.
		 * @return the client
		 * @throws ai.cohesivity.core.CohesivityException when the connection has no
		 * application key or an unsafe base URL
		 */
		public EdgeClient build() {
			if (!this.sessionTokens) {
				return new DefaultEdgeClient(this.configurer.edgeTransport(this.connection, null), null);
			}
			EdgeTokenProvider shared = this.tokenProvider;
			EdgeTokenProvider tokens = (shared != null) ? shared
					: EdgeTokenProvider.builder(this.connection).configurer(this.configurer).build();
			try {
				return new DefaultEdgeClient(this.configurer.edgeTransport(this.connection, tokens.asCredential()),
						(shared != null) ? null : tokens);
			}
			catch (RuntimeException ex) {
				if (shared == null) {
					tokens.close();
				}
				throw ex;
			}
		}

	}

}
