/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.time.Duration;

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
		double ageAtStart = registry.get("cohesivity.observability.snapshot.age").timeGauge().value();
		emulator.admin().failRequests("/api/observability", 503, 1.0);
		long before = emulator.requestCount("GET", "/api/observability");
		Thread.sleep(INTERVAL.multipliedBy(5).toMillis());
		long outageRequests = emulator.requestCount("GET", "/api/observability") - before;
		double balanceDuring = registry.get("cohesivity.wallet.balance").gauge().value();
		double ageDuring = registry.get("cohesivity.observability.snapshot.age").timeGauge().value();
		ObservabilityState.Phase phase = poller.state().phase();
		Health during = health.health().block(Duration.ofSeconds(10));
		emulator.admin().failRequests("/api/observability", 503, 0);
		long recoveryStart = System.nanoTime();
		awaitFreshPoll(poller);
		Duration recovery = Figures.since(recoveryStart);
		double ageAfter = registry.get("cohesivity.observability.snapshot.age").timeGauge().value();
		Figures.print("observability outage of 5 poll intervals", "poll interval", INTERVAL,
				"requests during the outage", outageRequests + " (5 without backoff)", "wallet balance before / during",
				balance + " / " + balanceDuring, "snapshot age before / during / after (s)",
				ageAtStart + " / " + ageDuring + " / " + ageAfter, "poller phase", phase, "health during",
				during.getStatus() + " " + during.getDetails().get("observability"), "fresh again after", recovery);
		assertThat(outageRequests).as("polls during 5 intervals: at 1 and 3 intervals, the next due at 7")
			.isBetween(1L, 2L);
		assertThat(balanceDuring).as("gauges keep the last snapshot").isEqualTo(balance).isNotNaN();
		assertThat(ageDuring).as("the age gauge grows").isGreaterThanOrEqualTo(ageAtStart + 1.5);
		assertThat(phase).isEqualTo(ObservabilityState.Phase.FAILING);
		assertThat(during.getStatus().getCode()).isEqualTo("UP");
		assertThat(String.valueOf(during.getDetails().get("observability"))).startsWith("stale");
		assertThat(ageAfter).isLessThan(ageDuring);
	}

	private static void awaitFreshPoll(ObservabilityPoller poller) throws InterruptedException {
		long requests = emulator.requestCount("GET", "/api/observability");
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (poller.state().phase() != ObservabilityState.Phase.FRESH
				|| emulator.requestCount("GET", "/api/observability") == requests) {
			assertThat(System.nanoTime()).as("a fresh poll within 30 s").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

}
