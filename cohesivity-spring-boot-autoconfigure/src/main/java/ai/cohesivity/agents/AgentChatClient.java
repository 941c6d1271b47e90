/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.ClientResponse;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.KeyRedactor;
import ai.cohesivity.core.RetryScope;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.edge.EdgeTokenProvider;

/**
 * Talks to the account's managed agent over its OpenAI-compatible endpoint
 * ({@code POST /edge/managed-agents/v1/chat/completions}) with the edge session token:
 * {@link #call} (blocking) and {@link #complete} for a whole answer, {@link #stream} for
 * the answer as it is written.
 * <ul>
 * <li>The stream is read with Spring's server-sent-event decoding: comments and
 * keep-alives are skipped, {@code data: [DONE]} ends the {@code Flux}, and a stream that
 * ends before {@code [DONE]} fails with {@link AgentAnswerIncompleteException} — never a
 * silently shortened answer. Cancelling the {@code Flux} closes the connection.</li>
 * <li>{@code model} is left out unless the request sets it; a model the agent does not
 * run fails with {@link ModelNotSelectableException}, which names the agent's model.</li>
 * <li>An idle agent takes 30–90 s to start: the read timeout is long (120 s by default,
 * its own, not the other clients'), and a {@code 503 agent_starting} is sent again after
 * its {@code Retry-After} (within {@code cohesivity.retry.*}). Nothing else is retried,
 * and nothing once the answer began: the agent may act on a message, so a request that
 * may have reached it is not sent twice.</li>
 * <li>{@link ServedModel} on every result tells which model and source answered
 * ({@code x-cohesivity-model}, {@code x-cohesivity-model-source}).</li>
 * </ul>
 */
public class AgentChatClient implements AutoCloseable {

	/** The endpoint. */
	public static final String PATH = "/edge/managed-agents/v1/chat/completions";

