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
 */
record LoadResult(String name, long requests, long errors, Duration window, LatencyHistogram latencies) {

	double perSecond() {
		return this.requests / (this.window.toNanos() / 1e9);
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
