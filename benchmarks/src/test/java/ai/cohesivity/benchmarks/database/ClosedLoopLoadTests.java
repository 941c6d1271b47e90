/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call counts only when it returns the row asked for.
 */
class ClosedLoopLoadTests {

	private final ClosedLoopLoad load = new ClosedLoopLoad(100);

	@Test
	void sequentialCountsRightRowsAsCalls() {
		LoadMeasurement measurement = this.load.sequential(Duration.ofMillis(200), EmulatorDatabaseFree::find);
		assertThat(measurement.calls()).isPositive();
		assertThat(measurement.failures()).isZero();
	}

	@Test
	void sequentialCountsWrongRowsAndErrorsAsFailures() {
		LoadMeasurement wrong = this.load.sequential(Duration.ofMillis(200), (title) -> NoteRows.note(1000));
		LoadMeasurement failing = this.load.sequential(Duration.ofMillis(200), (title) -> {
			throw new IllegalStateException("down");
		});
		assertThat(wrong.calls()).isZero();
		assertThat(wrong.failures()).isPositive();
		assertThat(failing.calls()).isZero();
		assertThat(failing.failures()).isPositive();
	}

	@Test
	void concurrentCountsRightRowsAsCallsAndEverythingElseAsFailures() {
		LoadMeasurement right = this.load.concurrent(Duration.ofMillis(200), 4,
				(title) -> Mono.fromSupplier(() -> EmulatorDatabaseFree.find(title)));
		LoadMeasurement wrong = this.load.concurrent(Duration.ofMillis(200), 4,
				(title) -> Mono.error(new IllegalStateException("down")));
		assertThat(right.calls()).isPositive();
		assertThat(right.failures()).isZero();
		assertThat(wrong.calls()).isZero();
		assertThat(wrong.failures()).isPositive();
	}

	/**
	 * Finds notes without a database: the title names the id.
	 */
	private static final class EmulatorDatabaseFree {

		static Note find(String title) {
			return NoteRows.note(Long.parseLong(title.substring("note-".length())));
		}

	}

}
