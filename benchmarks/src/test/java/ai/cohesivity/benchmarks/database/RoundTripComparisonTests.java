/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.core.DataClassRowMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round-trip comparison against an embedded emulator compares like with like: the raw
 * {@code WebClient} baseline, the blocking template and the reactive client read the same
 * row, and a rewritten batch writes the same table as single updates in fewer requests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundTripComparisonTests {

	private EmulatorDatabase database;

	private RoundTripComparison comparison;

	@BeforeAll
	void start() {
		this.database = EmulatorDatabase.start(200);
		this.comparison = new RoundTripComparison(this.database);
	}

	@AfterAll
	void stop() {
		this.database.close();
	}

	@Test
	void baselineTemplateReactiveClientAndEdgeClientReadTheSameRow() {
		RawEdgeDatabaseCalls raw = new RawEdgeDatabaseCalls(this.database.baseUrl(), this.database.edgeToken());
		Note byRaw = raw.findByTitle("note-42").block();
		Note byTemplate = this.database.template()
			.queryForObject(EmulatorDatabase.SELECT_BY_TITLE, new DataClassRowMapper<>(Note.class), "note-42");
		Note byReactive = this.database.reactiveClient()
			.sql(EmulatorDatabase.SELECT_BY_TITLE)
			.bind(0, "note-42")
			.mapProperties(Note.class)
			.one()
			.block();
		Note byEdgeClient = this.database.edgeClient()
			.post(EmulatorDatabase.PATH, RawEdgeDatabaseCalls.body("note-42"), true)
			.map((answer) -> RawEdgeDatabaseCalls.readOne(answer, "note-42"))
			.block();
		assertThat(byRaw).isEqualTo(NoteRows.note(42));
		assertThat(byEdgeClient).isEqualTo(byRaw);
		assertThat(byTemplate).isEqualTo(byRaw);
		assertThat(byReactive).isEqualTo(byRaw);
	}

	@Test
	void sequentialAndConcurrentReadsCompleteWithoutFailures() {
		List<Comparison> sequential = this.comparison.sequentialRead(Duration.ofMillis(100), Duration.ofMillis(200), 2);
		List<Comparison> concurrent = this.comparison.concurrentRead(Duration.ofMillis(100), Duration.ofMillis(200), 2,
				8);
		assertThat(sequential).hasSize(2);
		assertThat(concurrent).hasSize(6);
		for (Comparison read : List.of(sequential.get(0), concurrent.get(0), concurrent.get(2), concurrent.get(4))) {
			assertThat(read.unit()).isEqualTo("calls/s");
			assertThat(read.baselineValue()).isPositive();
			assertThat(read.starterValue()).isPositive();
		}
	}

	@Test
	void batchWritesTheSameRowsAsSingleUpdatesInOneRequestPerChunk() {
		long before = this.database.databaseRequests();
		List<Comparison> batch = this.comparison.batchInsert(100, 1);
		assertThat(batch).hasSize(2);
		Comparison requests = batch.get(1);
		assertThat(requests.unit()).startsWith("HTTP requests");
		assertThat(requests.baselineValue()).isEqualTo(100);
		// The values are inlined as SQLite literals: the 100 rows fit in one request.
		assertThat(requests.starterValue()).isEqualTo(1);
		// Two rounds (one warm-up), each: schema, rows, one read-back per side.
		assertThat(this.database.databaseRequests() - before).isEqualTo(2 * (100 + 1 + 2 * 2));
	}

}
