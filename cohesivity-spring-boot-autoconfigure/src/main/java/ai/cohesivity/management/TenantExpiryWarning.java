/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether an ephemeral tenant expires soon enough to warn about it, and words the
 * warning (with the claim hint, never a key).
 */
public final class TenantExpiryWarning {

	/** How close to expiry a warning is given. */
	public static final Duration WINDOW = Duration.ofHours(24);

	private TenantExpiryWarning() {
	}

	/**
	 * Return the warning for a tenant, or {@code null} when none is due.
	 * @param tenantId the tenant id, if known
	 * @param lifecycle the tenant lifecycle, if known
	 * @param expiresAt the expiry, if known
	 * @param now the current time
	 * @return the warning text or {@code null}
	 */
	public static @Nullable String message(@Nullable String tenantId, @Nullable String lifecycle,
			@Nullable Instant expiresAt, Instant now) {
		if (expiresAt == null || !"ephemeral".equals(lifecycle)) {
			return null;
		}
		Duration remaining = Duration.between(now, expiresAt);
		String tenant = (tenantId != null) ? "tenant " + tenantId : "tenant";
		if (remaining.isNegative() || remaining.isZero()) {
			return "Cohesivity " + tenant + " is ephemeral and expired at " + expiresAt
					+ "; expired tenants cannot be recovered: create a new one with 'npx @cohesivity/init'";
		}
		if (remaining.compareTo(WINDOW) > 0) {
			return null;
		}
		return "Cohesivity " + tenant + " is ephemeral and expires at " + expiresAt + " (in " + remaining.toHours()
				+ " h " + remaining.toMinutesPart() + " min); to keep it and its data, claim it: ClaimClient.start() "
				+ "(POST /api/claim/url) gives an approval page for a human to sign in and approve";
	}

}
