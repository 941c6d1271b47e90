/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.time.Duration;
import java.util.function.DoubleSupplier;

import org.jspecify.annotations.Nullable;

/**
 * The delays between polls.
 * <ul>
 * <li>After a success: the poll interval, or {@code 60 s / rate_limit_per_minute} when
 * that is longer.</li>
 * <li>After the {@code n}-th consecutive failure: {@code interval × 2^n}, at most the
 * maximum backoff (but never less than the interval), and never less than a
 * {@code Retry-After}.</li>
 * <li>After {@code 403 observability_requires_claim}: the long claim retry interval.</li>
 * </ul>
 * Every delay is spread by the jitter fraction (uniformly, so the mean is unchanged), and
 * never falls below the rate-limit floor.
 */
final class PollSchedule {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final ObservabilityPollerSettings settings;

	private final DoubleSupplier random;

	/**
	 * Create a schedule.
	 * @param settings the settings
	 * @param random uniform values in {@code [0, 1)}
	 */
	PollSchedule(ObservabilityPollerSettings settings, DoubleSupplier random) {
		this.settings = settings;
		this.random = random;
	}

	Duration first() {
		return Duration.ofMillis(
				(long) (this.settings.pollInterval().toMillis() * this.settings.jitter() * this.random.getAsDouble()));
	}

	Duration afterSuccess(@Nullable Long rateLimitPerMinute) {
		Duration floor = floor(rateLimitPerMinute);
		return atLeast(jittered(atLeast(this.settings.pollInterval(), floor)), floor);
	}

	Duration afterFailure(int consecutiveFailures, @Nullable Duration retryAfter, @Nullable Long rateLimitPerMinute) {
		Duration interval = this.settings.pollInterval();
		Duration ceiling = atLeast(this.settings.maxBackoff(), interval);
		int exponent = Math.min(Math.max(consecutiveFailures, 1), 20);
		Duration backoff = (interval.toMillis() > ceiling.toMillis() >> exponent) ? ceiling
				: interval.multipliedBy(1L << exponent);
		Duration delay = atLeast(jittered(backoff), floor(rateLimitPerMinute));
		return (retryAfter != null) ? atLeast(delay, retryAfter) : delay;
	}

	Duration afterRequiresClaim() {
		return jittered(this.settings.requiresClaimRetryInterval());
	}

	private Duration jittered(Duration delay) {
		double spread = this.settings.jitter() * (2 * this.random.getAsDouble() - 1);
		return Duration.ofMillis(Math.round(delay.toMillis() * (1 + spread)));
	}

	private static Duration floor(@Nullable Long rateLimitPerMinute) {
		return (rateLimitPerMinute != null && rateLimitPerMinute > 0) ? MINUTE.dividedBy(rateLimitPerMinute)
				: Duration.ZERO;
	}

	private static Duration atLeast(Duration delay, Duration minimum) {
		return (delay.compareTo(minimum) < 0) ? minimum : delay;
	}

}
