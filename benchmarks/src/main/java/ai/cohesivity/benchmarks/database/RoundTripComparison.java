/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import ai.cohesivity.database.EdgeDatabaseTemplate;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient;
import ai.cohesivity.edge.EdgeClient;
import reactor.core.publisher.Mono;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * Round trips to the embedded emulator over loopback HTTP, the starter against a
 * hand-written baseline in the same run: an indexed read sequentially (blocking template
 * against a blocked raw {@code WebClient} call) and with concurrent callers (reactive
 * client against the raw {@code WebClient} call), and a batch of rows
 * ({@code batchUpdate} against single {@code update} calls, with the requests counted at
 * the emulator). Baseline and starter alternate in rounds so that background load on a
 * shared machine hits both alike.
 */
public final class RoundTripComparison {

	private static final String BATCH_TABLE = "batch_notes";

	private static final RowMapper<Note> NOTE_BY_LABEL = (resultSet, rowNum) -> new Note(resultSet.getLong("id"),
			resultSet.getString("title"), resultSet.getBoolean("done"), resultSet.getDouble("price"),
			resultSet.getObject("created_at", Instant.class));

	private final EmulatorDatabase database;

	private final ClosedLoopLoad load;

	private final RawEdgeDatabaseCalls raw;

	/**
	 * Creates the comparison.
	 * @param database the started emulator database
	 */
	public RoundTripComparison(EmulatorDatabase database) {
		this.database = database;
		this.load = new ClosedLoopLoad(database.rows());
		this.raw = new RawEdgeDatabaseCalls(database.baseUrl(), database.edgeToken());
	}

	/**
	 * Compares the blocking template's {@code queryForObject} of an indexed row with a
	 * blocked raw {@code WebClient} call, one caller at a time.
	 * @param warmup the unmeasured time per side before the rounds
	 * @param length the measured time per side, split over the rounds
	 * @param rounds the number of alternating rounds
	 * @return the comparisons: calls per second, and process CPU per call
	 */
	public List<Comparison> sequentialRead(Duration warmup, Duration length, int rounds) {
		EdgeDatabaseTemplate template = this.database.template();
		Function<String, Note> baseline = (title) -> this.raw.findByTitle(title).block();
		Function<String, Note> starter = (title) -> template.queryForObject(EmulatorDatabase.SELECT_BY_TITLE,
				new DataClassRowMapper<>(Note.class), title);
		LoadMeasurement[] totals = ClosedLoopLoad.alternate(warmup, length, rounds, List
			.of((slice) -> this.load.sequential(slice, baseline), (slice) -> this.load.sequential(slice, starter)));
		return readComparisons("Indexed read, 1 caller, blocking: `queryForObject(…, DataClassRowMapper)`",
				"blocked raw `WebClient` POST, row read by hand", totals[0], totals[1]);
	}

	/**
	 * Compares the reactive client's {@code one()} of an indexed row with the raw
	 * {@code WebClient} call, with concurrent closed-loop callers. Two more sides split
	 * the starter's cost: the reactive client with a lambda {@code RowMapper} instead of
	 * {@code DataClassRowMapper}, and the starter's {@code EdgeClient} alone with the row
	 * read by hand (transport only).
	 * @param warmup the unmeasured time per side before the rounds
	 * @param length the measured time per side, split over the rounds
	 * @param rounds the number of alternating rounds
	 * @param callers the number of concurrent callers
	 * @return the comparisons: calls per second and process CPU per call, for the
	 * reactive client with {@code mapProperties}, with a lambda mapper, and for the edge
	 * client alone
	 */
	public List<Comparison> concurrentRead(Duration warmup, Duration length, int rounds, int callers) {
		ReactiveEdgeDatabaseClient client = this.database.reactiveClient();
		EdgeClient edgeClient = this.database.edgeClient();
		Function<String, Mono<Note>> starter = (
				title) -> client.sql(EmulatorDatabase.SELECT_BY_TITLE).bind(0, title).mapProperties(Note.class).one();
		Function<String, Mono<Note>> lambdaMapper = (
				title) -> client.sql(EmulatorDatabase.SELECT_BY_TITLE).bind(0, title).map(NOTE_BY_LABEL).one();
		Function<String, Mono<Note>> transportOnly = (title) -> edgeClient
			.post(EmulatorDatabase.PATH, RawEdgeDatabaseCalls.body(title), true)
			.map((answer) -> RawEdgeDatabaseCalls.readOne(answer, title));
		LoadMeasurement[] totals = ClosedLoopLoad.alternate(warmup, length, rounds,
				List.of((slice) -> this.load.concurrent(slice, callers, this.raw::findByTitle),
						(slice) -> this.load.concurrent(slice, callers, starter),
						(slice) -> this.load.concurrent(slice, callers, lambdaMapper),
						(slice) -> this.load.concurrent(slice, callers, transportOnly)));
		String baseline = "raw `WebClient` POST, row read by hand";
		List<Comparison> comparisons = new ArrayList<>(readComparisons(
				"Indexed read, " + callers + " concurrent callers: reactive `sql(…).bind(…).mapProperties(…).one()`",
				baseline, totals[0], totals[1]));
		comparisons.addAll(readComparisons("Indexed read, " + callers + " concurrent callers: reactive "
				+ "`sql(…).bind(…).map(lambda RowMapper).one()`", baseline, totals[0], totals[2]));
		comparisons.addAll(readComparisons(
				"Indexed read, " + callers + " concurrent callers: the starter's "
						+ "`EdgeClient.post` only (tokens, retries, error mapping), row read by hand",
				baseline, totals[0], totals[3]));
		return comparisons;
	}

