/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import ai.cohesivity.database.EdgeDatabaseTemplate;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What reading an edge database answer costs in heap, measured on one thread with the
 * JVM's per-thread allocation counter and, for what stays reachable, the used heap after
 * a full collection. Three readings of canned answers (no network, so only the client's
 * reading is measured):
 * <ul>
 * <li>counting the {@code RETURNING 1} rows of an {@code UPDATE} the way the client did
 * before (the transport's {@code readTree} of the whole answer) and the way it does now
 * ({@code EdgeDatabaseTemplate#update} over a streaming count of the answer's
 * bytes);</li>
 * <li>reading rows of the benchmarks' {@code notes} shape ({@code queryForList} through
 * the template), to size the data plane's default limit.</li>
 * </ul>
 * Run with {@code mvn -B -q -pl benchmarks -am package -DskipTests -Panswer-memory}.
 */
public final class AnswerMemoryMeasurement {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private AnswerMemoryMeasurement() {
	}

	public static void main(String[] args) {
		int changed = 300_000;
		byte[] counting = countingAnswer(changed);
		byte[] notes = notesAnswer(20_000);
		EdgeDatabaseTemplate countingTemplate = template(counting);
		EdgeDatabaseTemplate notesTemplate = template(notes);
		for (int warmup = 0; warmup < 5; warmup++) {
			JSON.readTree(counting);
			countingTemplate.update("UPDATE notes SET done = 1");
			notesTemplate.queryForList("SELECT * FROM notes");
		}
		System.out.printf("Counting answer: %,d changed rows, %,d bytes (%.1f bytes per row)%n", changed,
				counting.length, (double) counting.length / changed);
		report("  before: readTree of the whole answer", changed, () -> JSON.readTree(counting));
		report("  now:    update() counting the answer's bytes", changed,
				() -> countingTemplate.update("UPDATE notes SET done = 1"));
		System.out.printf("Rows answer: %,d notes rows, %,d bytes (%.1f bytes per row)%n", 20_000, notes.length,
				notes.length / 20_000.0);
		report("  queryForList (rows as JSON trees, mapped to maps)", 20_000,
				() -> notesTemplate.queryForList("SELECT * FROM notes"));
		report("  rows as JSON trees only (readTree)", 20_000, () -> JSON.readTree(notes));
	}

	private static void report(String what, int rows, Supplier<Object> reading) {
		long allocated = median(7, () -> {
			long before = THREADS.getCurrentThreadAllocatedBytes();
			reading.get();
			return THREADS.getCurrentThreadAllocatedBytes() - before;
		});
		long retained = median(5, () -> {
			long before = usedAfterGc();
			Object result = reading.get();
			long after = usedAfterGc();
			if (result == null) {
				throw new IllegalStateException();
			}
			return Math.max(0, after - before);
		});
		System.out.printf(
				"%-52s allocated %,12d bytes (%6.1f per row), reachable afterwards %,12d bytes (%6.1f per row)%n", what,
				allocated, (double) allocated / rows, retained, (double) retained / rows);
	}

	private static long median(int times, Supplier<Long> measurement) {
		long[] values = new long[times];
		for (int i = 0; i < times; i++) {
			values[i] = measurement.get();
		}
		java.util.Arrays.sort(values);
		return values[times / 2];
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static EdgeDatabaseTemplate template(byte[] answer) {
		return new EdgeDatabaseTemplate(ReactiveEdgeDatabaseClient.create(new FixedAnswerEdgeClient(answer)));
	}

	private static byte[] countingAnswer(int rows) {
		StringBuilder json = new StringBuilder(rows * 8 + 40).append("{\"rows\":[");
		for (int i = 0; i < rows; i++) {
			json.append((i > 0) ? ",{\"1\":1}" : "{\"1\":1}");
		}
		return json.append("],\"rowCount\":").append(rows).append('}').toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] notesAnswer(int rows) {
		StringBuilder json = new StringBuilder(rows * 110 + 40).append("{\"rows\":[");
		for (int i = 0; i < rows; i++) {
			json.append((i > 0) ? "," : "")
				.append("{\"id\":")
				.append(i + 1)
				.append(",\"title\":\"note number ")
				.append(i + 1)
				.append("\",\"done\":")
				.append(i % 2)
				.append(",\"price\":")
				.append(i % 100)
				.append(".25,\"created_at\":\"2026-11-25T10:15:30Z\"}");
		}
		return json.append("],\"rowCount\":").append(rows).append('}').toString().getBytes(StandardCharsets.UTF_8);
	}

}
