/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every edge database benchmark and prints Markdown tables of absolute numbers and
 * ratios against the baselines measured in the same run: the JMH benchmarks
 * ({@link RowMappingBenchmark}, {@link StatementPreparationBenchmark}), the same
 * benchmark methods as baseline/starter pairs by thread CPU time
 * ({@link PairedCpuComparison}, steady on a shared machine), then the round trips against
 * an embedded emulator ({@link RoundTripComparison}). It stops by itself. <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests -Pdatabase-bench
 * mvn -B -q -pl benchmarks -am package -DskipTests -Pdatabase-bench -Ddatabase-bench.args="--full"
 * </pre> Options: {@code --short} (default: JMH {@code -f 1 -wi 3 -i 8 -w 1s -r 500ms};
 * per read comparison 4 s warm-up and 10 s measured per side; paired CPU time 1 s warm-up
 * and 2 s measured per pair) or {@code --full} (JMH {@code -f 2 -wi 5 -i 10 -w 2s -r 1s};
 * 10 s warm-up, 30 s measured; paired 3 s and 10 s); JMH rows compare the best (fastest)
 * measurement iteration of each side and show the mean with its 99.9% error next to it;
 * {@code --smoke} runs every part once, briefly (JMH in this JVM, one 100 ms iteration of
 * each benchmark on 1,000 rows; paired and round trips for a fraction of a second), to
 * prove that they still run: its numbers mean nothing; {@code --jmh-only} (JMH and the
 * paired CPU-time comparison of the same methods), {@code --paired-only} (only the paired
 * comparison) or {@code --round-trips-only}; {@code --callers N} (default 32);
 * {@code --rows N} notes in the emulator (default 10000).
 */
public final class EdgeDatabaseBenchmarks {

	private static final Map<String, String> BASELINES = Map.of("dataClassRowMapper", "handReadJsonNodes",
			"dataClassRowMapperAliasedColumns", "handReadJsonNodes", "beanPropertyRowMapper", "handReadJsonNodes",
			"lambdaRowMapper", "handReadJsonNodes", "templateUpdate", "handUpdate", "templateNamedUpdateInList",
			"handUpdateInList", "templateBatchInsert", "handBatchInsert");

	private static final Map<String, String> DESCRIPTIONS = Map.of("dataClassRowMapper",
			"`EdgeResultSet` + `DataClassRowMapper` (record)", "dataClassRowMapperAliasedColumns",
			"`EdgeResultSet` + `DataClassRowMapper`, columns aliased to component names", "beanPropertyRowMapper",
			"`EdgeResultSet` + `BeanPropertyRowMapper`", "lambdaRowMapper", "`EdgeResultSet` + lambda `RowMapper`",
			"templateUpdate", "`template.update(sql, 3 args)`, canned answer", "templateNamedUpdateInList",
			"`sql(…).param(\"ids\", 50 ids).update()`, `IN (:ids)` expanded, canned answer", "templateBatchInsert",
			"`batchUpdate` of 1,000 rows × 5 columns: rewrite into 50 multi-row INSERTs, canned answers");

	private static final Map<String, String> BASELINE_DESCRIPTIONS = Map.of("handReadJsonNodes",
			"hand-read `JsonNode` rows", "handUpdate", "hand-built body", "handUpdateInList",
			"hand-written `IN (?, …)`", "handBatchInsert", "hand-chunked multi-row INSERTs");

	private EdgeDatabaseBenchmarks() {
	}

