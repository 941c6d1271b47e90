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
 * @param lifecycle the tenant's lifecycle afterwards ({@code claimed})
 * @param body the whole final wait response
 */
public record ClaimResult(@Nullable String tenantId, String lifecycle, JsonNode body) {

}
