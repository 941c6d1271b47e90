/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.management.JsonFields;

/**
 * Whether a Codex subscription powers the managed agent ({@code GET /api/codex}).
 *
 * @param connected whether a Codex subscription is connected; {@code false} when the
 * answer does not say so
 * @param modelSource the agent's model source afterwards, if given
 * @param model the model that source serves, if given
 * @param body the whole answer
 */
public record CodexStatus(boolean connected, @Nullable String modelSource, @Nullable String model, JsonNode body) {

	static CodexStatus from(JsonNode body) {
		Boolean connected = JsonFields.bool(body, "connected");
		return new CodexStatus(Boolean.TRUE.equals(connected), JsonFields.text(body, "model_source"),
				JsonFields.text(body, "model"), body);
	}

}
