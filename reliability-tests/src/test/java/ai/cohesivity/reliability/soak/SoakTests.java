/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability.soak;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.ConfigurableApplicationContext;

import ai.cohesivity.agents.AgentChatClient;
import ai.cohesivity.agents.AgentPlan;
import ai.cohesivity.agents.ChatCompletionChunk;
import ai.cohesivity.agents.ChatCompletionRequest;
import ai.cohesivity.agents.ManagedAgentsClient;
import ai.cohesivity.billing.BillingClient;
import ai.cohesivity.database.EdgeDatabaseOperations;
import ai.cohesivity.health.CohesivityHealthIndicator;
import ai.cohesivity.reliability.Figures;
import ai.cohesivity.reliability.ReliabilityApplication;
import ai.cohesivity.reliability.SuiteSecrets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak ({@code -Psoak}, outside {@code verify}): an application on a claimed tenant
 * runs the mixed workload — 8 readers, 2 writers, a batch writer, a streaming chat, the
 * observability poller, a health check — for {@code soak.duration} (10 minutes by
 * default) while faults come and go on a fixed schedule (none, 503 on 10 % of database
 * requests, 300 ms latency, dropped connections after commit, every token revoked, 429 on
 * 5 %, an observability outage; 20 s each, round and round). It reports requests, errors
 * by type, heap after GC, threads and open files at start and end, and checks that no
 * write was lost or duplicated and nothing leaked.
 */
@ExtendWith(SuiteSecrets.class)
class SoakTests {

	private static final String[] PHASES = { "none", "503 on 10 % of database requests", "300 ms latency",
			"a connection dropped after commit every 2 s", "every edge token revoked every 5 s",
			"429 utc_minute on 5 % of database requests", "observability outage (503)" };

	private static final Duration PHASE = Duration.ofSeconds(20);

	private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

	@Test
	void mixedWorkloadUnderScheduledFaults() throws Exception {
		Duration duration = Duration.parse(System.getProperty("soak.duration", "PT10M"));
		try (CohesivityEmulator emulator = CohesivityEmulator.builder().start()) {
			EmulatorTenant tenant = ReliabilityApplication.tenantWithDatabase(emulator, true);
			emulator.admin().claimedD1Buckets(Long.MAX_VALUE / 4, Long.MAX_VALUE / 4);
			try (ConfigurableApplicationContext application = ReliabilityApplication.run(emulator, tenant,
					"cohesivity.observability.poll-interval=2s", "cohesivity.health.cache-ttl=0s",
					"cohesivity.read-timeout=5s")) {
				run(application, emulator, duration);
			}
		}
	}