	/** The default read timeout: above the 90 s an idle agent may take to start. */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);

	private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENTS = new ParameterizedTypeReference<>() {
	};

	private static final String DONE = "[DONE]";

	private final EdgeClient edgeClient;

	private final JsonMapper jsonMapper;

	private final boolean ownsEdgeClient;

	/**
	 * Create a client that sends through an {@link EdgeClient}; give it one with a read
	 * timeout of at least 90 s (see {@link #builder(CohesivityConnection)}). The client
	 * does not close it.
	 * @param edgeClient the data-plane client
	 */
	public AgentChatClient(EdgeClient edgeClient) {
		this(edgeClient, false);
	}

	private AgentChatClient(EdgeClient edgeClient, boolean ownsEdgeClient) {
		this.edgeClient = edgeClient;
		this.jsonMapper = JsonMapper.shared();
		this.ownsEdgeClient = ownsEdgeClient;
	}

	/**
	 * Return a builder of a client for a tenant, with its own {@link EdgeClient} and
	 * {@link #DEFAULT_READ_TIMEOUT}.
	 * @param connection the tenant; its application key is needed
	 * @return the builder
	 */
	public static Builder builder(CohesivityConnection connection) {
		return new Builder(connection);
	}

	/**
	 * Send a request and wait for the whole answer. Do not call it on a reactive
	 * (event-loop) thread; use {@link #complete} there.
	 * @param request the request
	 * @return the answer
	 */
	public ChatCompletion call(ChatCompletionRequest request) {
		ChatCompletion completion = complete(request).block();
		Assert.state(completion != null, "The managed agent sent no answer");
		return completion;
	}

	/**
	 * Send a request and return the whole answer when it is there.
	 * @param request the request
	 * @return the answer
	 */
	public Mono<ChatCompletion> complete(ChatCompletionRequest request) {
		ChatCompletionRequest body = request.withStream(false);
		return this.edgeClient
			.exchange(PATH, body, MediaType.APPLICATION_JSON, RetryScope.REFUSALS,
					(response) -> response.bodyToMono(byte[].class)
						.defaultIfEmpty(new byte[0])
						.map((bytes) -> ChatCompletion.from(parse(bytes, "answer"), servedModel(response))))
			.single()
			.onErrorMap(CohesivityApiException.class, (ex) -> translate(ex, request));
	}

	/**
	 * Send a request and return the answer as it is written, chunk by chunk, ending at
	 * the agent's {@code [DONE]}. Cancelling the {@code Flux} closes the connection.
	 * @param request the request
	 * @return the chunks; an {@link AgentAnswerIncompleteException} when the stream ends
	 * before {@code [DONE]}
	 */
	public Flux<ChatCompletionChunk> stream(ChatCompletionRequest request) {
		ChatCompletionRequest body = request.withStream(true);
		return this.edgeClient.exchange(PATH, body, MediaType.TEXT_EVENT_STREAM, RetryScope.REFUSALS, this::chunks)
			.onErrorMap(CohesivityApiException.class, (ex) -> translate(ex, request));
	}

	private Flux<ChatCompletionChunk> chunks(ClientResponse response) {
		ServedModel served = servedModel(response);
		AtomicBoolean done = new AtomicBoolean();
		return response.bodyToFlux(EVENTS)
			.mapNotNull(ServerSentEvent::data)
			.filter((data) -> !data.isBlank())
			.takeUntil((data) -> DONE.equals(data.strip()))
			.<ChatCompletionChunk>handle((data, sink) -> {
				if (DONE.equals(data.strip())) {
					done.set(true);
					return;
				}
				JsonNode chunk = parse(data.getBytes(StandardCharsets.UTF_8), "stream chunk");
				if (chunk.has("error")) {
					sink.error(new AgentAnswerIncompleteException(
							"The managed agent reported an error in the middle of its answer: "
									+ KeyRedactor.redact(errorText(chunk.path("error")))));
					return;
				}
				sink.next(ChatCompletionChunk.from(chunk, served));
			})
			.concatWith(Mono.defer(() -> done.get() ? Mono.empty()
					: Mono.error(new AgentAnswerIncompleteException("The managed agent's answer stream ended before "
							+ "its data: [DONE]; the chunks received are only part of the answer"))));
	}

	private static ServedModel servedModel(ClientResponse response) {
		return ServedModel.from(response.headers().asHttpHeaders());
	}

	private JsonNode parse(byte[] bytes, String what) {
		try {
			JsonNode node = this.jsonMapper.readTree(bytes);
			if (node == null || !node.isObject()) {
				throw new CohesivityException("Malformed " + what + " from " + PATH + ": not a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw new CohesivityException("Malformed " + what + " from " + PATH + ": not JSON");
		}
	}

	private static String errorText(JsonNode error) {
		if (error.isString()) {
			return error.stringValue();
		}
		String message = error.path("message").asString("");
		return message.isBlank() ? error.toString() : message;
	}

	private static CohesivityApiException translate(CohesivityApiException ex, ChatCompletionRequest request) {
		if (ex.status() == 400 && "model_not_selectable".equals(ex.code())) {
			return new ModelNotSelectableException(ex, request.model());
		}
		return ex;
	}

	/**
	 * Close the {@link EdgeClient} this client built for itself, if any.
	 */
	@Override
	public void close() {
		if (this.ownsEdgeClient) {
			this.edgeClient.close();
		}
	}

	@Override
	public String toString() {
		return "AgentChatClient[" + this.edgeClient + "]";
	}

	/**
	 * Builds an {@link AgentChatClient} with its own {@link EdgeClient}: same tenant and
	 * (when given) the same session tokens as the application's other clients, its own
	 * read timeout.
	 */
	public static final class Builder {

		private final CohesivityConnection connection;

		private CohesivityClientConfigurer configurer = CohesivityClientConfigurer.defaults();

		private @Nullable EdgeTokenProvider tokenProvider;

		private boolean sessionTokens = true;

		private Duration readTimeout = DEFAULT_READ_TIMEOUT;

		private Builder(CohesivityConnection connection) {
			this.connection = connection;
		}

		/**
		 * Assemble the transport with this configurer; only its read timeout is replaced.
		 * @param configurer the configurer
		 * @return this builder
		 */
		public Builder configurer(CohesivityClientConfigurer configurer) {
			this.configurer = configurer;
			return this;
		}

		/**
		 * Take session tokens from this provider, shared with the application's other
		 * clients (without one, the client mints its own and closes them with itself).
		 * @param tokenProvider the provider
		 * @return this builder
		 */
		public Builder tokenProvider(EdgeTokenProvider tokenProvider) {
			this.tokenProvider = tokenProvider;
			return this;
		}

		/**
		 * Whether to authenticate with edge session tokens (the default) or with the
		 * application key as {@code ?key=}, like the application's other edge clients.
		 * @param sessionTokens whether to use session tokens
		 * @return this builder
		 */
		public Builder sessionTokens(boolean sessionTokens) {
			this.sessionTokens = sessionTokens;
			return this;
		}

		/**
		 * Wait this long for the agent's answer to begin (and between two chunks); at
		 * least 90 s is advisable, since an idle agent takes up to 90 s to start.
		 * @param readTimeout the read timeout
		 * @return this builder
		 */
		public Builder readTimeout(Duration readTimeout) {
			Assert.isTrue(!readTimeout.isNegative() && !readTimeout.isZero(), "readTimeout must be positive");
			this.readTimeout = readTimeout;
			return this;
		}

		/**
		 * Build the client.
		 * @return the client; close it to release what it owns
		 */
		public AgentChatClient build() {
			EdgeClient.Builder edge = EdgeClient.builder(this.connection)
				.configurer(this.configurer.withSettings((settings) -> settings.withReadTimeout(this.readTimeout)));
			if (!this.sessionTokens) {
				edge.sessionTokens(false);
			}
			else if (this.tokenProvider != null) {
				edge.tokenProvider(this.tokenProvider);
			}
			return new AgentChatClient(edge.build(), true);
		}

	}

}
