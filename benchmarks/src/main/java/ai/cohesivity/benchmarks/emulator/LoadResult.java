package ai.cohesivity.benchmarks.emulator;

import java.time.Duration;
import java.util.Locale;

/**
 * What one measured phase achieved.
 *
 * @param name what was measured
 * @param requests successful requests in the measured window
 * @param errors failed or unexpected answers in the measured window
 * @param window the measured window
 * @param latencies the latency of each successful request
 * @param serverCpuNanos CPU time the emulator's threads used in the window (0 when not
 * embedded)
 * @param clientCpuNanos CPU time the driver's event-loop threads used in the window
 */
record LoadResult(String name, long requests, long errors, Duration window, LatencyHistogram latencies,
		long serverCpuNanos, long clientCpuNanos) {

	double perSecond() {
		return this.requests / (this.window.toNanos() / 1e9);
	}

	double serverCpuMicrosPerRequest() {
		return (this.requests > 0) ? this.serverCpuNanos / 1e3 / this.requests : 0;
	}

	double clientCpuMicrosPerRequest() {
		return (this.requests > 0) ? this.clientCpuNanos / 1e3 / this.requests : 0;
	}

	/**
	 * Requests per second the emulator alone could serve if it had {@code cores} CPUs to
	 * itself.
	 */
	double serverCapacity(int cores) {
		double micros = serverCpuMicrosPerRequest();
		return (micros > 0) ? cores * 1e6 / micros : 0;
	}

	String describeCpu(int cores) {
		return String.format(Locale.ROOT,
				"%-28s CPU per request: emulator %6.1f us, driver %6.1f us -> emulator CPU-bound capacity on %d cores"
						+ " %,9.0f req/s (with the driver on the same cores %,9.0f req/s)",
				this.name, serverCpuMicrosPerRequest(), clientCpuMicrosPerRequest(), cores, serverCapacity(cores),
				cores * 1e6 / Math.max(1e-9, serverCpuMicrosPerRequest() + clientCpuMicrosPerRequest()));
	}

	String describe() {
		return String.format(Locale.ROOT,
				"%-28s %,10d req  %,9.0f req/s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  p99.9 %6.2f ms  max %7.2f ms"
						+ "  errors %d",
				this.name, this.requests, perSecond(), this.latencies.percentileMillis(50),
				this.latencies.percentileMillis(90), this.latencies.percentileMillis(99),
				this.latencies.percentileMillis(99.9), this.latencies.maxMillis(), this.errors);
	}

}
