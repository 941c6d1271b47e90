package ai.cohesivity.emulator.agents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ai.cohesivity.emulator.accounts.EmulatorAccount;
import ai.cohesivity.emulator.accounts.UsageLedger;
import ai.cohesivity.emulator.edge.EdgeAuthentication;
import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.http.RequestBodies;
import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * {@code POST /edge/managed-agents/v1/chat/completions}: an OpenAI-compatible endpoint
 * answered by a deterministic stand-in for the account's agent — JSON, or SSE chunks
 * ending in {@code data: [DONE]} with {@code stream: true}.
 */
public final class ChatCompletionsHandler {

	static final String MODEL_HEADER = "x-cohesivity-model";

	static final String MODEL_SOURCE_HEADER = "x-cohesivity-model-source";

	static final Duration IDLE_BEFORE_COLD = Duration.ofMinutes(20);

	private final EdgeAuthentication edge;

	private final EmulatorAccount account;

	private final UsageLedger usage;

	private final AgentSettings settings;

	private final EmulatorClock clock;

	private final JsonMapper mapper;

	private final RequestBodies bodies;

	/**
	 * Creates the handler.
	 * @param edge admits edge calls
	 * @param account the account whose agent answers
	 * @param usage where the tokens used are recorded
	 * @param settings whether cold starts are emulated
	 * @param clock the emulator clock
	 * @param mapper writes the answers
	 * @param bodies reads request bodies
	 */
	public ChatCompletionsHandler(EdgeAuthentication edge, EmulatorAccount account, UsageLedger usage,
			AgentSettings settings, EmulatorClock clock, JsonMapper mapper, RequestBodies bodies) {
		this.edge = edge;
		this.account = account;
		this.usage = usage;
		this.settings = settings;
		this.clock = clock;
		this.mapper = mapper;
		this.bodies = bodies;
	}

