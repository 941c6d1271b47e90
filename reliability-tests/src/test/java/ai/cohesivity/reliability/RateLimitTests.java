/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.time.Duration;

import ai.cohesivity.emulator.CohesivityEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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

	private static CohesivityEmulator emulator;

	private static TenantClients clients;

	@BeforeAll
	static void start() {
		emulator = CohesivityEmulator.builder().start();
		clients = TenantClients.withDatabase(emulator);
		clients.database().execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)");
	}

	@AfterEach
	void noLimits() {
		emulator.admin().failRequests("/edge/database", 429, 0);
		emulator.admin().edgePlanLimit(0);
	}

	@AfterAll
	static void stop() {
		clients.close();
		emulator.close();
	}

	@Test
	void perMinuteLimitIsWaitedOutAndTheReadSucceeds() {
		// every second request is refused: the first passes, the second (our read) not
		emulator.admin().failRequests("/edge/database", 429, 0.5);
		clients.database().queryForObject("SELECT count(*) FROM items", Long.class);
		clients.wire().clear();
		long before = emulator.requestCount("POST", "/edge/database");
		long start = System.nanoTime();
		Long count = clients.database().queryForObject("SELECT count(*) FROM items", Long.class);
		Duration elapsed = Figures.since(start);
		long requests = emulator.requestCount("POST", "/edge/database") - before;
		WireRecorder.Exchange refused = clients.wire().exchanges().get(0);
		Duration waited = Duration.ofNanos(clients.wire().exchanges().get(1).sentAtNanos() - refused.endedAtNanos());
		Figures.print("429 utc_minute, Retry-After: 1", "requests at the emulator", requests, "first answer",
				refused.status(), "waited before the retry", waited, "elapsed", elapsed, "answer", count);
		assertThat(count).isZero();
		assertThat(requests).isEqualTo(2);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(waited).as("the wait Retry-After asked for").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void lifetimePlanLimitFailsAtOnceTyped() {
		clients.database().queryForObject("SELECT count(*) FROM items", Long.class);
		emulator.admin().edgePlanLimit(1);
		long before = emulator.requestCount("POST", "/edge/database");
		long start = System.nanoTime();
		DataAccessResourceFailureException failure = catchThrowableOfType(DataAccessResourceFailureException.class,
				() -> clients.database().queryForObject("SELECT count(*) FROM items", Long.class));
		Duration elapsed = Figures.since(start);
		SuiteSecrets.raised(failure);
		long requests = emulator.requestCount("POST", "/edge/database") - before;
		CohesivityRateLimitedException rateLimited = (CohesivityRateLimitedException) failure.getCause();
		Figures.print("429 all_time", "requests at the emulator", requests, "error",
				failure.getClass().getSimpleName() + " caused by " + rateLimited.getClass().getSimpleName(),
				"window_kind", rateLimited.windowKind(), "retryable", rateLimited.isRetryable(), "elapsed", elapsed);
		assertThat(requests).as("requests: not retried").isOne();
		assertThat(rateLimited.windowKind()).isEqualTo("all_time");
		assertThat(rateLimited.isRetryable()).isFalse();
	}

}
