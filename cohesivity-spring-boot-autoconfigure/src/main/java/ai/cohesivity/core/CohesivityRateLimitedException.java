/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Cohesivity refused the call for a rate or plan limit ({@code 429}). A per-minute window
 * clears by itself, a lifetime plan limit does not: {@link #isRetryable()} says which,
 * and {@link #retryAfter()} carries the {@code Retry-After} header when the server sent
 * one.
 */
public class CohesivityRateLimitedException extends CohesivityApiException {

	/**
	 * Create a new exception from a parsed error envelope.
	 * @param envelope the parsed error response
	 */
	public CohesivityRateLimitedException(ErrorEnvelope envelope) {
		super(envelope);
	}

	/**
	 * Return how long the server asked to wait, from the {@code Retry-After} header.
	 * @return the wait or {@code null} if the server did not say
	 */
	public @Nullable Duration retryAfter() {
		return envelope().retryAfter();
	}

	/**
	 * Return whether waiting clears the limit (§16): {@code true} for a per-minute window
	 * ({@code window_kind: utc_minute}), and, when the answer names no window, for one
	 * that carries {@code Retry-After}; {@code false} for a lifetime plan limit
	 * ({@code window_kind: all_time}, {@code tenant_state: plan_limit_exceeded}, or a
	 * "Plan limit exceeded" message), which does not clear.
	 * @return whether the call may be retried later
	 */
	public boolean isRetryable() {
		String windowKind = windowKind();
		if (windowKind != null) {
			return "utc_minute".equals(windowKind);
		}
		if ("plan_limit_exceeded".equals(tenantState())
				|| getMessage() != null && getMessage().toLowerCase(Locale.ROOT).startsWith("plan limit")) {
			return false;
		}
		return retryAfter() != null;
	}

}
