/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.health;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityNetworkException;
import ai.cohesivity.core.CohesivityPaymentRequiredException;
import ai.cohesivity.core.CohesivityRateLimitedException;
import ai.cohesivity.core.CohesivityTenantExpiredException;
import ai.cohesivity.core.CohesivityTenantPausedException;
import ai.cohesivity.core.CohesivityUnauthorizedException;
import ai.cohesivity.core.KeyRedactor;
import ai.cohesivity.management.TenantRecovery;

/**
 * Why the tenant is not usable, with what to do about it: the {@code reason},
 * {@code error} and {@code recovery} details of a {@code DOWN} health. Never contains a
 * key.
 */
final class TenantUnhealthy extends RuntimeException {

	private final String reason;

	private final String recovery;

	TenantUnhealthy(String reason, String message, String recovery) {
		super(message, null, false, false);
		this.reason = reason;
		this.recovery = recovery;
	}

	String reason() {
		return this.reason;
	}

	String recovery() {
		return this.recovery;
	}

	static TenantUnhealthy paused(@Nullable String lifecycle, @Nullable String topupUrl) {
		return new TenantUnhealthy("paused", "the tenant is paused", TenantRecovery.paused(lifecycle, topupUrl));
	}

	static TenantUnhealthy expired() {
		return new TenantUnhealthy("expired", "the tenant has expired", TenantRecovery.EXPIRED);
	}

	/**
	 * Classify a failed check.
	 * @param failure the failure
	 * @param managementPlane whether the control plane (management key) failed, rather
	 * than the data plane (application key)
	 * @param lifecycle the tenant lifecycle, if known
	 * @return the classification
	 */
	static TenantUnhealthy of(Throwable failure, boolean managementPlane, @Nullable String lifecycle) {
		if (failure instanceof TenantUnhealthy unhealthy) {
			return unhealthy;
		}
		String message = String.valueOf(KeyRedactor.redact(failure.getMessage()));
		if (failure instanceof CohesivityTenantPausedException paused) {
			return new TenantUnhealthy("paused", message, TenantRecovery.paused(lifecycle, paused.topupUrl()));
		}
		if (failure instanceof CohesivityTenantExpiredException) {
			return new TenantUnhealthy("expired", message, TenantRecovery.EXPIRED);
		}
		if (failure instanceof CohesivityPaymentRequiredException payment) {
			return new TenantUnhealthy("payment_required", message, "top up the wallet: "
					+ ((payment.topupUrl() != null) ? payment.topupUrl() : "POST /api/billing/topup"));
		}
		if (failure instanceof CohesivityUnauthorizedException) {
			return managementPlane
					? new TenantUnhealthy("invalid_management_key", message,
							"Cohesivity refused the management key (401): check cohesivity.management-key or the "
									+ ".cohesivity file; the tenant may have been deleted")
					: new TenantUnhealthy("invalid_application_key", message,
							"Cohesivity refused the application key (401): check cohesivity.application-key or "
									+ "the .cohesivity file; the tenant may have been deleted");
		}
		if (failure instanceof CohesivityRateLimitedException) {
			return new TenantUnhealthy("plan_limit_exceeded", message,
					"the tenant's lifetime plan limit is used up: claim the tenant or change the plan");
		}
		if (failure instanceof CohesivityNetworkException
				|| (failure instanceof CohesivityApiException api && api.status() >= 500)) {
			return new TenantUnhealthy("unreachable", message,
					"Cohesivity did not answer; nothing to do in the application, the component recovers by "
							+ "itself when Cohesivity answers again");
		}
		return new TenantUnhealthy("error", message, "see the error; GET /api/status tells the tenant's state");
	}

}
