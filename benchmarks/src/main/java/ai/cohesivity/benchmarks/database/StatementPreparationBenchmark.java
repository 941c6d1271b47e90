/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import ai.cohesivity.database.EdgeDatabaseTemplate;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The client's per-call cost before the wire — SQL lexing, named-parameter expansion,
 * value binding, limit checks, batch rewriting, the reactive pipeline, observation (no-op
 * registry) and answer handling — with the network replaced by a
 * {@link CannedEdgeClient}. Each benchmark has a baseline that sends the same request
 * bodies built by hand ({@link HandStatements}) through the same canned client; both pay
 * the same JSON serialization.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StatementPreparationBenchmark {

	/** A one-row update by position. */
	public static final String UPDATE = "UPDATE notes SET title = ?, price = ? WHERE id = ?";

	/** An update of a list of rows by name. */
	public static final String UPDATE_IN_NAMED = "UPDATE notes SET done = 1 WHERE id IN (:ids)";

	/** The hand-written form of {@link #UPDATE_IN_NAMED}, up to the list. */
	public static final String UPDATE_IN_PREFIX = "UPDATE notes SET done = 1 WHERE id IN (";

	/** The batched INSERT. */
	public static final String INSERT = NoteRows.insert("notes");

	/** The hand-written multi-row INSERT, up to the first tuple. */
	public static final String INSERT_PREFIX = "INSERT INTO notes (" + NoteRows.COLUMNS + ") VALUES ";

	/** The number of ids in the {@code IN} list. */
	public static final int IN_LIST_SIZE = 50;

	/** The number of rows in a batch. */
	public static final int BATCH_ROWS = 1000;

	private final List<Long> ids = LongStream.rangeClosed(1, IN_LIST_SIZE).boxed().toList();

	private final List<Object[]> batchRows = new ArrayList<>();

	private @Nullable Fixture fixture;

	/**
	 * Builds the template and the baseline over canned clients that pass each request
	 * body to the blackhole.
	 * @param blackhole JMH's blackhole
	 */
	@Setup
	public void setUp(Blackhole blackhole) {
		setUp(blackhole::consume);
	}

	/**
	 * Builds the template and the baseline over canned clients that pass each request
	 * body to a consumer (for tests).
	 * @param requests receives every serialized request body of either side
	 */
	public void setUp(Consumer<byte[]> requests) {
		this.batchRows.clear();
		this.batchRows.addAll(NoteRows.valuesUpTo(BATCH_ROWS));
		this.fixture = new Fixture(
				new EdgeDatabaseTemplate(ReactiveEdgeDatabaseClient.create(new CannedEdgeClient(3, requests))),
				new EdgeDatabaseTemplate(ReactiveEdgeDatabaseClient.create(new CannedEdgeClient(1, requests))),
				new EdgeDatabaseTemplate(ReactiveEdgeDatabaseClient.create(new CannedEdgeClient(5, requests))),
				new HandStatements(new CannedEdgeClient(3, requests)),
				new HandStatements(new CannedEdgeClient(1, requests)),
				new HandStatements(new CannedEdgeClient(5, requests)));
	}

	/**
	 * Baseline: a one-row update with the body built by hand.
	 * @return the changed rows
	 */
	@Benchmark
	public long handUpdate() {
		return fixture().handOneRow.update(UPDATE, "renamed", 9.5, 42L);
	}

	/**
	 * {@code EdgeDatabaseTemplate.update(sql, args…)} of one row.
	 * @return the changed rows
	 */
	@Benchmark
	public int templateUpdate() {
		return fixture().oneRow.update(UPDATE, "renamed", 9.5, 42L);
	}

	/**
	 * Baseline: an update of {@value #IN_LIST_SIZE} ids with the {@code IN} list written
	 * by hand.
	 * @return the changed rows
	 */
	@Benchmark
	public long handUpdateInList() {
		return fixture().handPerId.updateIn(UPDATE_IN_PREFIX, this.ids);
	}

	/**
	 * The fluent {@code sql(…).param(…).update()} with a named list parameter expanded
	 * into {@code IN (:ids)}.
	 * @return the changed rows
	 */
	@Benchmark
	public int templateNamedUpdateInList() {
		return fixture().perId.sql(UPDATE_IN_NAMED).param("ids", this.ids).update();
	}

	/**
	 * Baseline: {@value #BATCH_ROWS} rows as hand-written multi-row INSERTs.
	 * @return the changed rows
	 */
	@Benchmark
	public long handBatchInsert() {
		return fixture().handFiveColumns.insertChunked(INSERT_PREFIX, this.batchRows);
	}

	/**
	 * {@code EdgeDatabaseTemplate.batchUpdate} of {@value #BATCH_ROWS} rows through the
	 * INSERT rewriter.
	 * @return the per-row counts
	 */
	@Benchmark
	public int[] templateBatchInsert() {
		return fixture().fiveColumns.batchUpdate(INSERT, this.batchRows);
	}

	private Fixture fixture() {
		Fixture current = this.fixture;
		if (current == null) {
			throw new IllegalStateException("setUp() was not called");
		}
		return current;
	}

	private record Fixture(EdgeDatabaseTemplate oneRow, EdgeDatabaseTemplate perId, EdgeDatabaseTemplate fiveColumns,
			HandStatements handOneRow, HandStatements handPerId, HandStatements handFiveColumns) {
	}

}
