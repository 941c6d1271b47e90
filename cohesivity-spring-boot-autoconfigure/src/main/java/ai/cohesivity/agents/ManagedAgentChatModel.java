/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.metadata.EmptyUsage;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.model.MessageAggregator;
import org.springframework.ai.chat.observation.ChatModelObservationContext;
import org.springframework.ai.chat.observation.ChatModelObservationConvention;
import org.springframework.ai.chat.observation.ChatModelObservationDocumentation;
import org.springframework.ai.chat.observation.DefaultChatModelObservationConvention;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.util.Assert;
import org.springframework.util.CollectionUtils;

/**
 * A Spring AI {@link ChatModel} (and so a
 * {@link org.springframework.ai.chat.model.StreamingChatModel}) backed by the account's
 * managed agent through {@link AgentChatClient}, so that
 * {@code ChatClient.builder(chatModel)} talks to the agent:
 * <ul>
 * <li>system, user, assistant (with tool calls) and tool messages become the OpenAI
 * chat-completions messages; the options' temperature, max tokens, top p, stop sequences
 * and model are sent (the model only when set: the agent's source chooses it);</li>
 * <li>the answer's usage becomes Spring AI's {@link Usage}, the model that served it
 * ({@code x-cohesivity-model}) the response metadata's model, and both headers are in the
 * response metadata under their own names;</li>
 * <li>every call and stream is observed by Spring AI's
 * {@link ChatModelObservationConvention} ({@code gen_ai.client.operation}, provider
 * {@value #PROVIDER}), as Spring AI's own chat models are.</li>
 * </ul>
 * Tool callbacks registered with Spring AI are not executed by this model: the managed
 * agent runs its own tools.
 */
public class ManagedAgentChatModel implements ChatModel {

	/** The {@code gen_ai.system} / provider name observations carry. */
	public static final String PROVIDER = "cohesivity";

	private static final ChatModelObservationConvention DEFAULT_OBSERVATION_CONVENTION = new DefaultChatModelObservationConvention();

	private final AgentChatClient client;

	private final ChatOptions defaultOptions;

	private final ObservationRegistry observationRegistry;

	private ChatModelObservationConvention observationConvention = DEFAULT_OBSERVATION_CONVENTION;

	/**
	 * Create a model without default options or observations.
	 * @param client the agent's chat client
	 */
	public ManagedAgentChatModel(AgentChatClient client) {
		this(client, ChatOptions.builder().build(), ObservationRegistry.NOOP);
	}

	/**
	 * Create a model.
	 * @param client the agent's chat client
	 * @param defaultOptions options used where a prompt sets none (leave the model unset)
	 * @param observationRegistry where calls are observed
	 */
	public ManagedAgentChatModel(AgentChatClient client, ChatOptions defaultOptions,
			ObservationRegistry observationRegistry) {
		this.client = client;
		this.defaultOptions = defaultOptions;
		this.observationRegistry = observationRegistry;
	}

	/**
	 * Use this convention for the observations instead of Spring AI's default.
	 * @param observationConvention the convention
	 */
	public void setObservationConvention(ChatModelObservationConvention observationConvention) {
		Assert.notNull(observationConvention, "observationConvention must not be null");
		this.observationConvention = observationConvention;
	}

	@Override
	public ChatOptions getDefaultOptions() {
		return this.defaultOptions.mutate().build();
	}

	@Override
	public ChatResponse call(Prompt prompt) {
		Prompt request = withOptions(prompt);
		ChatModelObservationContext context = ChatModelObservationContext.builder()
			.prompt(request)
			.provider(PROVIDER)
			.build();
		ChatResponse response = ChatModelObservationDocumentation.CHAT_MODEL_OPERATION
			.observation(this.observationConvention, DEFAULT_OBSERVATION_CONVENTION, () -> context,
					this.observationRegistry)
			.observe(() -> {
				ChatResponse answer = toResponse(this.client.call(toRequest(request)));
				context.setResponse(answer);
				return answer;
			});
		Assert.state(response != null, "The managed agent sent no answer");
		return response;
	}

	@Override
	public Flux<ChatResponse> stream(Prompt prompt) {
		return Flux.deferContextual((contextView) -> {
			Prompt request = withOptions(prompt);
			ChatModelObservationContext context = ChatModelObservationContext.builder()
				.prompt(request)
				.provider(PROVIDER)
				.streaming(true)
				.build();
			Observation observation = ChatModelObservationDocumentation.CHAT_MODEL_OPERATION.observation(
					this.observationConvention, DEFAULT_OBSERVATION_CONVENTION, () -> context,
					this.observationRegistry);
			Observation parent = contextView.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
			observation.parentObservation(parent);
			try (Observation.Scope ignored = (parent != null) ? parent.openScope() : Observation.Scope.NOOP) {
				observation.start();
			}
			Flux<ChatResponse> responses = this.client.stream(toRequest(request))
				.map(ManagedAgentChatModel::toResponse)
				.doOnError(observation::error)
				.doFinally((signal) -> observation.stop())
				.contextWrite((ctx) -> ctx.put(ObservationThreadLocalAccessor.KEY, observation));
			return new MessageAggregator().aggregate(responses, context::setResponse);
		});
	}

	/**
	 * The prompt with every option it leaves unset taken from the default options.
	 */
	private Prompt withOptions(Prompt prompt) {
		ChatOptions requested = prompt.getOptions();
		ChatOptions defaults = this.defaultOptions;
		ChatOptions merged = ChatOptions.builder()
			.model(first(option(requested, ChatOptions::getModel), defaults.getModel()))
			.temperature(first(option(requested, ChatOptions::getTemperature), defaults.getTemperature()))
			.maxTokens(first(option(requested, ChatOptions::getMaxTokens), defaults.getMaxTokens()))
			.topP(first(option(requested, ChatOptions::getTopP), defaults.getTopP()))
			.stopSequences(first(option(requested, ChatOptions::getStopSequences), defaults.getStopSequences()))
			.build();
		return new Prompt(prompt.getInstructions(), merged);
	}