	/**
	 * Runs the benchmarks.
	 * @param args the options (see the class documentation)
	 * @throws RunnerException if JMH fails
	 */
	public static void main(String[] args) throws Exception {
		List<String> options = List.of(args);
		boolean full = options.contains("--full");
		boolean smoke = options.contains("--smoke");
		int callers = Integer.parseInt(option(options, "--callers", "32"));
		int rows = Integer.parseInt(option(options, "--rows", smoke ? "200" : "10000"));
		System.out.printf(Locale.ROOT, "Edge database benchmarks (%s mode) on %d CPUs, %s %s%n",
				full ? "full" : smoke ? "smoke: the numbers mean nothing" : "short",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"));
		if (!options.contains("--round-trips-only")) {
			if (!options.contains("--paired-only")) {
				System.out.println();
				System.out.println(ResultTable.markdown(jmh(full, smoke)));
			}
			PairedCpuTimer timer = full ? new PairedCpuTimer(Duration.ofSeconds(3), Duration.ofSeconds(10))
					: smoke ? new PairedCpuTimer(Duration.ofMillis(20), Duration.ofMillis(40))
							: new PairedCpuTimer(Duration.ofSeconds(1), Duration.ofSeconds(2));
			List<Comparison> paired = new PairedCpuComparison(timer).run();
			System.out.println();
			System.out.println(ResultTable.markdown(paired));
			System.out.println("(paired-batch checksum " + timer.sink() + ")");
		}
		if (!options.contains("--jmh-only")) {
			System.out.println();
			System.out.println(ResultTable
				.markdown(full ? roundTrips(Duration.ofSeconds(10), Duration.ofSeconds(30), callers, rows, false)
						: smoke ? roundTrips(Duration.ofMillis(200), Duration.ofMillis(400), Math.min(callers, 8), rows,
								true)
								: roundTrips(Duration.ofSeconds(4), Duration.ofSeconds(10), callers, rows, false)));
		}
	}

	private static List<Comparison> jmh(boolean full, boolean smoke) throws RunnerException {
		ChainedOptionsBuilder builder = new OptionsBuilder().include(RowMappingBenchmark.class.getName())
			.include(StatementPreparationBenchmark.class.getName())
			.jvmArgs("-Xms1g", "-Xmx1g")
			.shouldFailOnError(true);
		if (smoke) {
			builder.forks(0)
				.param("rows", "1000")
				.warmupIterations(0)
				.measurementIterations(1)
				.measurementTime(TimeValue.milliseconds(100));
		}
		else if (full) {
			builder.forks(2)
				.warmupIterations(5)
				.measurementIterations(10)
				.warmupTime(TimeValue.seconds(2))
				.measurementTime(TimeValue.seconds(1));
		}
		else {
			builder.forks(1)
				.warmupIterations(3)
				.measurementIterations(8)
				.warmupTime(TimeValue.seconds(1))
				.measurementTime(TimeValue.milliseconds(500));
		}
		Collection<RunResult> results = new Runner(builder.build()).run();
		return comparisons(results);
	}

	/**
	 * Pairs each starter benchmark with its baseline of the same parameters.
	 */
	private static List<Comparison> comparisons(Collection<RunResult> results) {
		Map<String, RunResult> byKey = new HashMap<>();
		for (RunResult result : results) {
			byKey.put(key(result), result);
		}
		List<Comparison> comparisons = new ArrayList<>();
		for (RunResult result : results) {
			String method = method(result);
			String baselineMethod = BASELINES.get(method);
			if (baselineMethod == null) {
				continue;
			}
			String rowsParam = result.getParams().getParam("rows");
			RunResult baselineRun = byKey.get(key(baselineMethod, rowsParam));
			if (baselineRun == null) {
				throw new IllegalStateException("No baseline " + baselineMethod + " for " + method);
			}
			String measurement = ((rowsParam != null)
					? "Map " + String.format(Locale.ROOT, "%,d", Integer.parseInt(rowsParam)) + " rows: " : "Prepare: ")
					+ DESCRIPTIONS.get(method);
			comparisons.add(new Comparison(measurement, BASELINE_DESCRIPTIONS.get(baselineMethod),
					result.getPrimaryResult().getScoreUnit() + ", best iteration", false, bestIteration(baselineRun),
					bestIteration(result), meanWithError(baselineRun), meanWithError(result)));
		}
		return comparisons;
	}

	/**
	 * The fastest measurement iteration: on a shared machine, other processes only ever
	 * add time, so the minimum is the steadiest estimate of the code's own cost.
	 */
	private static double bestIteration(RunResult result) {
		double best = Double.MAX_VALUE;
		for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
			for (IterationResult iteration : benchmark.getIterationResults()) {
				best = Math.min(best, iteration.getPrimaryResult().getScore());
			}
		}
		return best;
	}

	private static String meanWithError(RunResult result) {
		Result<?> primary = result.getPrimaryResult();
		return "mean " + Comparison.number(primary.getScore()) + " ± " + Comparison.number(primary.getScoreError());
	}

	private static List<Comparison> roundTrips(Duration warmup, Duration length, int callers, int rows, boolean smoke) {
		int rounds = smoke ? 2 : 5;
		List<Comparison> comparisons = new ArrayList<>();
		try (EmulatorDatabase database = EmulatorDatabase.start(rows)) {
			RoundTripComparison roundTrips = new RoundTripComparison(database);
			comparisons.addAll(roundTrips.sequentialRead(warmup, length, rounds));
			comparisons.addAll(roundTrips.concurrentRead(warmup, length, rounds, callers));
			comparisons.addAll((smoke) ? roundTrips.batchInsert(100, 1)
					: roundTrips.batchInsert(StatementPreparationBenchmark.BATCH_ROWS, 3));
		}
		return comparisons;
	}

	private static String key(RunResult result) {
		return key(method(result), result.getParams().getParam("rows"));
	}

	private static String key(String method, String rowsParam) {
		return method + "|" + rowsParam;
	}

	private static String method(RunResult result) {
		String benchmark = result.getParams().getBenchmark();
		return benchmark.substring(benchmark.lastIndexOf('.') + 1);
	}

	private static String option(List<String> options, String name, String defaultValue) {
		int index = options.indexOf(name);
		return (index >= 0 && index + 1 < options.size()) ? options.get(index + 1) : defaultValue;
	}

}
