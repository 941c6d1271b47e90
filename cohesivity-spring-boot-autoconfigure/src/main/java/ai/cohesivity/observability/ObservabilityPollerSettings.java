/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How the {@link ObservabilityPoller} schedules its polls.
 *
 * @param pollInterval the time between two successful polls (before jitter); raised to
 * {@code 60 s / limits_for_this_response.rate_limit_per_minute} when that is longer
 * @param jitter the random spread of every delay, as a fraction of it: {@code 0.1} makes
 * each delay 90 %–110 % of its nominal value (the mean stays one poll per interval);
 * {@code 0} for none
 * @param maxBackoff the longest wait after failed polls (the wait doubles with every
 * consecutive failure, starting at twice the interval)
 * @param requiresClaimRetryInterval the wait after
 * {@code 403 observability_requires_claim} (an ephemeral tenant): long, since only a
 * human claim changes the answer
 * @param query what each poll asks for
 */
public record ObservabilityPollerSettings(Duration pollInterval, double jitter, Duration maxBackoff,
		Duration requiresClaimRetryInterval, ObservabilityQuery query) {

	/**
	 * The query a poller sends by default: Cohesivity's default slices, plus zero-usage
	 * buckets so that a bucket does not vanish from the meters when a month starts.
	 */
	public static final ObservabilityQuery DEFAULT_QUERY = ObservabilityQuery.defaults().emptyBuckets(true);

	/**
	 * Validate the settings.
	 * @param pollInterval the poll interval
	 * @param jitter the jitter fraction
	 * @param maxBackoff the longest backoff
	 * @param requiresClaimRetryInterval the wait while the tenant needs a claim
	 * @param query the query
	 */
	public ObservabilityPollerSettings {
		Assert.isTrue(!pollInterval.isNegative() && !pollInterval.isZero(), "pollInterval must be positive");
		Assert.isTrue(jitter >= 0 && jitter < 1, "jitter must be at least 0 and less than 1");
		Assert.isTrue(!maxBackoff.isNegative(), "maxBackoff must not be negative");
		Assert.isTrue(!requiresClaimRetryInterval.isNegative() && !requiresClaimRetryInterval.isZero(),
				"requiresClaimRetryInterval must be positive");
	}

	/**
	 * Return the defaults: every 60 s with 10 % jitter, at most 15 min between failing
	 * polls, every 30 min while the tenant needs a claim.
	 * @return the default settings
	 */
	public static ObservabilityPollerSettings defaults() {
		return new ObservabilityPollerSettings(Duration.ofSeconds(60), 0.1, Duration.ofMinutes(15),
				Duration.ofMinutes(30), DEFAULT_QUERY);
	}

}
