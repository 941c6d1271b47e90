/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Duration;
import java.util.ArrayList;
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
		long calls = 0;
		long failures = 0;
		long cpuStart = ProcessCpu.nanos();
		long start = System.nanoTime();
		long end = start + length.toNanos();
		long now = start;
		while (now < end) {
			long id = randomId();
			try {
				if (findByTitle.apply("note-" + id).id() == id) {
					calls++;
				}
				else {
					failures++;
				}
			}
			catch (RuntimeException ex) {
				failures++;
			}
			now = System.nanoTime();
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

	private static long cpuSince(long cpuStart) {
		return (cpuStart < 0) ? -1 : ProcessCpu.nanos() - cpuStart;
	}

	private long randomId() {
		return 1 + ThreadLocalRandom.current().nextInt(this.rows);
	}

}
