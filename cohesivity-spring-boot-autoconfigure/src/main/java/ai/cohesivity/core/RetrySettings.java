/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Duration;

/**
 * How idempotent calls are retried.
 *
 * @param maxAttempts the total number of attempts, including the first; {@code 1}
 * disables retries
 * @param initialBackoff the base backoff before the first retry of a 502/503/504 or
 * network failure
 * @param maxBackoff the largest backoff between two attempts
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer wait fails
 * instead
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

	/**
	 * Return the defaults: 3 attempts, 200 ms initial and 5 s maximum backoff,
	 * {@code Retry-After} honoured up to 60 s.
	 * @return the defaults
	 */
	public static RetrySettings defaults() {
		return new RetrySettings(3, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(60));
	}

}
