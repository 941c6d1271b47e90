package ai.cohesivity.benchmarks.emulator;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * One endpoint under load: how to send a request (answering whether the answer was right)
 * and what was measured so far, across rounds.
 */
final class LoadPhase {

	private final String name;

	private final Supplier<Mono<Boolean>> request;

	private final LatencyHistogram latencies = new LatencyHistogram();

	private final LongAdder errors = new LongAdder();

	private Duration measured = Duration.ZERO;

	private long serverCpuNanos;

	private long clientCpuNanos;

	LoadPhase(String name, Supplier<Mono<Boolean>> request) {
		this.name = name;
		this.request = request;
	}

	Supplier<Mono<Boolean>> request() {
		return this.request;
	}

	void record(boolean ok, long nanos) {
		if (ok) {
			this.latencies.record(nanos);
		}
		else {
			this.errors.increment();
		}
	}

	void measured(Duration length, long serverCpuNanos, long clientCpuNanos) {
		this.measured = this.measured.plus(length);
		this.serverCpuNanos += serverCpuNanos;
		this.clientCpuNanos += clientCpuNanos;
	}

	LoadResult result() {
		return new LoadResult(this.name, this.latencies.count(), this.errors.sum(), this.measured, this.latencies,
				this.serverCpuNanos, this.clientCpuNanos);
	}

}
