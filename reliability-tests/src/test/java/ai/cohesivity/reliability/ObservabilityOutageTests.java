/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.health.contributor.Health;
import org.springframework.context.ConfigurableApplicationContext;

import ai.cohesivity.health.CohesivityHealthIndicator;
import ai.cohesivity.observability.ObservabilityPoller;
import ai.cohesivity.observability.ObservabilityState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/observability} fails for five poll intervals (real time, 400 ms each): the
 * gauges keep the last snapshot's values, the age gauge grows, the health component stays
 * {@code UP} and says the snapshot is stale, and the poller backs off (1, 2, 4 intervals)
 * instead of polling every interval; once Cohesivity answers, the next poll refreshes.
 */
@ExtendWith(SuiteSecrets.class)
class ObservabilityOutageTests {

	private static final Duration INTERVAL = Duration.ofMillis(400);

	private static CohesivityEmulator emulator;

	private static ConfigurableApplicationContext application;

	@BeforeAll
	static void start() {
		emulator = CohesivityEmulator.builder().start();
		EmulatorTenant tenant = ReliabilityApplication.tenantWithDatabase(emulator, true);
		application = ReliabilityApplication.run(emulator, tenant,
				"cohesivity.observability.poll-interval=" + INTERVAL.toMillis() + "ms",
				"cohesivity.observability.jitter=0", "cohesivity.health.cache-ttl=0s");
	}

	@AfterAll
	static void stop() {
		application.close();
		emulator.close();
	}

	@Test
	void gaugesKeepTheirValuesHealthStaysUpAndThePollerBacksOff() throws InterruptedException {
		ObservabilityPoller poller = application.getBean(ObservabilityPoller.class);
		MeterRegistry registry = application.getBean(MeterRegistry.class);
		CohesivityHealthIndicator health = application.getBean(CohesivityHealthIndicator.class);
		awaitFreshPoll(poller);
		double balance = registry.get("cohesivity.wallet.balance").gauge().value();
		emulator.admin().failRequests("/api/observability", 503, 1.0);
		long before = emulator.requestCount("GET", "/api/observability");
		long outageStart = System.nanoTime();
		// a poll already under way may still bring a snapshot: the outage's snapshot is
		// the one the first failed poll keeps
		ObservabilityState firstFailure = awaitPhase(poller, ObservabilityState.Phase.FAILING);
		double ageAtFirstFailure = snapshotAge(registry);
		Thread.sleep(Math.max(0, INTERVAL.multipliedBy(5).minus(Figures.since(outageStart)).toMillis()));
		long outageRequests = emulator.requestCount("GET", "/api/observability") - before;
		double balanceDuring = registry.get("cohesivity.wallet.balance").gauge().value();
		double ageDuring = snapshotAge(registry);
		ObservabilityState during = poller.state();
		Health healthDuring = health.health().block(Duration.ofSeconds(10));
		emulator.admin().failRequests("/api/observability", 503, 0);
		long recoveryStart = System.nanoTime();
		awaitFreshPoll(poller);
		Duration recovery = Figures.since(recoveryStart);
		double ageAfter = snapshotAge(registry);
		Figures.print("observability outage of 5 poll intervals", "poll interval", INTERVAL,
				"requests during the outage", outageRequests + " (5 without backoff)", "wallet balance before / during",
				balance + " / " + balanceDuring, "snapshot age at the first failed poll / at the end / after (s)",
				ageAtFirstFailure + " / " + ageDuring + " / " + ageAfter, "poller phase", during.phase(),
				"failed polls", during.consecutiveFailures(), "health during",
				healthDuring.getStatus() + " " + healthDuring.getDetails().get("observability"), "fresh again after",
				recovery);
		assertThat(outageRequests).as("polls during 5 intervals: at 1 and 3 intervals, the next due at 7")
			.isBetween(1L, 2L);
		assertThat(balanceDuring).as("gauges keep the last snapshot").isEqualTo(balance).isNotNaN();
		assertThat(during.fetchedAt()).as("the snapshot is kept through the outage")
			.isEqualTo(firstFailure.fetchedAt());
		assertThat(ageDuring).as("the age gauge grows").isGreaterThan(ageAtFirstFailure);
		assertThat(during.phase()).isEqualTo(ObservabilityState.Phase.FAILING);
		assertThat(healthDuring.getStatus().getCode()).isEqualTo("UP");
		assertThat(String.valueOf(healthDuring.getDetails().get("observability"))).startsWith("stale");
		assertThat(ageAfter).isLessThan(ageDuring);
	}

	private static double snapshotAge(MeterRegistry registry) {
		return registry.get("cohesivity.observability.snapshot.age").timeGauge().value();
	}

	/**
	 * Wait until a poll that ends after this call has brought a snapshot (a poll under
	 * way when it is called may end with the old one still shown as fresh).
	 */
	private static void awaitFreshPoll(ObservabilityPoller poller) throws InterruptedException {
		Instant previous = poller.state().fetchedAt();
		awaitState(poller, "a fresh poll", (state) -> state.phase() == ObservabilityState.Phase.FRESH
				&& state.fetchedAt() != null && !state.fetchedAt().equals(previous));
	}

	private static ObservabilityState awaitPhase(ObservabilityPoller poller, ObservabilityState.Phase phase)
			throws InterruptedException {
		return awaitState(poller, "phase " + phase, (state) -> state.phase() == phase);
	}

	private static ObservabilityState awaitState(ObservabilityPoller poller, String what,
			Predicate<ObservabilityState> condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		ObservabilityState state = poller.state();
		while (!condition.test(state)) {
			assertThat(System.nanoTime()).as(what + " within 30 s").isLessThan(deadline);
			Thread.sleep(5);
			state = poller.state();
		}
		return state;
	}

}
