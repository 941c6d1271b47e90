package ai.cohesivity.benchmarks.emulator;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * A lock-free latency histogram with one-microsecond buckets up to one second (slower
 * samples share the last bucket; the maximum is kept exactly).
 */
final class LatencyHistogram {

	private static final int BUCKETS = 1_000_001;

	private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

	private final LongAdder total = new LongAdder();

	private final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);

	void record(long nanos) {
		this.counts.incrementAndGet((int) Math.min(BUCKETS - 1, nanos / 1_000));
		this.total.increment();
		this.maxNanos.accumulate(nanos);
	}

	long count() {
		return this.total.sum();
	}

	/**
	 * The latency in milliseconds below which {@code percentile} percent of the samples
	 * fall.
	 */
	double percentileMillis(double percentile) {
		long samples = count();
		if (samples == 0) {
			return 0;
		}
		long rank = (long) Math.ceil(samples * percentile / 100.0);
		long seen = 0;
		for (int micros = 0; micros < BUCKETS; micros++) {
			seen += this.counts.get(micros);
			if (seen >= rank) {
				return micros / 1_000.0;
			}
		}
		return maxMillis();
	}

	double maxMillis() {
		return this.maxNanos.get() / 1_000_000.0;
	}

}
