/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.management.JsonFields;

/**
 * The answer to unprovisioning the managed agent ({@code DELETE /api/agents}): the box is
 * paused and its data kept for the 15-day retention window.
 *
 * @param status the agent's status afterwards ({@code paused}), if given
 * @param retentionUntil until when the box and its data are kept, if given; provision
 * again before then to keep them
 * @param body the whole answer
 */
public record AgentUnprovisioning(@Nullable String status, @Nullable Instant retentionUntil, JsonNode body) {

	static AgentUnprovisioning from(JsonNode body) {
		return new AgentUnprovisioning(JsonFields.text(body, "status"), JsonFields.instant(body, "retention_until"),
				body);
	}

}
