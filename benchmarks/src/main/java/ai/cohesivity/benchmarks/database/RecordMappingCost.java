/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import ai.cohesivity.benchmarks.GoalResult;
import ai.cohesivity.benchmarks.GoalResult.Goal;
import ai.cohesivity.benchmarks.GoalResult.Side;
import ai.cohesivity.database.EdgeDatabaseTemplate;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * What turning one answer of many rows into records costs, from the answer's bytes to the
 * list of records, on this thread (no network): the starter's
 * {@code template.sql(…).query(Note.class).list()} over an {@link EdgeDatabaseTemplate}
 * whose answer is canned ({@link FixedAnswerEdgeClient}), against parsing the answer into
 * a Jackson tree and reading each row by hand ({@link HandNoteReader#readAnswer}).
 * Allocation is the thread's allocated bytes per call (median of batches); CPU is the
 * thread's CPU time per call in paired alternating batches ({@link PairedCpuTimer}).
 * Spring's {@code DataClassRowMapper} and a lambda {@code RowMapper} through the
 * template's {@code ResultSet} adapter are measured alongside.
 */
public final class RecordMappingCost {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private static final String SELECT = "SELECT " + NoteRows.COLUMNS + " FROM notes";

	private static final RowMapper<Note> BY_LABEL = (resultSet, rowNum) -> new Note(resultSet.getLong("id"),
			resultSet.getString("title"), resultSet.getBoolean("done"), resultSet.getDouble("price"),
			resultSet.getObject("created_at", Instant.class));

	private final int rows;

	private final byte[] answer;

	private final EdgeDatabaseTemplate template;

	private final PairedCpuTimer timer;

	/**
	 * Creates the measurement.
	 * @param rows the rows in the answer
	 * @param timer the timer of the paired CPU comparison
	 */
	public RecordMappingCost(int rows, PairedCpuTimer timer) {
		this.rows = rows;
		this.answer = NoteRows.answer(rows);
		this.template = new EdgeDatabaseTemplate(
				ReactiveEdgeDatabaseClient.create(new FixedAnswerEdgeClient(this.answer)));
		this.timer = timer;
		List<Note> expected = baseline();
		for (Callable<List<Note>> side : List.<Callable<List<Note>>>of(this::ours, this::springDataClassRowMapper,
				this::lambdaRowMapper)) {
			try {
				if (!side.call().equals(expected)) {
					throw new IllegalStateException("A side mapped other records than the baseline");
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * The baseline: the whole answer parsed into a Jackson tree, each row read by hand.
	 * @return the records
	 */
	public List<Note> baseline() {
		return HandNoteReader.readAnswer(this.answer);
	}

	/**
	 * Ours: {@code template.sql(…).query(Note.class).list()}.
	 * @return the records
	 */
	public List<Note> ours() {
		return this.template.sql(SELECT).query(Note.class).list();
	}

	/**
	 * Spring's {@code DataClassRowMapper} through the template's {@code ResultSet}
	 * adapter, a new mapper per query.
	 * @return the records
	 */
	public List<Note> springDataClassRowMapper() {
		return this.template.query(SELECT, new DataClassRowMapper<>(Note.class));
	}

	/**
	 * A lambda {@code RowMapper} reading columns by label through the adapter.
	 * @return the records
	 */
	public List<Note> lambdaRowMapper() {
		return this.template.query(SELECT, BY_LABEL);
	}

	/**
	 * Measures allocation per call.
	 * @return the result, in bytes allocated per call
	 */
	public GoalResult allocation() {
		double baseline = allocatedPerCall(this::baseline);
		double ours = allocatedPerCall(this::ours);
		return GoalResult.oursOverBaseline(String.format("%,d rows into records: allocation", this.rows),
				"bytes allocated per answer", new Side(baselineName(), baseline), new Side(oursName(), ours),
				Goal.atMost(1.0),
				List.of(new Side("Spring `DataClassRowMapper` through the adapter",
						allocatedPerCall(this::springDataClassRowMapper)),
						new Side("lambda `RowMapper` by label through the adapter",
								allocatedPerCall(this::lambdaRowMapper)),
						new Side("the answer's own bytes", this.answer.length)));
	}

	/**
	 * Measures CPU time per call, paired.
	 * @return the result, in CPU µs per call
	 * @throws Exception if a side fails
	 */
	public GoalResult cpu() throws Exception {
		PairedCpuTimer.PairedResult ours = this.timer.measure(this::baseline, this::ours);
		PairedCpuTimer.PairedResult spring = this.timer.measure(this::baseline, this::springDataClassRowMapper);
		PairedCpuTimer.PairedResult lambda = this.timer.measure(this::baseline, this::lambdaRowMapper);
		return new GoalResult(String.format("%,d rows into records: CPU", this.rows),
				"thread CPU µs per answer (median of paired batches)", new Side(baselineName(), ours.baselineMicros()),
				new Side(oursName(), ours.starterMicros()),
				new GoalResult.Ratio("ours ÷ baseline, median of pair ratios", ours.medianRatio()), Goal.atMost(1.2),
				List.of(new Side(
						"Spring `DataClassRowMapper` through the adapter (its own pairs)", spring.starterMicros()),
						new Side("… its median pair ratio", spring.medianRatio()),
						new Side("lambda `RowMapper` by label through the adapter (its own pairs)",
								lambda.starterMicros()),
						new Side("… its median pair ratio", lambda.medianRatio()),
						new Side("pairs measured (ours)", ours.pairs())));
	}

	private static String baselineName() {
		return "`readTree` of the answer, rows read by hand";
	}

	private static String oursName() {
		return "`template.sql(…).query(Note.class).list()`";
	}

	private static double allocatedPerCall(Callable<?> call) {
		long[] perCall = new long[9];
		try {
			for (int warmup = 0; warmup < 5; warmup++) {
				call.call();
			}
			for (int i = 0; i < perCall.length; i++) {
				long before = THREADS.getCurrentThreadAllocatedBytes();
				Object result = call.call();
				perCall[i] = THREADS.getCurrentThreadAllocatedBytes() - before;
				if (result == null) {
					throw new IllegalStateException("No result");
				}
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		Arrays.sort(perCall);
		return perCall[perCall.length / 2];
	}

}
