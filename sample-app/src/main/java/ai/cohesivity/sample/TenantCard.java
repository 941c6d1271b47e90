/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the sample shows about its tenant. Never a key.
 *
 * @param tenantId the tenant id
 * @param lifecycle {@code ephemeral} or {@code claimed}
 * @param state {@code active}, {@code paused}, … (from {@code GET /api/status})
 * @param expiresAt when an ephemeral tenant expires
 * @param timeLeft how long it has left, as an ISO-8601 duration
 * @param claimSteps how to claim an ephemeral tenant (empty once claimed)
 * @param resources the provisioned resources
 * @param baseUrl the Cohesivity origin the clients talk to
 * @param statusError why {@code GET /api/status} gave no answer, if it did not
 */
public record TenantCard(@Nullable String tenantId, @Nullable String lifecycle, @Nullable String state,
		@Nullable Instant expiresAt, @Nullable Duration timeLeft, List<String> claimSteps, List<Resource> resources,
		String baseUrl, @Nullable String statusError) {

	/**
	 * A provisioned resource.
	 *
	 * @param name the offering, for example {@code database}
	 * @param readiness {@code READY}, {@code PENDING}, {@code FAILED} or
	 * {@code UNCONFIRMED}
	 */
	public record Resource(String name, @Nullable String readiness) {

	}

}
