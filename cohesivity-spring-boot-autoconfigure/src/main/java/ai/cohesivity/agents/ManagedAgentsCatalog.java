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
 * The managed-agents catalog and this account's standing
 * ({@code GET /api/managed-agents}).
 *
 * @param agentTypes the agent types offered ({@code hermes}), as listed
 * @param eligible whether this account may provision an agent (a claimed account), if
 * said
 * @param modelSource the current model source ({@code codex} or the AI gateway), if given
 * @param model the model the current source serves, if given; send it as {@code model} or
 * leave {@code model} out
 * @param body the whole answer, the plans of each type included
 */
public record ManagedAgentsCatalog(List<String> agentTypes, @Nullable Boolean eligible, @Nullable String modelSource,
		@Nullable String model, JsonNode body) {

	static ManagedAgentsCatalog from(JsonNode body) {
		List<String> types = new ArrayList<>();
		for (JsonNode entry : body.path("catalog")) {
			String type = entry.isString() ? entry.stringValue() : JsonFields.text(entry, "agent_type");
			if (type != null) {
				types.add(type);
			}
		}
		return new ManagedAgentsCatalog(List.copyOf(types), JsonFields.bool(body, "eligible"),
				JsonFields.text(body, "model_source"), JsonFields.text(body, "model"), body);
	}

}
