/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.util.Locale;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityNetworkException;
import ai.cohesivity.core.CohesivityObservabilityRequiresClaimException;
import ai.cohesivity.core.CohesivityRateLimitedException;
import ai.cohesivity.core.CohesivityUnauthorizedException;

/**
 * Why an observability poll failed. A fixed set, so it can be a metric tag.
 */
public enum PollFailureReason {

	/**
	 * {@code 429}: too many observability calls; the next poll waits for
	 * {@code Retry-After}.
	 */
	RATE_LIMITED,

	/**
	 * {@code 403 observability_requires_claim}: the tenant is ephemeral.
	 */
	REQUIRES_CLAIM,

	/**
	 * {@code 401}: the management key was refused.
	 */
	UNAUTHORIZED,

	/**
	 * Another {@code 4xx}.
	 */
	CLIENT_ERROR,

	/**
	 * A {@code 5xx}.
	 */
	SERVER_ERROR,

	/**
	 * Cohesivity could not be reached, or the connection failed.
	 */
	NETWORK,

	/**
	 * The {@code 2xx} answer could not be read as a snapshot.
	 */
	MALFORMED,

	/**
	 * Anything else.
	 */
	OTHER;

	/**
	 * Return the reason as a metric tag value, for example {@code rate_limited}.
	 * @return the tag value
	 */
	public String tagValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Classify a failure.
	 * @param failure the failure
	 * @return the reason
	 */
	public static PollFailureReason of(Throwable failure) {
		if (failure instanceof CohesivityObservabilityRequiresClaimException) {
			return REQUIRES_CLAIM;
		}
		if (failure instanceof CohesivityRateLimitedException) {
			return RATE_LIMITED;
		}
		if (failure instanceof CohesivityUnauthorizedException) {
			return UNAUTHORIZED;
		}
		if (failure instanceof CohesivityApiException api) {
			return (api.status() >= 500) ? SERVER_ERROR : CLIENT_ERROR;
		}
		if (failure instanceof CohesivityNetworkException) {
			return NETWORK;
		}
		if (failure instanceof MalformedSnapshotException) {
			return MALFORMED;
		}
		return OTHER;
	}

}
