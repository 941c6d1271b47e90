/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Cohesivity refused the call for a rate or plan limit ({@code 429}). Only a per-minute
 * window ({@code window_kind: utc_minute}) clears by itself: {@link #isRetryable()} says
 * so, and {@link #retryAfter()} carries the {@code Retry-After} header when the server
 * sent one.
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
	 * Return whether waiting clears the limit: {@code true} only for a per-minute window
	 * ({@code window_kind: utc_minute}); a lifetime plan limit ({@code all_time}) does
	 * not clear.
	 * @return whether the call may be retried later
	 */
	public boolean isRetryable() {
		return "utc_minute".equals(windowKind());
	}

}