	/**
	 * Compares {@code batchUpdate} of {@code rows} rows with {@code rows} single
	 * {@code update} calls, by time and by the requests the emulator received. Each side
	 * starts from an empty table and must leave exactly the expected rows.
	 * @param rows the rows per batch
	 * @param rounds the number of alternating rounds
	 * @return the comparisons: milliseconds per batch, and requests per batch
	 */
	public List<Comparison> batchInsert(int rows, int rounds) {
		return batchInsert(rows, 1, rounds);
	}

	/**
	 * Compares {@code batchUpdate} of {@code rows} rows with {@code rows} single
	 * {@code update} calls, like {@link #batchInsert(int, int)}, with a chosen number of
	 * unmeasured rounds first.
	 * @param rows the rows per batch
	 * @param warmupRounds the unmeasured rounds
	 * @param rounds the measured rounds
	 * @return the comparisons: milliseconds per batch, and requests per batch
	 */
	public List<Comparison> batchInsert(int rows, int warmupRounds, int rounds) {
		EdgeDatabaseTemplate template = this.database.template();
		List<Object[]> values = NoteRows.valuesUpTo(rows);
		String insert = NoteRows.insert(BATCH_TABLE);
		BatchRun baseline = BatchRun.NONE;
		BatchRun starter = BatchRun.NONE;
		for (int round = 0; round < warmupRounds + rounds; round++) {
			BatchRun single = batchRun(rows, () -> {
				for (Object[] row : values) {
					template.update(insert, row);
				}
			});
			BatchRun batched = batchRun(rows, () -> template.batchUpdate(insert, values));
			if (round >= warmupRounds) {
				baseline = baseline.plus(single);
				starter = starter.plus(batched);
			}
		}
		String measurement = "Insert " + rows + " rows: `batchUpdate` (multi-row INSERT rewrite)";
		String baselineName = rows + " single `update` calls";
		return List.of(
				Comparison.of(measurement, baselineName, "ms per " + rows + " rows", false,
						baseline.nanos() / 1e6 / rounds, starter.nanos() / 1e6 / rounds),
				Comparison.of(measurement, baselineName, "HTTP requests per " + rows + " rows", false,
						(double) baseline.requests() / rounds, (double) starter.requests() / rounds));
	}

	private static List<Comparison> readComparisons(String measurement, String baseline, LoadMeasurement baselineTotal,
			LoadMeasurement starterTotal) {
		return List.of(
				Comparison.of(measurement, baseline, "calls/s", true, baselineTotal.callsPerSecond(),
						starterTotal.callsPerSecond()),
				Comparison.of(measurement, baseline, "process CPU µs per call (client + emulator)", false,
						baselineTotal.cpuMicrosPerCall(), starterTotal.cpuMicrosPerCall()));
	}

	/**
	 * Runs one batch into a fresh table and checks that exactly the expected rows were
	 * written.
	 */
	private BatchRun batchRun(int rows, Runnable insertRows) {
		EdgeDatabaseTemplate template = this.database.template();
		template.execute("DROP TABLE IF EXISTS " + BATCH_TABLE + "; " + NoteRows.schema(BATCH_TABLE));
		long requestsBefore = this.database.databaseRequests();
		long start = System.nanoTime();
		insertRows.run();
		long nanos = System.nanoTime() - start;
		long requests = this.database.databaseRequests() - requestsBefore;
		List<Note> written = template.query("SELECT " + NoteRows.COLUMNS + " FROM " + BATCH_TABLE + " ORDER BY id",
				new DataClassRowMapper<>(Note.class));
		List<Note> expected = new ArrayList<>(rows);
		for (long id = 1; id <= rows; id++) {
			expected.add(NoteRows.note(id));
		}
		if (!written.equals(expected)) {
			throw new IllegalStateException(
					"The batch wrote " + written.size() + " rows that differ from the " + rows + " expected");
		}
		return new BatchRun(nanos, requests);
	}

	/**
	 * The time and requests of batch runs.
	 */
	private record BatchRun(long nanos, long requests) {

		static final BatchRun NONE = new BatchRun(0, 0);

		BatchRun plus(BatchRun other) {
			return new BatchRun(this.nanos + other.nanos, this.requests + other.requests);
		}

	}

}
