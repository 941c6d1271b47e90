/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.util.Arrays;

/**
 * The latencies of one caller's calls, kept exactly (one {@code long} per call), for
 * percentiles over all rounds of a side. Not thread-safe: one caller records.
 */
public final class Latencies {

	private long[] nanos = new long[1024];

	private int count;

	/**
	 * Records one call.
	 * @param callNanos how long the call took
	 */
	public void record(long callNanos) {
		if (this.count == this.nanos.length) {
			this.nanos = Arrays.copyOf(this.nanos, this.nanos.length * 2);
		}
		this.nanos[this.count++] = callNanos;
	}

	/**
	 * Returns the number of recorded calls.
	 * @return the count
	 */
	public int count() {
		return this.count;
	}

	/**
	 * Returns a percentile of the recorded latencies (nearest rank).
	 * @param percentile from 0 (exclusive) to 100
	 * @return the latency in microseconds, or {@code NaN} if nothing was recorded
	 */
	public double percentileMicros(double percentile) {
		if (this.count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.nanos, this.count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(this.count * percentile / 100.0);
		return sorted[Math.max(0, Math.min(this.count - 1, rank - 1))] / 1e3;
	}

}
