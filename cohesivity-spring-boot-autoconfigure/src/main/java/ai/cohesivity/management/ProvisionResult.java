/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The answer to provisioning one offering.
 *
 * @param resource the offering
 * @param status the reported status, for example {@code active}
 * @param created whether this call created the resource
 * @param alreadyProvisioned whether the resource existed already
 * @param region the region the server reported ({@code write_region},
 * {@code database_primary_region}, {@code primary_region} or {@code region})
 * @param body the whole response, for offering-specific fields
 */
public record ProvisionResult(String resource, @Nullable String status, boolean created, boolean alreadyProvisioned,
		@Nullable String region, JsonNode body) {

	/**
	 * Read a provisioning response.
	 * @param offering the offering that was provisioned
	 * @param body the response
	 * @return the result
	 */
	public static ProvisionResult from(String offering, JsonNode body) {
		String resource = body.path("resource").stringValue(null);
		String region = body.path("write_region").stringValue(null);
		for (String field : new String[] { "database_primary_region", "primary_region", "region" }) {
			region = (region != null) ? region : body.path(field).stringValue(null);
		}
		return new ProvisionResult((resource != null) ? resource : offering, body.path("status").stringValue(null),
				body.path("created").asBoolean(false), body.path("already_provisioned").asBoolean(false), region, body);
	}

	/**
	 * Return what the answer says about the resource's readiness.
	 * @return the readiness; {@link ResourceReadiness#UNCONFIRMED} for an empty
	 * {@code 204} or an answer that says nothing either way
	 */
	public ResourceReadiness readiness() {
		return ResourceReadiness.of(this.body);
	}

	/**
	 * Return whether the resource is ready by this answer alone: any {@code 2xx} answer
	 * that does not explicitly say failed or pending (open question Q8). An
	 * {@link ResourceReadiness#UNCONFIRMED unconfirmed} answer counts as ready here;
	 * {@link ResourcesClient#provisionReady} confirms it through {@code GET /api/status}.
	 * @return whether the resource can be used
	 */
	public boolean isReady() {
		ResourceReadiness readiness = readiness();
		return readiness == ResourceReadiness.READY || readiness == ResourceReadiness.UNCONFIRMED;
	}

}
