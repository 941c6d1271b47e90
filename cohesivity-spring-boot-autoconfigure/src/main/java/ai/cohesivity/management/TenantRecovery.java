/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an operator can do about a tenant's state, worded once for log lines, health
 * details and the Actuator endpoint. Never contains a key.
 */
public final class TenantRecovery {

	/**
	 * The steps to claim an ephemeral tenant (which lifts an ephemeral cap pause, removes
	 * the expiry and opens account observability).
	 */
	public static final List<String> CLAIM_STEPS = List.of(
			"ClaimClient#start() (POST /api/claim/url) returns an approval_url",
			"a human opens the approval_url, signs in and approves",
			"ClaimClient#awaitClaimed(...) polls /api/wait until the tenant is claimed");

	/**
	 * What to do about an expired tenant.
	 */
	public static final String EXPIRED = "expired tenants cannot be recovered: create a new tenant "
			+ "('npx @cohesivity/init') and replace the keys (.cohesivity file or cohesivity.* properties)";

	private TenantRecovery() {
	}

	/**
	 * Return the claim steps as one sentence.
	 * @return the steps
	 */
	public static String claimSteps() {
		return String.join("; ", CLAIM_STEPS);
	}

	/**
	 * Return what to do about a paused tenant.
	 * @param lifecycle the tenant lifecycle, if known
	 * @param topupUrl a top-up page Cohesivity offered, if any
	 * @return the hint
	 */
	public static String paused(@Nullable String lifecycle, @Nullable String topupUrl) {
		if (topupUrl != null) {
			return "top up the wallet to resume: " + topupUrl;
		}
		if ("ephemeral".equals(lifecycle) || lifecycle == null) {
			return "an ephemeral tenant is paused for the rest of its life once it breaches a cap; claim it to "
					+ "lift the pause: " + claimSteps();
		}
		return "see pause_reason in GET /api/status and the advisories of GET /api/observability";
	}

	/**
	 * Return how long an ephemeral tenant has left, whole seconds, never negative.
	 * @param expiresAt the expiry
	 * @param now the current time
	 * @return the time left
	 */
	public static Duration timeLeft(Instant expiresAt, Instant now) {
		Duration left = Duration.between(now, expiresAt).withNanos(0);
		return left.isNegative() ? Duration.ZERO : left;
	}

}
