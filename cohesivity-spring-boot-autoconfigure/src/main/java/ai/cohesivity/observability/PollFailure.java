/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.KeyRedactor;

/**
 * A failed observability poll.
 *
 * @param reason why it failed
 * @param status the HTTP status, or {@code null} when there was no answer
 * @param message what happened (never contains a key)
 * @param retryAfter the {@code Retry-After} Cohesivity asked for, if any
 * @param at when it failed (the poller's clock)
 */
public record PollFailure(PollFailureReason reason, @Nullable Integer status, String message,
		@Nullable Duration retryAfter, Instant at) {

	/**
	 * Describe a failure.
	 * @param failure the failure
	 * @param at when it happened
	 * @return the description
	 */
	public static PollFailure of(Throwable failure, Instant at) {
		Integer status = null;
		Duration retryAfter = null;
		if (failure instanceof CohesivityApiException api) {
			status = api.status();
			retryAfter = api.envelope().retryAfter();
		}
		String message = KeyRedactor.redact(failure.getMessage());
		return new PollFailure(PollFailureReason.of(failure), status,
				(message != null) ? message : failure.getClass().getSimpleName(), retryAfter, at);
	}

}
