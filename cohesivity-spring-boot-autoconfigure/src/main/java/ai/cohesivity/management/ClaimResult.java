/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The outcome of a claim that a human approved.
 *
 * @param tenantId the claimed tenant, if the server said
 * @param status the status that ended the wait ({@code claimed}, {@code completed} or
 * {@code approved})
 * @param lifecycle the tenant's lifecycle afterwards ({@code claimed})
 * @param body the whole final wait response
 */
public record ClaimResult(@Nullable String tenantId, String status, String lifecycle, JsonNode body) {

	static ClaimResult from(WaitCompletion completion) {
		JsonNode body = completion.body();
		return new ClaimResult(body.path("tenant_id").stringValue(null), completion.status(),
				body.path("tenant_lifecycle").asString("claimed"), body);
	}

}
