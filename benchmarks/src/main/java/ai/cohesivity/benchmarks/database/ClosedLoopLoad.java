/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Closed-loop callers (each sends its next call when the previous answered) reading
 * random notes by title for a bounded time. A call counts only when it returns the row
 * asked for.
 */
public final class ClosedLoopLoad {

	private final int rows;

	/**
	 * Creates a load over notes 1 to {@code rows}.
	 * @param rows the number of notes in the table
	 */
	public ClosedLoopLoad(int rows) {
		this.rows = rows;
	}

	/**
	 * Runs one caller on this thread, blocking on each call.
	 * @param length how long to run
	 * @param findByTitle the blocking call
	 * @return the measurement
	 */
	public LoadMeasurement sequential(Duration length, Function<String, Note> findByTitle) {
		return sequential(length, findByTitle, new Latencies());
	}

	/**
	 * Runs one caller on this thread, blocking on each call, and records the latency of
	 * every successful call.
	 * @param length how long to run
	 * @param findByTitle the blocking call
	 * @param latencies receives the latency of each call that returned the right row
	 * @return the measurement
	 */
	public LoadMeasurement sequential(Duration length, Function<String, Note> findByTitle, Latencies latencies) {
		long calls = 0;
		long failures = 0;
		long cpuStart = ProcessCpu.nanos();
		long start = System.nanoTime();
		long end = start + length.toNanos();
		long now = start;
		while (now < end) {
			long id = randomId();
			String title = "note-" + id;
			long callStart = System.nanoTime();
			boolean right;
			try {
				right = findByTitle.apply(title).id() == id;
			}
			catch (RuntimeException ex) {
				right = false;
			}
			now = System.nanoTime();
			if (right) {
				calls++;
				latencies.record(now - callStart);
			}
			else {
				failures++;
			}
		}
		return new LoadMeasurement(calls, failures, now - start, cpuSince(cpuStart));
	}

	/**
	 * Runs {@code callers} concurrent callers on the calls' own (event-loop) threads.
	 * @param length how long to run
	 * @param callers the number of concurrent callers
	 * @param findByTitle the non-blocking call
	 * @return the measurement
	 */
	public LoadMeasurement concurrent(Duration length, int callers, Function<String, Mono<Note>> findByTitle) {
		LongAdder calls = new LongAdder();
		LongAdder failures = new LongAdder();
		// Set when the callers start, after the pipelines are built.
		AtomicLong deadline = new AtomicLong(Long.MAX_VALUE);
		List<Flux<Boolean>> loops = new ArrayList<>(callers);
		for (int i = 0; i < callers; i++) {
			// Counted inside each call's own chain, when its answer arrives: an operator
			// queue
			// further down (merge) may hand the signal on later.
			loops.add(Mono.defer(() -> {
				long id = randomId();
				return findByTitle.apply("note-" + id)
					.map((note) -> note.id() == id)
					.onErrorReturn(false)
					.defaultIfEmpty(false)
					.doOnNext((ok) -> {
						if (System.nanoTime() <= deadline.get()) {
							(ok ? calls : failures).increment();
						}
					});
			}).repeat(() -> System.nanoTime() < deadline.get()));
		}
		Flux<Boolean> merged = Flux.merge(loops);
		long cpuStart = ProcessCpu.nanos();
		long start = System.nanoTime();
		deadline.set(start + length.toNanos());
		merged.then().block(length.plusSeconds(30));
		long nanos = Math.min(System.nanoTime(), deadline.get()) - start;
		return new LoadMeasurement(calls.sum(), failures.sum(), nanos, cpuSince(cpuStart));
	}

	/**
	 * Warms every side up, then runs one slice per side per round, alternating, so that
	 * background load on a shared machine hits all sides alike.
	 * @param warmup the unmeasured time per side before the rounds
	 * @param length the measured time per side, split over the rounds
	 * @param rounds the number of rounds
	 * @param sides runs a side for a given time
	 * @return the summed measurements, in the order of the sides
	 * @throws IllegalStateException if a side had failed calls or none at all
	 */
	public static LoadMeasurement[] alternate(Duration warmup, Duration length, int rounds,
			List<Function<Duration, LoadMeasurement>> sides) {
		Duration slice = length.dividedBy(rounds);
		sides.forEach((side) -> side.apply(warmup));
		LoadMeasurement[] totals = new LoadMeasurement[sides.size()];
		Arrays.fill(totals, LoadMeasurement.NONE);
		for (int round = 0; round < rounds; round++) {
			for (int side = 0; side < sides.size(); side++) {
				totals[side] = totals[side].plus(sides.get(side).apply(slice));
			}
		}
		for (int side = 0; side < totals.length; side++) {
			LoadMeasurement total = totals[side];
			if (total.failures() > 0 || total.calls() == 0) {
				throw new IllegalStateException(
						"The " + ((side == 0) ? "baseline" : "side " + side) + " had " + total.failures()
								+ " failed calls and " + total.calls() + " good ones; its numbers would mean nothing");
			}
		}
		return totals;
	}

	private static long cpuSince(long cpuStart) {
		return (cpuStart < 0) ? -1 : ProcessCpu.nanos() - cpuStart;
	}

	private long randomId() {
		return 1 + ThreadLocalRandom.current().nextInt(this.rows);
	}

}
