/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

/**
 * Calls completed by a closed-loop load over some time; summable over rounds.
 *
 * @param calls the calls that returned the expected row
 * @param failures the calls that failed or returned another row
 * @param nanos the measured time
 * @param cpuNanos the CPU time the whole process used meanwhile (client and embedded
 * emulator), or a negative value if unknown
 */
public record LoadMeasurement(long calls, long failures, long nanos, long cpuNanos) {

	/** Nothing measured yet. */
	public static final LoadMeasurement NONE = new LoadMeasurement(0, 0, 0, 0);

	/**
	 * Adds another measurement.
	 * @param other the measurement to add
	 * @return the sum
	 */
	public LoadMeasurement plus(LoadMeasurement other) {
		long cpu = (this.cpuNanos < 0 || other.cpuNanos < 0) ? -1 : this.cpuNanos + other.cpuNanos;
		return new LoadMeasurement(this.calls + other.calls, this.failures + other.failures, this.nanos + other.nanos,
				cpu);
	}

	/**
	 * Returns the successful calls per second.
	 * @return the throughput
	 */
	public double callsPerSecond() {
		return (this.nanos == 0) ? 0 : this.calls * 1e9 / this.nanos;
	}

	/**
	 * Returns the process CPU time per successful call.
	 * @return microseconds of CPU per call, or {@code NaN} if unknown
	 */
	public double cpuMicrosPerCall() {
		return (this.cpuNanos < 0 || this.calls == 0) ? Double.NaN : this.cpuNanos / 1e3 / this.calls;
	}

}
