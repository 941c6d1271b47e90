/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PollSchedule}: the documented delays.
 */
class PollScheduleTests {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	@Test
	void successWaitsOneIntervalOrTheRateLimitFloor() {
		PollSchedule schedule = schedule(MINUTE, 0, 0.5);
		assertThat(schedule.afterSuccess(null)).isEqualTo(MINUTE);
		assertThat(schedule.afterSuccess(60L)).isEqualTo(MINUTE);
		PollSchedule fast = schedule(Duration.ofSeconds(5), 0, 0.5);
		assertThat(fast.afterSuccess(null)).isEqualTo(Duration.ofSeconds(5));
		assertThat(fast.afterSuccess(6L)).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void failuresDoubleTheWaitUpToTheMaximumBackoff() {
		PollSchedule schedule = schedule(MINUTE, 0, 0.5);
		assertThat(schedule.afterFailure(1, null, null)).isEqualTo(Duration.ofMinutes(2));
		assertThat(schedule.afterFailure(2, null, null)).isEqualTo(Duration.ofMinutes(4));
		assertThat(schedule.afterFailure(3, null, null)).isEqualTo(Duration.ofMinutes(8));
		assertThat(schedule.afterFailure(4, null, null)).isEqualTo(Duration.ofMinutes(15));
		assertThat(schedule.afterFailure(400, null, null)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void retryAfterIsNeverCutShort() {
		PollSchedule schedule = schedule(MINUTE, 0, 0.5);
		assertThat(schedule.afterFailure(1, Duration.ofMinutes(10), null)).isEqualTo(Duration.ofMinutes(10));
		assertThat(schedule.afterFailure(1, Duration.ofSeconds(1), null)).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void requiresClaimWaitsTheLongInterval() {
		assertThat(schedule(MINUTE, 0, 0.5).afterRequiresClaim()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void jitterSpreadsEveryDelaySymmetrically() {
		assertThat(schedule(MINUTE, 0.1, 0).afterSuccess(null)).isEqualTo(Duration.ofSeconds(54));
		assertThat(schedule(MINUTE, 0.1, 0.5).afterSuccess(null)).isEqualTo(MINUTE);
		assertThat(schedule(MINUTE, 0.1, 0.999999).afterSuccess(null)).isEqualTo(Duration.ofSeconds(66));
		assertThat(schedule(MINUTE, 0.1, 0.5).first()).isEqualTo(Duration.ofSeconds(3));
		assertThat(schedule(MINUTE, 0, 0.5).first()).isZero();
	}

	@Test
	void jitterNeverGoesBelowTheRateLimitFloor() {
		assertThat(schedule(MINUTE, 0.1, 0).afterSuccess(1L)).isEqualTo(MINUTE);
	}

	private static PollSchedule schedule(Duration interval, double jitter, double random) {
		return new PollSchedule(new ObservabilityPollerSettings(interval, jitter, Duration.ofMinutes(15),
				Duration.ofMinutes(30), ObservabilityPollerSettings.DEFAULT_QUERY), () -> random);
	}

}