	private void run(ConfigurableApplicationContext application, CohesivityEmulator emulator, Duration duration)
			throws Exception {
		EdgeDatabaseOperations database = application.getBean(EdgeDatabaseOperations.class);
		AgentChatClient chat = application.getBean(AgentChatClient.class);
		// the test's own bookkeeping must not be what the heap figures measure
		application.getBean(ai.cohesivity.reliability.WireRecorder.class).stopRecordingExchanges();
		CohesivityHealthIndicator health = application.getBean(CohesivityHealthIndicator.class);
		application.getBean(BillingClient.class).topUp(50_000).block(Duration.ofSeconds(30));
		application.getBean(ManagedAgentsClient.class).provision(AgentPlan.STARTER).block(Duration.ofSeconds(30));
		database.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)");
		database.execute("CREATE TABLE writes (id INTEGER PRIMARY KEY, writer TEXT NOT NULL UNIQUE)");
		database.batchUpdate("INSERT INTO items (name) VALUES (?)",
				java.util.stream.IntStream.range(0, 1000).mapToObj((i) -> new Object[] { "item-" + i }).toList());
		// warm up, then measure the start
		for (int i = 0; i < 200; i++) {
			database.queryForObject("SELECT name FROM items WHERE id = ?", String.class, 1 + i);
		}
		Snapshot start = Snapshot.take();
		long deadline = System.nanoTime() + duration.toNanos();
		AtomicLong acknowledgedWrites = new AtomicLong();
		AtomicLong unknownWrites = new AtomicLong();
		AtomicLong writeSequence = new AtomicLong();
		ExecutorService workers = Executors.newFixedThreadPool(13);
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			running.add(workers.submit(
					() -> loop(deadline, "read", () -> database.queryForObject("SELECT name FROM items WHERE id = ?",
							String.class, 1 + ThreadLocalRandom.current().nextInt(1000)))));
		}
		for (int i = 0; i < 2; i++) {
			running.add(workers.submit(() -> loop(deadline, "write", () -> {
				try {
					database.update("INSERT INTO writes (writer) VALUES (?)", "w" + writeSequence.incrementAndGet());
					acknowledgedWrites.incrementAndGet();
				}
				catch (RuntimeException ex) {
					if (String.valueOf(ex.getMessage()).contains("outcome is unknown")) {
						unknownWrites.incrementAndGet();
					}
					throw ex;
				}
			})));
		}
		running.add(workers.submit(() -> loop(deadline, "batch", () -> {
			database.batchUpdate("INSERT INTO items (name) VALUES (?)",
					java.util.stream.IntStream.range(0, 150).mapToObj((i) -> new Object[] { "batch" }).toList());
			pause(500);
		})));
		running.add(workers.submit(() -> loop(deadline, "chat", () -> {
			List<ChatCompletionChunk> chunks = chat.stream(ChatCompletionRequest.of("hello"))
				.collectList()
				.block(Duration.ofSeconds(30));
			assertThat(chunks).isNotEmpty();
			pause(1000);
		})));
		running.add(workers.submit(() -> loop(deadline, "health", () -> {
			String status = health.health().block(Duration.ofSeconds(30)).getStatus().getCode();
			count("health " + status);
			pause(5000);
		})));
		List<String> schedule = faults(emulator, deadline);
		for (Future<?> worker : running) {
			worker.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
		}
		workers.shutdown();
		noFaults(emulator);
		Snapshot end = Snapshot.take();
		long rows = database.queryForObject("SELECT count(*) FROM writes", Long.class);
		Map<String, Long> requests = new TreeMap<>();
		for (String path : List.of("/edge/session", "/edge/database", "/edge/managed-agents/v1/chat/completions",
				"/api/observability", "/api/status")) {
			requests.put(path, emulator.requestCount("POST", path) + emulator.requestCount("GET", path));
		}
		Map<String, Long> byOutcome = new TreeMap<>();
		this.outcomes.forEach((name, adder) -> byOutcome.put(name, adder.sum()));
		Figures.print("soak", "duration", duration, "fault phases", schedule.size() + " of " + PHASE.toSeconds() + " s",
				"requests at the emulator", requests, "outcomes", byOutcome, "writes acknowledged",
				acknowledgedWrites.get(), "writes with an unknown outcome", unknownWrites.get(), "rows written", rows,
				"heap after GC start / end (MB)", start.heapMb() + " / " + end.heapMb(), "threads start / end",
				start.threads() + " / " + end.threads(), "open files start / end",
				start.openFiles() + " / " + end.openFiles(), "load average at the end",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		assertThat(rows).as("rows: every acknowledged write once, at most the unknown ones besides")
			.isBetween(acknowledgedWrites.get(), acknowledgedWrites.get() + unknownWrites.get());
		assertThat(end.threads()).as("threads do not grow").isLessThanOrEqualTo(start.threads() + 5);
		// the connection pool may hold up to 16 more connections than at the start, two
		// descriptors each with the emulator in this JVM
		assertThat(end.openFiles()).as("open files do not grow beyond the connection pool")
			.isLessThanOrEqualTo(start.openFiles() + 2 * 16 + 8);
		assertThat(byOutcome.keySet()).as("every kind of failure is one the faults explain")
			.allMatch((name) -> !name.contains("Error") && !name.contains("IllegalState")
					&& !name.contains("NullPointer"));
	}

	/** Switches faults on a fixed schedule until the deadline; returns the phases run. */
	private static List<String> faults(CohesivityEmulator emulator, long deadline) throws InterruptedException {
		List<String> run = new ArrayList<>();
		for (int phase = 0; System.nanoTime() < deadline; phase = (phase + 1) % PHASES.length) {
			noFaults(emulator);
			run.add(PHASES[phase]);
			long phaseEnd = Math.min(deadline, System.nanoTime() + PHASE.toNanos());
			switch (phase) {
				case 1 -> emulator.admin().failRequests("/edge/database", 503, 0.1);
				case 2 -> emulator.admin().latency(Duration.ofMillis(300), Duration.ZERO);
				case 5 -> emulator.admin().failRequests("/edge/database", 429, 0.05);
				case 6 -> emulator.admin().failRequests("/api/observability", 503, 1.0);
				default -> {
				}
			}
			while (System.nanoTime() < phaseEnd) {
				if (phase == 3) {
					emulator.admin().dropConnectionAfterCommit("/edge/database", 1);
					Thread.sleep(2_000);
				}
				else if (phase == 4) {
					emulator.admin().revokeEdgeTokens();
					Thread.sleep(5_000);
				}
				else {
					Thread.sleep(200);
				}
			}
		}
		return run;
	}

	private static void noFaults(CohesivityEmulator emulator) {
		emulator.admin().failRequests("/edge/database", 503, 0);
		emulator.admin().failRequests("/api/observability", 503, 0);
		emulator.admin().latency(Duration.ZERO, Duration.ZERO);
		emulator.admin().dropConnectionAfterCommit("/edge/database", 0);
	}

	private void loop(long deadline, String kind, Runnable operation) {
		while (System.nanoTime() < deadline) {
			try {
				operation.run();
				count(kind + " ok");
			}
			catch (RuntimeException | AssertionError ex) {
				Throwable cause = ex.getCause();
				String outcome = kind + " " + ex.getClass().getSimpleName()
						+ ((cause != null && cause != ex) ? " caused by " + cause.getClass().getSimpleName() : "");
				if (!this.outcomes.containsKey(outcome) || ThreadLocalRandom.current().nextInt(100) == 0) {
					// the secrets check sees each kind of failure, and a sample of the
					// rest
					SuiteSecrets.raised(ex);
				}
				count(outcome);
			}
		}
	}

	private void count(String outcome) {
		this.outcomes.computeIfAbsent(outcome, (key) -> new LongAdder()).increment();
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Heap after GC, threads and open files at a moment. */
	record Snapshot(long heapMb, int threads, long openFiles) {

		static Snapshot take() throws InterruptedException {
			for (int i = 0; i < 3; i++) {
				System.gc();
				Thread.sleep(200);
			}
			long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
			return new Snapshot(heap, Figures.threads(), Figures.openFiles());
		}

	}

}
