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
 * A whole answer of the managed agent, in the OpenAI chat-completions shape (fields this
 * client does not know are kept in {@link #body()}).
 *
 * @param id the completion id, if given
 * @param model the model the body names, if given
 * @param created when it was created (epoch seconds), if given
 * @param choices the answers (usually one)
 * @param usage the tokens used, if reported
 * @param servedModel the model and source from the response headers
 * @param body the whole answer
 */
public record ChatCompletion(@Nullable String id, @Nullable String model, @Nullable Long created, List<Choice> choices,
		@Nullable ChatUsage usage, ServedModel servedModel, JsonNode body) {

	static ChatCompletion from(JsonNode body, ServedModel servedModel) {
		List<Choice> choices = new ArrayList<>();
		for (JsonNode choice : body.path("choices")) {
			choices.add(new Choice(choice.path("index").asInt(choices.size()), ChatMessage.from(choice.path("message")),
					JsonFields.text(choice, "finish_reason")));
		}
		return new ChatCompletion(JsonFields.text(body, "id"), JsonFields.text(body, "model"),
				JsonFields.number(body, "created"), List.copyOf(choices), ChatUsage.from(body.path("usage")),
				servedModel, body);
	}

	/**
	 * Return the text of the first answer.
	 * @return the text, or {@code ""} when there is none
	 */
	public String content() {
		if (this.choices.isEmpty()) {
			return "";
		}
		String content = this.choices.get(0).message().content();
		return (content != null) ? content : "";
	}

	/**
	 * One answer.
	 *
	 * @param index its position
	 * @param message the assistant's message
	 * @param finishReason why it ended ({@code stop}, {@code length}, {@code tool_calls},
	 * …), if given
	 */
	public record Choice(int index, ChatMessage message, @Nullable String finishReason) {

	}

}
