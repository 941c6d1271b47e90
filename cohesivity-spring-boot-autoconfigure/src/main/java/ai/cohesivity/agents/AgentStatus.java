/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.management.JsonFields;

/**
 * The account's managed agent ({@code GET /api/agents}).
 *
 * @param provisioned whether an agent is provisioned and running; {@code false} when the
 * answer does not say so
 * @param agentType the agent type ({@code hermes}), if any
 * @param plan the plan ({@code starter} or {@code pro}), if any
 * @param status the agent's status ({@code active}, {@code paused}, …), if given
 * @param address the agent's address, if any
 * @param nextChargeAt when the monthly fee is charged next, if any
 * @param modelSource the model source ({@code codex} or the AI gateway), if given
 * @param body the whole answer, fields this client does not read included
 */
public record AgentStatus(boolean provisioned, @Nullable String agentType, @Nullable String plan,
		@Nullable String status, @Nullable String address, @Nullable Instant nextChargeAt, @Nullable String modelSource,
		JsonNode body) {

	static AgentStatus from(JsonNode body) {
		Boolean provisioned = JsonFields.bool(body, "provisioned");
		String status = JsonFields.text(body, "status");
		return new AgentStatus((provisioned != null) ? provisioned : "active".equals(status),
				JsonFields.text(body, "agent_type"), JsonFields.text(body, "plan"), status,
				JsonFields.text(body, "address"), JsonFields.instant(body, "next_charge_at"),
				JsonFields.text(body, "model_source"), body);
	}

}
