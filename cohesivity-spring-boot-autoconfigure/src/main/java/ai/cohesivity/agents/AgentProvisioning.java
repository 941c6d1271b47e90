/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.management.JsonFields;

/**
 * The answer to provisioning a managed agent ({@code POST /api/agents}).
 *
 * @param status the agent's status ({@code active})
 * @param address the agent's address, if given
 * @param monthlyFeeCents the monthly fee charged to the account's fluid credits, if given
 * @param nextChargeAt when the fee is charged next, if given
 * @param trial whether this month is the free first month, if said
 * @param body the whole answer, fields this client does not read included
 */
public record AgentProvisioning(@Nullable String status, @Nullable String address, @Nullable Long monthlyFeeCents,
		@Nullable Instant nextChargeAt, @Nullable Boolean trial, JsonNode body) {

	static AgentProvisioning from(JsonNode body) {
		return new AgentProvisioning(JsonFields.text(body, "status"), JsonFields.text(body, "address"),
				JsonFields.number(body, "monthly_fee_cents"), JsonFields.instant(body, "next_charge_at"),
				JsonFields.bool(body, "trial"), body);
	}

}
