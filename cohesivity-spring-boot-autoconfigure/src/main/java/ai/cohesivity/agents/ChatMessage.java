/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.management.JsonFields;

/**
 * One message of a chat, in the OpenAI chat-completions shape.
 *
 * @param role {@code system}, {@code user}, {@code assistant} or {@code tool}
 * @param content the text, or {@code null} (an assistant message that only calls tools)
 * @param name an optional participant name
 * @param toolCalls the {@code tool_calls} of an assistant message, as raw JSON, or
 * {@code null}
 * @param toolCallId the {@code tool_call_id} a {@code tool} message answers, or
 * {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatMessage(String role, @Nullable String content, @Nullable String name,
		@JsonProperty("tool_calls") @Nullable JsonNode toolCalls,
		@JsonProperty("tool_call_id") @Nullable String toolCallId) {

	/**
	 * Return a system message.
	 * @param content the text
	 * @return the message
	 */
	public static ChatMessage system(String content) {
		return new ChatMessage("system", content, null, null, null);
	}

	/**
	 * Return a user message.
	 * @param content the text
	 * @return the message
	 */
	public static ChatMessage user(String content) {
		return new ChatMessage("user", content, null, null, null);
	}

	/**
	 * Return an assistant message (an earlier answer, for the chat's history).
	 * @param content the text
	 * @return the message
	 */
	public static ChatMessage assistant(String content) {
		return new ChatMessage("assistant", content, null, null, null);
	}

	/**
	 * Return a tool message answering a tool call.
	 * @param toolCallId the id of the call it answers
	 * @param content the tool's result
	 * @return the message
	 */
	public static ChatMessage tool(String toolCallId, String content) {
		return new ChatMessage("tool", content, null, null, toolCallId);
	}

	static ChatMessage from(JsonNode node) {
		String role = JsonFields.text(node, "role");
		JsonNode toolCalls = node.path("tool_calls");
		return new ChatMessage((role != null) ? role : "assistant", JsonFields.text(node, "content"),
				JsonFields.text(node, "name"), (toolCalls.isArray() && !toolCalls.isEmpty()) ? toolCalls : null,
				JsonFields.text(node, "tool_call_id"));
	}

}
