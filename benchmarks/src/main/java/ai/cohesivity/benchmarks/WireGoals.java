/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ai.cohesivity.benchmarks.database.EmulatorDatabase;
import ai.cohesivity.benchmarks.database.EmulatorProcess;
import ai.cohesivity.benchmarks.database.PairedCpuTimer;
import ai.cohesivity.benchmarks.database.RecordMappingCost;
import ai.cohesivity.benchmarks.database.WireGoalMeasurements;
import ai.cohesivity.benchmarks.startup.StartupMeasurement;
import ai.cohesivity.core.CohesivityConnection;

/**
 * Measures the client's goals, each against a baseline measured in the same run, and
 * prints one Markdown table per goal with the machine, the date and the load average
 * before and after it: <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests -Pwire-goals
 * mvn -B -q -pl benchmarks -am package -DskipTests -Pwire-goals -Dwire-goals.args="--goals cpu,latency"
 * </pre> Goals ({@code --goals}, comma-separated; all by default): {@code startup},
 * {@code cpu} (client CPU per query, 32 callers), {@code latency} (p50, one caller),
 * {@code throughput} (64 callers), {@code mapping} (10,000 rows into records),
 * {@code batch} (1,000 rows at 20 ms latency), {@code round-trips} (requests per query,
 * mints per half token lifetime). {@code --smoke} runs each once, briefly (a few seconds
 * each), to prove that they still run; its numbers mean nothing. {@code --seconds N} sets
 * the measured seconds per side of the round-trip goals (default 10);
 * {@code --startup-rounds N} the fresh JVMs per side of the start-up goal (default 7).
 */
public final class WireGoals {

	private WireGoals() {
	}

	/**
	 * Runs the goals.
	 * @param args the options (see the class documentation)
	 * @throws Exception if a measurement fails
	 */
	public static void main(String[] args) throws Exception {
		List<String> options = List.of(args);
		boolean smoke = options.contains("--smoke");
		List<String> goals = List
			.of(option(options, "--goals", "startup,cpu,latency,throughput,mapping,batch,round-trips").split(","));
		Duration length = smoke ? Duration.ofMillis(600)
				: Duration.ofSeconds(Long.parseLong(option(options, "--seconds", "10")));
		Duration warmup = smoke ? Duration.ofMillis(600) : length.dividedBy(2);
		int rounds = smoke ? 2 : 5;
		System.out.printf(Locale.ROOT, "# Wire goals%s: %s, %d CPUs, %s %s, load average %s%n%n",
				smoke ? " (smoke run: the numbers mean nothing)" : "", Instant.now().truncatedTo(ChronoUnit.SECONDS),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), loadAverage());
		List<GoalResult> results = new ArrayList<>();
		boolean roundTrips = goals.stream()
			.anyMatch(List.of("cpu", "latency", "throughput", "batch", "round-trips")::contains);
		// One emulator process serves the start-up goal and the round-trip goals.
		EmulatorProcess emulator = (goals.contains("startup") || roundTrips) ? EmulatorProcess.start("-Xmx512m") : null;
		try {
			if (emulator != null && goals.contains("startup")) {
				Path apps = Path.of(System.getProperty("cohesivity.startup-apps", "startup-apps"));
				CohesivityConnection tenant = emulator.createTenantWithDatabase();
				StartupMeasurement startup = smoke ? StartupMeasurement.smoke(apps, tenant) : new StartupMeasurement(
						apps, tenant, Integer.parseInt(option(options, "--startup-rounds", "7")));
				results.addAll(report(startup::measure));
				if (!smoke) {
					System.out.println(startup.breakdown(20));
				}
			}
			if (goals.contains("mapping")) {
				int rows = smoke ? 1_000 : 10_000;
				PairedCpuTimer timer = smoke ? new PairedCpuTimer(Duration.ofMillis(200), Duration.ofMillis(300))
						: new PairedCpuTimer(Duration.ofSeconds(2), Duration.ofSeconds(6));
				RecordMappingCost mapping = new RecordMappingCost(rows, timer);
				results.addAll(report(() -> List.of(mapping.allocation())));
				results.addAll(report(() -> List.of(mapping.cpu())));
			}
			if (emulator != null && roundTrips) {
				try (EmulatorDatabase database = EmulatorDatabase.on(emulator, smoke ? 200 : 10_000)) {
					WireGoalMeasurements wire = new WireGoalMeasurements(database, warmup, length, rounds);
					if (goals.contains("cpu")) {
						results.addAll(report(() -> List.of(wire.clientCpu(32))));
					}
					if (goals.contains("latency")) {
						results.addAll(report(() -> List.of(wire.latency())));
					}
					if (goals.contains("throughput")) {
						results.addAll(report(() -> List.of(wire.throughput(64))));
					}
					if (goals.contains("batch")) {
						results.addAll(report(
								() -> List.of(wire.batchAtLatency(smoke ? 100 : 1_000, Duration.ofMillis(20), 1))));
					}
					if (goals.contains("round-trips")) {
						results.addAll(report(() -> List.of(wire.requestsPerQuery(smoke ? 50 : 2_000),
								wire.mintsPerHalfLifetime(Duration.ofSeconds(smoke ? 2 : 4), smoke ? 2 : 6))));
					}
				}
			}
		}
		finally {
			if (emulator != null) {
				emulator.close();
			}
		}
		System.out.println("## Summary");
		System.out.println();
		System.out.println("| Goal | Ratio | Goal | Met |");
		System.out.println("|---|---:|---|---|");
		for (GoalResult result : results) {
			System.out.printf(Locale.ROOT, "| %s | %.2f× (%s) | %s | %s |%n", result.what(), result.ratio().value(),
					result.ratio().description(), result.goal(), result.met() ? "met" : "not met");
		}
	}

	private static List<GoalResult> report(Measurement measurement) throws Exception {
		String before = loadAverage();
		Instant start = Instant.now();
		List<GoalResult> results = measurement.run();
		String after = loadAverage();
		for (GoalResult result : results) {
			System.out.println("### " + result.what());
			System.out.println();
			System.out.printf(Locale.ROOT, "%s, %d s, load average before %s, after %s%n%n",
					start.truncatedTo(ChronoUnit.SECONDS), Duration.between(start, Instant.now()).toSeconds(), before,
					after);
			System.out.println(result.markdown());
		}
		return results;
	}

	/**
	 * Returns the load averages over 1, 5 and 15 minutes.
	 * @return for example {@code 6.12 / 7.40 / 8.01}
	 */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " / " + fields[1] + " / " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return String.format(Locale.ROOT, "%.2f (1 min)",
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	private static String option(List<String> options, String name, String defaultValue) {
		int index = options.indexOf(name);
		return (index >= 0 && index + 1 < options.size()) ? options.get(index + 1) : defaultValue;
	}

	/**
	 * One goal's measurement.
	 */
	@FunctionalInterface
	private interface Measurement {

		List<GoalResult> run() throws Exception;

	}

}
