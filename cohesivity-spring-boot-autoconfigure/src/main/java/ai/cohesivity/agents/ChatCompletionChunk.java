/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.management.JsonFields;

/**
 * One piece of a streamed answer ({@code data:} of one server-sent event), in the OpenAI
 * {@code chat.completion.chunk} shape.
 *
 * @param id the completion id, if given
 * @param model the model the chunk names, if given
 * @param created when it was created (epoch seconds), if given
 * @param choices the deltas (usually one)
 * @param usage the tokens used, on the chunk that reports them
 * @param servedModel the model and source from the response headers
 * @param body the whole chunk
 */
public record ChatCompletionChunk(@Nullable String id, @Nullable String model, @Nullable Long created,
		List<Delta> choices, @Nullable ChatUsage usage, ServedModel servedModel, JsonNode body) {

	static ChatCompletionChunk from(JsonNode body, ServedModel servedModel) {
		List<Delta> choices = new ArrayList<>();
		for (JsonNode choice : body.path("choices")) {
			JsonNode delta = choice.path("delta");
			JsonNode toolCalls = delta.path("tool_calls");
			choices.add(new Delta(choice.path("index").asInt(choices.size()), JsonFields.text(delta, "role"),
					delta.path("content").isString() ? delta.path("content").stringValue() : null,
					(toolCalls.isArray() && !toolCalls.isEmpty()) ? toolCalls : null,
					JsonFields.text(choice, "finish_reason")));
		}
		return new ChatCompletionChunk(JsonFields.text(body, "id"), JsonFields.text(body, "model"),
				JsonFields.number(body, "created"), List.copyOf(choices), ChatUsage.from(body.path("usage")),
				servedModel, body);
	}

	/**
	 * Return the text this chunk adds to the first answer.
	 * @return the text, or {@code ""}
	 */
	public String content() {
		if (this.choices.isEmpty()) {
			return "";
		}
		String content = this.choices.get(0).content();
		return (content != null) ? content : "";
	}

	/**
	 * What one chunk adds to one answer.
	 *
	 * @param index the answer's position
	 * @param role the role, on the first chunk of an answer
	 * @param content the text added, if any
	 * @param toolCalls tool-call fragments, as raw JSON, if any
	 * @param finishReason why the answer ended, on its last chunk
	 */
	public record Delta(int index, @Nullable String role, @Nullable String content, @Nullable JsonNode toolCalls,
			@Nullable String finishReason) {

	}

}
