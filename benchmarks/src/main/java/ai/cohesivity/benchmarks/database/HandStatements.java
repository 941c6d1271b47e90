/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.cohesivity.edge.EdgeClient;
import tools.jackson.databind.JsonNode;

/**
 * The baseline of statement preparation: what a user without the starter writes to send
 * statements to {@code POST /edge/database} — the body map built by hand, {@code IN}
 * lists and multi-row INSERTs concatenated by hand, {@code RETURNING 1} appended and the
 * returned rows counted (the only count the documented {@code {rows,rowCount}} answer
 * gives) — sent through the same {@link EdgeClient} as the template, so that the
 * difference between the two is the client's own work.
 */
public final class HandStatements {

	/** The edge database path. */
	public static final String PATH = "/edge/database";

	/** The bound-parameter limit of one statement (D1's). */
	public static final int MAX_PARAMETERS = 100;

	private final EdgeClient edgeClient;

	/**
	 * Creates the baseline over an edge client.
	 * @param edgeClient the client that sends the bodies
	 */
	public HandStatements(EdgeClient edgeClient) {
		this.edgeClient = edgeClient;
	}

	/**
	 * Sends one statement with positional parameters.
	 * @param sql the SQL with {@code ?} placeholders
	 * @param args the arguments
	 * @return the changed rows (the rows of the appended {@code RETURNING 1})
	 */
	public long update(String sql, Object... args) {
		return changes(send(sql, Arrays.asList(args)));
	}

	/**
	 * Sends {@code UPDATE … WHERE id IN (?, …)} with the list written out by hand.
	 * @param sqlBeforeList the SQL up to and including {@code IN (}
	 * @param ids the list
	 * @return the changed rows
	 */
	public long updateIn(String sqlBeforeList, List<?> ids) {
		StringBuilder sql = new StringBuilder(sqlBeforeList.length() + 3 * ids.size() + 1).append(sqlBeforeList);
		for (int i = 0; i < ids.size(); i++) {
			sql.append((i > 0) ? ", ?" : "?");
		}
		sql.append(')');
		return changes(send(sql.toString(), ids));
	}

	/**
	 * Inserts rows in multi-row INSERTs of at most {@value #MAX_PARAMETERS} parameters
	 * each.
	 * @param insertPrefix the SQL up to and including {@code VALUES }
	 * @param rows the rows, all of the same length
	 * @return the changed rows of all statements
	 */
	public long insertChunked(String insertPrefix, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		int columns = rows.get(0).length;
		String tuple = "(" + "?, ".repeat(columns - 1) + "?)";
		int rowsPerChunk = MAX_PARAMETERS / columns;
		long changed = 0;
		for (int first = 0; first < rows.size(); first += rowsPerChunk) {
			int last = Math.min(rows.size(), first + rowsPerChunk);
			StringBuilder sql = new StringBuilder(insertPrefix);
			List<Object> params = new ArrayList<>((last - first) * columns);
			for (int row = first; row < last; row++) {
				sql.append((row > first) ? ", " : "").append(tuple);
				params.addAll(Arrays.asList(rows.get(row)));
			}
			changed += changes(send(sql.toString(), params));
		}
		return changed;
	}

	private JsonNode send(String sql, List<?> params) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", sql + " RETURNING 1");
		body.put("params", params);
		JsonNode answer = this.edgeClient.post(PATH, body, false).block();
		if (answer == null) {
			throw new IllegalStateException("No answer");
		}
		return answer;
	}

	private static long changes(JsonNode answer) {
		return answer.path("rows").size();
	}

}
