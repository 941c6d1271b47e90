/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Measures a baseline and a starter operation on this thread in alternating short
 * batches, by thread CPU time, and reports medians. Time the scheduler gives to other
 * processes is not this thread's CPU time, and a load change hits the two batches of a
 * pair alike, so on a shared, noisy machine the paired ratio is far steadier than two
 * wall-clock measurements taken minutes apart. It complements JMH (which measures
 * wall-clock time, one benchmark after the other); it does not replace it on a quiet
 * machine.
 */
public final class PairedCpuTimer {

	private static final long TARGET_BATCH_NANOS = 5_000_000;

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private final Duration warmup;

	private final Duration measurement;

	private int sink;

	/**
	 * Creates a timer. Both durations are CPU time of this thread, so that a loaded
	 * machine stretches the run instead of shortening the warm-up.
	 * @param warmup how much CPU time to spend running both operations, alternating,
	 * before measuring
	 * @param measurement how much CPU time to spend on the measured pairs
	 */
	public PairedCpuTimer(Duration warmup, Duration measurement) {
		if (!this.threads.isCurrentThreadCpuTimeSupported()) {
			throw new IllegalStateException("This JVM cannot measure thread CPU time");
		}
		this.warmup = warmup;
		this.measurement = measurement;
	}

	/**
	 * Measures the two operations.
	 * @param baseline the baseline operation
	 * @param starter the starter's operation
	 * @return the medians of CPU time per operation and of the per-pair ratios
	 * @throws Exception if an operation fails
	 */
	public PairedResult measure(Callable<?> baseline, Callable<?> starter) throws Exception {
		int baselineBatch = calibrate(baseline);
		int starterBatch = calibrate(starter);
		runPairs(baseline, baselineBatch, starter, starterBatch, this.warmup);
		List<double[]> pairs = runPairs(baseline, baselineBatch, starter, starterBatch, this.measurement);
		List<Double> baselineNanos = new ArrayList<>(pairs.size());
		List<Double> starterNanos = new ArrayList<>(pairs.size());
		List<Double> ratios = new ArrayList<>(pairs.size());
		for (double[] pair : pairs) {
			baselineNanos.add(pair[0]);
			starterNanos.add(pair[1]);
			ratios.add(pair[1] / pair[0]);
		}
		return new PairedResult(median(baselineNanos) / 1e3, median(starterNanos) / 1e3, median(ratios), pairs.size());
	}

	/**
	 * Runs alternating batches until this thread has used {@code length} of CPU time.
	 * @return per pair, the baseline's and the starter's CPU nanoseconds per operation
	 */
	private List<double[]> runPairs(Callable<?> baseline, int baselineBatch, Callable<?> starter, int starterBatch,
			Duration length) throws Exception {
		List<double[]> pairs = new ArrayList<>();
		long end = this.threads.getCurrentThreadCpuTime() + length.toNanos();
		boolean baselineFirst = true;
		while (this.threads.getCurrentThreadCpuTime() < end || pairs.isEmpty()) {
			double baselineNanos;
			double starterNanos;
			if (baselineFirst) {
				baselineNanos = cpuNanosPerOperation(baseline, baselineBatch);
				starterNanos = cpuNanosPerOperation(starter, starterBatch);
			}
			else {
				starterNanos = cpuNanosPerOperation(starter, starterBatch);
				baselineNanos = cpuNanosPerOperation(baseline, baselineBatch);
			}
			baselineFirst = !baselineFirst;
			pairs.add(new double[] { baselineNanos, starterNanos });
		}
		return pairs;
	}

	/**
	 * Finds how many operations take about {@link #TARGET_BATCH_NANOS} of CPU: grows the
	 * batch until one takes a measurable share of it, then takes the cheapest of three
	 * runs of that batch, so that one hiccup (a GC pause, a compilation) cannot shrink
	 * the batches to a few operations whose timing would be mostly the clock's own cost.
	 */
	private int calibrate(Callable<?> operation) throws Exception {
		int batch = 1;
		while (batch < 1_000_000 && cpuNanosPerOperation(operation, batch) * batch < TARGET_BATCH_NANOS / 4) {
			batch *= 2;
		}
		double perOperation = Double.MAX_VALUE;
		for (int run = 0; run < 3; run++) {
			perOperation = Math.min(perOperation, cpuNanosPerOperation(operation, batch));
		}
		return (int) Math.max(1, Math.min(1_000_000, TARGET_BATCH_NANOS / Math.max(1, perOperation)));
	}

	private double cpuNanosPerOperation(Callable<?> operation, int batch) throws Exception {
		long start = this.threads.getCurrentThreadCpuTime();
		for (int i = 0; i < batch; i++) {
			this.sink += System.identityHashCode(operation.call());
		}
		return (double) (this.threads.getCurrentThreadCpuTime() - start) / batch;
	}

	/**
	 * Returns a value that depends on every result, so that no operation can be optimized
	 * away.
	 * @return the accumulated identity hashes
	 */
	public int sink() {
		return this.sink;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/**
	 * The medians of a paired measurement.
	 *
	 * @param baselineMicros the baseline's median CPU microseconds per operation
	 * @param starterMicros the starter's median CPU microseconds per operation
	 * @param medianRatio the median of the per-pair ratios starter ÷ baseline
	 * @param pairs the number of measured pairs
	 */
	public record PairedResult(double baselineMicros, double starterMicros, double medianRatio, int pairs) {

	}

}
