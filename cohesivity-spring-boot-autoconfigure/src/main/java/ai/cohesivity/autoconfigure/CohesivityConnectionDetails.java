/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details required to connect to Cohesivity. A bean of this type takes precedence over
 * {@code cohesivity.*} properties and the {@code .cohesivity} file; the embedded emulator
 * provides one.
 */
public interface CohesivityConnectionDetails extends ConnectionDetails {

	/**
	 * Return the origin of the Cohesivity API, for example {@code https://cohesivity.ai}.
	 * @return the base URL
	 */
	String getBaseUrl();

	/**
	 * Return the management key ({@code coh_man_…}) for the control plane.
	 * @return the management key or {@code null} if none is configured
	 */
	@Nullable String getManagementKey();

	/**
	 * Return the application key ({@code coh_app_…}) for the data plane.
	 * @return the application key or {@code null} if none is configured
	 */
	@Nullable String getApplicationKey();

	/**
	 * Return the tenant id.
	 * @return the tenant id or {@code null} if unknown
	 */
	@Nullable String getTenantId();

	/**
	 * Return when the tenant expires, if known (ephemeral tenants expire 72 h after
	 * creation).
	 * @return the expiry or {@code null}
	 */
	default @Nullable Instant getExpiresAt() {
		return null;
	}

	/**
	 * Return the tenant lifecycle ({@code ephemeral} or {@code claimed}), if known.
	 * @return the lifecycle or {@code null}
	 */
	default @Nullable String getTenantLifecycle() {
		return null;
	}

}
