/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The paired timer runs both operations in measured pairs and lets no result go unused.
 */
class PairedCpuTimerTests {

	@Test
	void measuresBothOperationsInPairs() throws Exception {
		AtomicInteger baselineCalls = new AtomicInteger();
		AtomicInteger starterCalls = new AtomicInteger();
		PairedCpuTimer timer = new PairedCpuTimer(Duration.ZERO, Duration.ofMillis(50));
		PairedCpuTimer.PairedResult result = timer.measure(() -> "b" + baselineCalls.incrementAndGet(),
				() -> "s" + starterCalls.incrementAndGet());
		assertThat(result.pairs()).isPositive();
		assertThat(baselineCalls).hasPositiveValue();
		assertThat(starterCalls).hasPositiveValue();
		assertThat(result.baselineMicros()).isNotNegative();
		assertThat(result.starterMicros()).isNotNegative();
	}

	@Test
	void failureOfAnOperationIsReported() {
		PairedCpuTimer timer = new PairedCpuTimer(Duration.ZERO, Duration.ofMillis(10));
		assertThatIllegalStateException().isThrownBy(() -> timer.measure(() -> "fine", () -> {
			throw new IllegalStateException("starter broke");
		})).withMessage("starter broke");
	}

}
