/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.util.Assert;

/**
 * A request to the managed agent, in the OpenAI chat-completions shape. {@code model} is
 * left out unless set: the agent's model is chosen by its model source (a Codex
 * subscription or the AI Gateway), and any other model is refused with
 * {@link ModelNotSelectableException}. {@code stream} is set by {@link AgentChatClient}.
 *
 * @param model the model, or {@code null} to leave it out (recommended)
 * @param messages the chat so far, at least one message
 * @param temperature the sampling temperature, or {@code null}
 * @param topP nucleus sampling ({@code top_p}), or {@code null}
 * @param maxTokens the most tokens to generate ({@code max_tokens}), or {@code null}
 * @param stop stop sequences, or {@code null}
 * @param tools the tool definitions, passed through as raw JSON, or {@code null}
 * @param toolChoice the {@code tool_choice}, passed through as raw JSON, or {@code null}
 * @param stream whether to stream the answer; set by {@link AgentChatClient}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatCompletionRequest(@Nullable String model, List<ChatMessage> messages, @Nullable Double temperature,
		@JsonProperty("top_p") @Nullable Double topP, @JsonProperty("max_tokens") @Nullable Integer maxTokens,
		@Nullable List<String> stop, @Nullable JsonNode tools,
		@JsonProperty("tool_choice") @Nullable JsonNode toolChoice, @Nullable Boolean stream) {

	/**
	 * Validate the request.
	 * @param model the model
	 * @param messages the messages
	 * @param temperature the temperature
	 * @param topP the top p
	 * @param maxTokens the max tokens
	 * @param stop the stop sequences
	 * @param tools the tools
	 * @param toolChoice the tool choice
	 * @param stream whether to stream
	 */
	public ChatCompletionRequest {
		Assert.notEmpty(messages, "A chat completion needs at least one message");
		messages = List.copyOf(messages);
		stop = (stop != null) ? List.copyOf(stop) : null;
	}

	/**
	 * Return a request of one user message.
	 * @param userMessage the message
	 * @return the request
	 */
	public static ChatCompletionRequest of(String userMessage) {
		return builder().user(userMessage).build();
	}

	/**
	 * Return a builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	ChatCompletionRequest withStream(boolean stream) {
		return new ChatCompletionRequest(this.model, this.messages, this.temperature, this.topP, this.maxTokens,
				this.stop, this.tools, this.toolChoice, stream);
	}

	/**
	 * Builds a {@link ChatCompletionRequest}.
	 */
	public static final class Builder {

		private @Nullable String model;

		private final List<ChatMessage> messages = new ArrayList<>();

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable Integer maxTokens;

		private @Nullable List<String> stop;

		private @Nullable JsonNode tools;

		private @Nullable JsonNode toolChoice;

		private Builder() {
		}

		/**
		 * Send this model; leave it out unless you send exactly the model of the agent's
		 * source.
		 * @param model the model, or {@code null} to leave it out
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Add a message.
		 * @param message the message
		 * @return this builder
		 */
		public Builder message(ChatMessage message) {
			this.messages.add(message);
			return this;
		}

		/**
		 * Add messages.
		 * @param messages the messages
		 * @return this builder
		 */
		public Builder messages(List<ChatMessage> messages) {
			this.messages.addAll(messages);
			return this;
		}

		/**
		 * Add a system message.
		 * @param content the text
		 * @return this builder
		 */
		public Builder system(String content) {
			return message(ChatMessage.system(content));
		}

		/**
		 * Add a user message.
		 * @param content the text
		 * @return this builder
		 */
		public Builder user(String content) {
			return message(ChatMessage.user(content));
		}

		/**
		 * Set the sampling temperature.
		 * @param temperature the temperature, or {@code null}
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Set nucleus sampling.
		 * @param topP the top p, or {@code null}
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * Set the most tokens to generate.
		 * @param maxTokens the limit, or {@code null}
		 * @return this builder
		 */
		public Builder maxTokens(@Nullable Integer maxTokens) {
			this.maxTokens = maxTokens;
			return this;
		}

		/**
		 * Set stop sequences.
		 * @param stop the sequences, or {@code null}
		 * @return this builder
		 */
		public Builder stop(@Nullable List<String> stop) {
			this.stop = stop;
			return this;
		}

		/**
		 * Set the tool definitions, as raw JSON (an array in the OpenAI shape).
		 * @param tools the tools, or {@code null}
		 * @return this builder
		 */
		public Builder tools(@Nullable JsonNode tools) {
			this.tools = tools;
			return this;
		}

		/**
		 * Set the {@code tool_choice}, as raw JSON.
		 * @param toolChoice the choice, or {@code null}
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable JsonNode toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * Build the request.
		 * @return the request
		 */
		public ChatCompletionRequest build() {
			return new ChatCompletionRequest(this.model, this.messages, this.temperature, this.topP, this.maxTokens,
					this.stop, this.tools, this.toolChoice, null);
		}

	}

}