	private static <T> @Nullable T option(@Nullable ChatOptions options,
			java.util.function.Function<ChatOptions, @Nullable T> getter) {
		return (options != null) ? getter.apply(options) : null;
	}

	private static <T> @Nullable T first(@Nullable T value, @Nullable T fallback) {
		return (value != null) ? value : fallback;
	}

	private static ChatCompletionRequest toRequest(Prompt prompt) {
		ChatOptions options = prompt.getOptions();
		ChatCompletionRequest.Builder builder = ChatCompletionRequest.builder();
		for (Message message : prompt.getInstructions()) {
			builder.messages(toMessages(message));
		}
		if (options != null) {
			builder.model(options.getModel())
				.temperature(options.getTemperature())
				.maxTokens(options.getMaxTokens())
				.topP(options.getTopP())
				.stop(CollectionUtils.isEmpty(options.getStopSequences()) ? null : options.getStopSequences());
		}
		return builder.build();
	}

	private static List<ChatMessage> toMessages(Message message) {
		return switch (message.getMessageType()) {
			case SYSTEM -> List.of(ChatMessage.system(text(message)));
			case USER -> List.of(ChatMessage.user(text(message)));
			case ASSISTANT -> List.of(assistant((AssistantMessage) message));
			case TOOL -> ((ToolResponseMessage) message).getResponses()
				.stream()
				.map((response) -> ChatMessage.tool(response.id(), response.responseData()))
				.toList();
		};
	}

	private static String text(Message message) {
		String text = message.getText();
		return (text != null) ? text : "";
	}

	private static ChatMessage assistant(AssistantMessage message) {
		if (!message.hasToolCalls()) {
			return ChatMessage.assistant(text(message));
		}
		ArrayNode calls = JsonMapper.shared().createArrayNode();
		for (AssistantMessage.ToolCall call : message.getToolCalls()) {
			ObjectNode json = calls.addObject();
			json.put("id", call.id()).put("type", call.type());
			json.putObject("function").put("name", call.name()).put("arguments", call.arguments());
		}
		return new ChatMessage("assistant", message.getText(), null, calls, null);
	}

	private static ChatResponse toResponse(ChatCompletion completion) {
		List<Generation> generations = new ArrayList<>();
		for (ChatCompletion.Choice choice : completion.choices()) {
			ChatMessage message = choice.message();
			generations.add(generation(message.content(), message.toolCalls(), choice.finishReason(), completion.id()));
		}
		return new ChatResponse(generations, metadata(completion.id(), completion.model(), completion.usage(),
				completion.servedModel(), completion.body()));
	}

	private static ChatResponse toResponse(ChatCompletionChunk chunk) {
		List<Generation> generations = new ArrayList<>();
		for (ChatCompletionChunk.Delta delta : chunk.choices()) {
			generations.add(generation(delta.content(), delta.toolCalls(), delta.finishReason(), chunk.id()));
		}
		return new ChatResponse(generations,
				metadata(chunk.id(), chunk.model(), chunk.usage(), chunk.servedModel(), chunk.body()));
	}

	private static Generation generation(@Nullable String content, @Nullable JsonNode toolCalls,
			@Nullable String finishReason, @Nullable String id) {
		AssistantMessage message = AssistantMessage.builder()
			.content((content != null) ? content : "")
			.toolCalls(toolCalls(toolCalls))
			.properties(Map.of("id", (id != null) ? id : ""))
			.build();
		return new Generation(message,
				ChatGenerationMetadata.builder().finishReason((finishReason != null) ? finishReason : "").build());
	}

	private static List<AssistantMessage.ToolCall> toolCalls(@Nullable JsonNode toolCalls) {
		if (toolCalls == null) {
			return List.of();
		}
		List<AssistantMessage.ToolCall> calls = new ArrayList<>();
		for (JsonNode call : toolCalls) {
			JsonNode function = call.path("function");
			calls
				.add(new AssistantMessage.ToolCall(call.path("id").asString(""), call.path("type").asString("function"),
						function.path("name").asString(""), function.path("arguments").asString("")));
		}
		return calls;
	}

	private static ChatResponseMetadata metadata(@Nullable String id, @Nullable String bodyModel,
			@Nullable ChatUsage usage, ServedModel served, JsonNode body) {
		ChatResponseMetadata.Builder metadata = ChatResponseMetadata.builder()
			.id((id != null) ? id : "")
			.usage(usage(usage, body));
		String model = (served.model() != null) ? served.model() : bodyModel;
		if (model != null) {
			metadata.model(model);
		}
		if (served.model() != null) {
			metadata.keyValue(ServedModel.MODEL_HEADER, served.model());
		}
		if (served.source() != null) {
			metadata.keyValue(ServedModel.MODEL_SOURCE_HEADER, served.source());
		}
		return metadata.build();
	}

	private static Usage usage(@Nullable ChatUsage usage, JsonNode body) {
		if (usage == null) {
			return new EmptyUsage();
		}
		return new DefaultUsage(integer(usage.promptTokens()), integer(usage.completionTokens()),
				integer(usage.totalTokens()), body.path("usage"));
	}

	private static @Nullable Integer integer(@Nullable Long value) {
		return (value != null) ? Math.toIntExact(Math.min(Integer.MAX_VALUE, value)) : null;
	}

	@Override
	public String toString() {
		return "ManagedAgentChatModel[" + this.client + "]";
	}

}
