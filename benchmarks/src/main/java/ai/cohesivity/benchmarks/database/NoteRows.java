/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deterministic {@code notes} rows as they arrive in the {@code rows} array of an edge
 * database answer: JSON text parsed by Jackson, so the node types are the ones the client
 * really sees.
 */
public final class NoteRows {

	/** The columns of a notes table, in insert order. */
	public static final String COLUMNS = "id, title, done, price, created_at";

	private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

	private NoteRows() {
	}

	/**
	 * Returns the SQL that creates a notes table (the unique title is indexed).
	 * @param table the table name
	 * @return the {@code CREATE TABLE} statement
	 */
	public static String schema(String table) {
		return "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE, "
				+ "done INTEGER NOT NULL, price REAL NOT NULL, created_at TEXT NOT NULL)";
	}

	/**
	 * Returns the single-row INSERT of a notes table, with one {@code ?} per column.
	 * @param table the table name
	 * @return the {@code INSERT} statement
	 */
	public static String insert(String table) {
		return "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)";
	}

	/**
	 * Returns the values of row {@code id} (1-based) in column order.
	 * @param id the row id
	 * @return the values {@code id, title, done, price, created_at}
	 */
	public static Object[] values(long id) {
		return new Object[] { id, "note-" + id, (id % 3 == 0) ? 1 : 0, (id % 1000) + 0.25,
				EPOCH.plusSeconds(id * 61).toString() };
	}

	/**
	 * Returns the values of rows 1 to {@code count}.
	 * @param count the number of rows
	 * @return the values of each row, in id order
	 */
	public static List<Object[]> valuesUpTo(int count) {
		List<Object[]> values = new ArrayList<>(count);
		for (long id = 1; id <= count; id++) {
			values.add(values(id));
		}
		return values;
	}

	/**
	 * Returns the note of row {@code id} as every correct mapping must read it.
	 * @param id the row id
	 * @return the note
	 */
	public static Note note(long id) {
		Object[] values = values(id);
		return new Note(id, (String) values[1], (int) values[2] != 0, (double) values[3],
				Instant.parse((String) values[4]));
	}

	/**
	 * Returns {@code count} rows, ids 1 to {@code count}, parsed from JSON text.
	 * @param count the number of rows
	 * @return the rows, each a JSON object
	 */
	public static List<JsonNode> parsed(int count) {
		return parsed(count, "created_at");
	}

	/**
	 * Returns {@code count} rows, ids 1 to {@code count}, parsed from JSON text, with the
	 * creation time under another column name (as {@code SELECT created_at AS createdAt}
	 * answers).
	 * @param count the number of rows
	 * @param createdAtColumn the name of the creation-time column
	 * @return the rows, each a JSON object
	 */
	public static List<JsonNode> parsed(int count, String createdAtColumn) {
		JsonNode parsed = JsonMapper.shared().readTree(answer(count, createdAtColumn));
		List<JsonNode> list = new ArrayList<>(count);
		parsed.get("rows").forEach(list::add);
		return list;
	}

	/**
	 * Returns the answer of {@code SELECT id, title, done, price, created_at} for
	 * {@code count} rows, ids 1 to {@code count}, as the edge database sends it:
	 * {@code {"rows":[…],"rowCount":n}} in UTF-8.
	 * @param count the number of rows
	 * @return the answer's bytes
	 */
	public static byte[] answer(int count) {
		return answer(count, "created_at");
	}

	private static byte[] answer(int count, String createdAtColumn) {
		List<Map<String, Object>> rows = new ArrayList<>(count);
		for (Object[] values : valuesUpTo(count)) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", values[0]);
			row.put("title", values[1]);
			row.put("done", values[2]);
			row.put("price", values[3]);
			row.put(createdAtColumn, values[4]);
			rows.add(row);
		}
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("rows", rows);
		answer.put("rowCount", count);
		return JsonMapper.shared().writeValueAsBytes(answer);
	}

}
