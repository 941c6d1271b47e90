/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.time.Duration;
import java.util.List;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.ConfigurableApplicationContext;

import ai.cohesivity.database.EdgeDatabaseOperations;
import ai.cohesivity.health.CohesivityHealthIndicator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that polls observability every 200 ms and holds a 2 s edge token (its
 * refresh scheduled) is closed: from then on no request of it reaches the emulator, over
 * several token lifetimes and poll intervals, and no thread of the starter is alive.
 */
@ExtendWith(SuiteSecrets.class)
class ShutdownTests {

	private static final List<String> PATHS = List.of("/edge/session", "/edge/database", "/api/observability",
			"/api/status");

	private static CohesivityEmulator emulator;

	private static EmulatorTenant tenant;

	@BeforeAll
	static void start() {
		emulator = CohesivityEmulator.builder().start();
		tenant = ReliabilityApplication.tenantWithDatabase(emulator, true);
		emulator.admin().edgeTokenTtl(Duration.ofSeconds(2));
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@Test
	void afterCloseNoRequestAndNoThreadOfOurs() throws InterruptedException {
		ConfigurableApplicationContext application = ReliabilityApplication.run(emulator, tenant,
				"cohesivity.observability.poll-interval=200ms", "cohesivity.observability.jitter=0",
				"cohesivity.health.cache-ttl=0s");
		EdgeDatabaseOperations database = application.getBean(EdgeDatabaseOperations.class);
		for (int i = 0; i < 20; i++) {
			database.queryForObject("SELECT 1", Long.class);
			Thread.sleep(50);
		}
		application.getBean(CohesivityHealthIndicator.class).health().block(Duration.ofSeconds(10));
		List<String> threadsWhileRunning = threadsOfOurs();
		long requestsWhileRunning = requests();
		application.close();
		long atClose = requests();
		List<String> threadsAfterClose = awaitNoThreadsOfOurs();
		Thread.sleep(3_000);
		long threeSecondsLater = requests();
		Figures.print("shutdown", "requests while running", requestsWhileRunning, "requests at close", atClose,
				"requests 3 s (1.5 token lifetimes, 15 poll intervals) after close", threeSecondsLater,
				"threads of ours while running", threadsWhileRunning, "threads of ours after close", threadsAfterClose);
		assertThat(threadsWhileRunning).as("the starter's threads exist while it runs")
			.anyMatch((name) -> name.equals("cohesivity-edge-token-refresh"))
			.anyMatch((name) -> name.startsWith("cohesivity-observability"));
		assertThat(threeSecondsLater).as("requests after close").isEqualTo(atClose);
		assertThat(threadsAfterClose).as("threads of ours after close").isEmpty();
	}

	private static long requests() {
		return PATHS.stream()
			.mapToLong((path) -> emulator.requestCount("GET", path) + emulator.requestCount("POST", path))
			.sum();
	}

	/** The starter's threads (the emulator's own are named cohesivity-emulator-…). */
	private static List<String> threadsOfOurs() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter(Thread::isAlive)
			.map(Thread::getName)
			.filter((name) -> name.startsWith("cohesivity-") && !name.startsWith("cohesivity-emulator"))
			.sorted()
			.toList();
	}

	/** Threads end shortly after close; waits at most 5 s for them. */
	private static List<String> awaitNoThreadsOfOurs() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		List<String> threads = threadsOfOurs();
		while (!threads.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(20);
			threads = threadsOfOurs();
		}
		return threads;
	}

}
