/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.management.JsonFields;

/**
 * The tokens a completion used, as the agent reported them.
 *
 * @param promptTokens the tokens of the request
 * @param completionTokens the tokens of the answer
 * @param totalTokens both
 */
public record ChatUsage(@Nullable Long promptTokens, @Nullable Long completionTokens, @Nullable Long totalTokens) {

	static @Nullable ChatUsage from(JsonNode usage) {
		if (!usage.isObject()) {
			return null;
		}
		return new ChatUsage(JsonFields.number(usage, "prompt_tokens"), JsonFields.number(usage, "completion_tokens"),
				JsonFields.number(usage, "total_tokens"));
	}

}
