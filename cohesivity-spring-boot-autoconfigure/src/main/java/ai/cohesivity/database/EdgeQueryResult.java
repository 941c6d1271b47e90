/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.ArrayList;
import java.util.List;

import ai.cohesivity.core.CohesivityException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The parsed answer of {@code POST /edge/database}. Only {@code rows} and
 * {@code rowCount} are documented; D1's {@code meta} ({@code changes},
 * {@code last_row_id}) is used when present and every other field is ignored. A missing
 * {@code rows} means no rows; a {@code rows} that is not an array of objects is a
 * malformed answer.
 *
 * @param rows the result rows, each a JSON object
 * @param rowCount the {@code rowCount} field (the number of rows when absent)
 * @param changes {@code meta.changes}, or {@code null} when the answer has no meta
 * @param lastRowId {@code meta.last_row_id}, or {@code null} when the answer has no meta
 */
record EdgeQueryResult(List<JsonNode> rows, long rowCount, @Nullable Long changes, @Nullable Long lastRowId) {

	/**
	 * Parses an answer.
	 * @param answer the JSON answer
	 * @return the result
	 * @throws CohesivityException if the answer is malformed
	 */
	static EdgeQueryResult from(JsonNode answer) {
		JsonNode rowsNode = answer.path("rows");
		List<JsonNode> rows = new ArrayList<>(rowsNode.size());
		if (!rowsNode.isMissingNode() && !rowsNode.isNull()) {
			if (!rowsNode.isArray()) {
				throw new CohesivityException("Malformed edge database answer: 'rows' is not an array");
			}
			for (JsonNode row : rowsNode) {
				if (!row.isObject()) {
					throw new CohesivityException("Malformed edge database answer: a row is not a JSON object");
				}
				rows.add(row);
			}
		}
		JsonNode rowCount = answer.path("rowCount");
		JsonNode meta = answer.path("meta");
		return new EdgeQueryResult(rows, rowCount.canConvertToLong() ? rowCount.asLong() : rows.size(),
				longOrNull(meta.path("changes")), longOrNull(meta.path("last_row_id")));
	}

	private static @Nullable Long longOrNull(JsonNode node) {
		return (node.isNumber() && node.canConvertToLong()) ? node.asLong() : null;
	}

}
