/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.dao.DataAccessResourceFailureException;

import ai.cohesivity.core.CohesivityRateLimitedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A {@code 429} of the per-minute window with {@code Retry-After: 1} is waited out and
 * the read succeeds; a {@code 429} of the lifetime plan limit ({@code all_time}) fails at
 * once, typed, and is not retried.
 */
@ExtendWith(SuiteSecrets.class)
class RateLimitTests {

	@RegisterExtension
	static final TenantFixture fixture = TenantFixture
		.withDatabase("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)");

	@AfterEach
	void noLimits() {
		fixture.emulator().admin().failRequests("/edge/database", 429, 0);
		fixture.emulator().admin().edgePlanLimit(0);
	}

	@Test
	void perMinuteLimitIsWaitedOutAndTheReadSucceeds() {
		// every second request is refused: the first passes, the second (our read) not
		fixture.emulator().admin().failRequests("/edge/database", 429, 0.5);
		fixture.clients().database().queryForObject("SELECT count(*) FROM items", Long.class);
		fixture.clients().wire().clear();
		long before = fixture.emulator().requestCount("POST", "/edge/database");
		long start = System.nanoTime();
		Long count = fixture.clients().database().queryForObject("SELECT count(*) FROM items", Long.class);
		Duration elapsed = Figures.since(start);
		long requests = fixture.emulator().requestCount("POST", "/edge/database") - before;
		WireRecorder.Exchange refused = fixture.clients().wire().exchanges().get(0);
		Duration waited = Duration
			.ofNanos(fixture.clients().wire().exchanges().get(1).sentAtNanos() - refused.endedAtNanos());
		Figures.print("429 utc_minute, Retry-After: 1", "requests at the emulator", requests, "first answer",
				refused.status(), "waited before the retry", waited, "elapsed", elapsed, "answer", count);
		assertThat(count).isZero();
		assertThat(requests).isEqualTo(2);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(waited).as("the wait Retry-After asked for").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void lifetimePlanLimitFailsAtOnceTyped() {
		fixture.clients().database().queryForObject("SELECT count(*) FROM items", Long.class);
		fixture.emulator().admin().edgePlanLimit(1);
		long before = fixture.emulator().requestCount("POST", "/edge/database");
		long start = System.nanoTime();
		DataAccessResourceFailureException failure = catchThrowableOfType(DataAccessResourceFailureException.class,
				() -> fixture.clients().database().queryForObject("SELECT count(*) FROM items", Long.class));
		Duration elapsed = Figures.since(start);
		SuiteSecrets.raised(failure);
		long requests = fixture.emulator().requestCount("POST", "/edge/database") - before;
		CohesivityRateLimitedException rateLimited = (CohesivityRateLimitedException) failure.getCause();
		Figures.print("429 all_time", "requests at the emulator", requests, "error",
				failure.getClass().getSimpleName() + " caused by " + rateLimited.getClass().getSimpleName(),
				"window_kind", rateLimited.windowKind(), "retryable", rateLimited.isRetryable(), "elapsed", elapsed);
		assertThat(requests).as("requests: not retried").isOne();
		assertThat(rateLimited.windowKind()).isEqualTo("all_time");
		assertThat(rateLimited.isRetryable()).isFalse();
	}

}