	/**
	 * The routes of this handler.
	 * @return {@code POST /edge/managed-agents/v1/chat/completions}
	 */
	public RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route().POST("/edge/managed-agents/v1/chat/completions", this::complete).build();
	}

	Mono<ServerResponse> complete(ServerRequest request) {
		Tenant tenant = this.edge.admitAccountService(request, "managed-agents");
		EmulatorAccount account = this.account;
		EmulatorAccount.ManagedAgent agent = account.agent();
		if (!tenant.isClaimed() || agent == null || !"active".equals(agent.status())) {
			throw ApiError.edge(403, "agent_not_provisioned",
					"Managed agent not provisioned: a claimed account provisions one with POST /api/agents");
		}
		return this.bodies.json(request).flatMap((body) -> {
			JsonNode messages = body.path("messages");
			if (!messages.isArray() || messages.isEmpty()) {
				throw ApiError.control(400, "invalid_request", "messages must be a non-empty array of {role, content}");
			}
			String model = account.model();
			JsonNode requested = body.path("model");
			if (!requested.isMissingNode() && !requested.isNull() && !model.equals(requested.asString(""))) {
				throw ApiError
					.control(400, "model_not_selectable",
							"model is not a selector: omit it or send \"" + model
									+ "\", the model of this agent's source (" + account.modelSource() + ")")
					.with("model", model);
			}
			Instant now = this.clock.instant();
			if (isCold(agent, now)) {
				account.agent(agent.usedAt(now));
				throw ApiError
					.control(503, "agent_starting", "The agent is starting after being idle; retry in 30 to 90 seconds")
					.header(HttpHeaders.RETRY_AFTER, Integer.toString(this.settings.coldStartRetryAfterSeconds()));
			}
			account.agent(agent.usedAt(now));
			String reply = replyTo(messages);
			int promptTokens = words(messages.toString());
			int completionTokens = words(reply);
			long cost = "codex".equals(account.modelSource()) ? 0 : 1;
			Map<String, Long> metrics = Map.of("prompt_tokens", (long) promptTokens, "completion_tokens",
					(long) completionTokens);
			this.usage.record(now, tenant.id(), "managed-agents", "chat.completions", metrics, cost);
			String id = "chatcmpl-" + Integer.toHexString(reply.hashCode() & 0x7fffffff);
			ServerResponse.BodyBuilder response = ServerResponse.ok()
				.header(MODEL_HEADER, model)
				.header(MODEL_SOURCE_HEADER, account.modelSource());
			if (body.path("stream").asBoolean(false)) {
				return response.contentType(MediaType.TEXT_EVENT_STREAM)
					.header(HttpHeaders.CACHE_CONTROL, "no-cache")
					.body(BodyInserters.fromDataBuffers(stream(id, now, model, reply)));
			}
			return response.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(this.mapper
					.writeValueAsBytes(completion(id, now, model, reply, promptTokens, completionTokens)));
		});
	}

	private boolean isCold(EmulatorAccount.ManagedAgent agent, Instant now) {
		if (!this.settings.coldStart()) {
			return false;
		}
		Instant lastUsed = agent.lastUsedAt();
		return lastUsed == null || !lastUsed.plus(IDLE_BEFORE_COLD).isAfter(now);
	}

	/**
	 * The deterministic answer: it quotes the last user message, so tests can predict it.
	 */
	static String replyTo(JsonNode messages) {
		String last = "";
		for (JsonNode message : messages.values()) {
			if ("user".equals(message.path("role").asString(""))) {
				last = message.path("content").asString("");
			}
		}
		return "Emulated Hermes agent received " + messages.size() + " message(s). You said: " + last;
	}

	private static int words(String text) {
		String trimmed = text.trim();
		return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
	}

	private static Map<String, Object> completion(String id, Instant now, String model, String reply, int prompt,
			int completion) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("role", "assistant");
		message.put("content", reply);
		Map<String, Object> body = envelope(id, "chat.completion", now, model, choice("message", message, "stop"));
		body.put("usage",
				Map.of("prompt_tokens", prompt, "completion_tokens", completion, "total_tokens", prompt + completion));
		return body;
	}

	private Flux<DataBuffer> stream(String id, Instant now, String model, String reply) {
		List<Map<String, Object>> chunks = new ArrayList<>();
		chunks.add(chunk(id, now, model, Map.of("role", "assistant", "content", ""), null));
		String[] words = reply.split(" ");
		for (int i = 0; i < words.length; i++) {
			chunks.add(chunk(id, now, model, Map.of("content", (i == 0) ? words[i] : " " + words[i]), null));
		}
		chunks.add(chunk(id, now, model, Map.of(), "stop"));
		Flux<String> frames = Flux.fromIterable(chunks)
			.map((chunk) -> "data: " + new String(this.mapper.writeValueAsBytes(chunk), StandardCharsets.UTF_8)
					+ "\n\n");
		Integer breakAfter = this.settings.breakAfterChunks();
		frames = (breakAfter != null)
				? frames.take(breakAfter)
					.concatWith(Mono.error(new IllegalStateException("Emulated break of the agent's stream")))
				: frames.concatWith(Mono.just("data: [DONE]\n\n"));
		Duration delay = this.settings.chunkDelay();
		if (!delay.isZero()) {
			frames = frames.delayElements(delay);
		}
		return frames.doOnCancel(this.settings::streamCancelled)
			.map((frame) -> DefaultDataBufferFactory.sharedInstance.wrap(frame.getBytes(StandardCharsets.UTF_8)));
	}

	private static Map<String, Object> chunk(String id, Instant now, String model, Map<String, Object> delta,
			@Nullable String finishReason) {
		return envelope(id, "chat.completion.chunk", now, model, choice("delta", delta, finishReason));
	}

	/**
	 * One choice: the {@code message} of a completion or the {@code delta} of a chunk.
	 */
	private static Map<String, Object> choice(String field, Map<String, Object> content,
			@Nullable String finishReason) {
		Map<String, Object> choice = new LinkedHashMap<>();
		choice.put("index", 0);
		choice.put(field, content);
		choice.put("finish_reason", finishReason);
		return choice;
	}

	/**
	 * What a completion and each of its chunks share: id, object type, creation time,
	 * model, choices.
	 */
	private static Map<String, Object> envelope(String id, String object, Instant now, String model,
			Map<String, Object> choice) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id);
		body.put("object", object);
		body.put("created", now.getEpochSecond());
		body.put("model", model);
		body.put("choices", List.of(choice));
		return body;
	}

}
