/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.function.Consumer;

import ai.cohesivity.core.CohesivityException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The answer of {@code POST /edge/database}, read from a streaming parser, never as a
 * tree of the whole answer. Only {@code rows} and {@code rowCount} are documented; D1's
 * {@code meta.changes} is used when present and every other field is skipped. A missing
 * {@code rows} means no rows; a {@code rows} that is not an array of objects is a
 * malformed answer.
 * <p>
 * {@link #rows(JsonParser)} decodes the rows from the answer's tokens into
 * {@link EdgeRows} (one array of values per row, never a JSON tree per row);
 * {@link #count(JsonParser)} only counts them, so counting the {@code RETURNING} rows of
 * a large {@code UPDATE} costs no memory beyond the answer's bytes.
 *
 * @param rows the result rows; empty when they were only counted
 * @param rowsReturned how many rows the answer holds
 * @param changes {@code meta.changes}, or {@code null} when the answer has no meta
 */
record EdgeQueryResult(EdgeRows rows, long rowsReturned, @Nullable Long changes) {

	/**
	 * Reads an answer with its rows.
	 * @param parser the answer, before its first token
	 * @return the result
	 * @throws CohesivityException if the answer is malformed
	 */
	static EdgeQueryResult rows(JsonParser parser) {
		EdgeRows.Decoder rows = new EdgeRows.Decoder();
		Long changes = read(parser, rows::read);
		EdgeRows decoded = rows.rows();
		return new EdgeQueryResult(decoded, decoded.size(), changes);
	}

	/**
	 * Reads an answer, counting its rows without building them.
	 * @param parser the answer, before its first token
	 * @return the result, without rows
	 * @throws CohesivityException if the answer is malformed
	 */
	static EdgeQueryResult count(JsonParser parser) {
		long[] rows = new long[1];
		Long changes = read(parser, (row) -> {
			row.skipChildren();
			rows[0]++;
		});
		return new EdgeQueryResult(EdgeRows.EMPTY, rows[0], changes);
	}

	/**
	 * Reads an answer, handing each row to a consumer.
	 * @param parser the answer, before its first token
	 * @param row consumes one row: the parser is at its {@code START_OBJECT} and must be
	 * left at its {@code END_OBJECT}
	 * @return {@code meta.changes}, or {@code null}
	 */
	private static @Nullable Long read(JsonParser parser, Consumer<JsonParser> row) {
		JsonToken first = parser.nextToken();
		if (first == null) {
			// an empty 2xx answer: D1 answers every statement with its rows
			throw malformed("an empty body");
		}
		if (first != JsonToken.START_OBJECT) {
			throw malformed("it is not a JSON object");
		}
		Long changes = null;
		boolean rows = false;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if ("rows".equals(name)) {
				rows = true;
				if (value != JsonToken.VALUE_NULL) {
					readRows(parser, value, row);
				}
			}
			else if ("meta".equals(name) && value == JsonToken.START_OBJECT) {
				changes = readChanges(parser);
			}
			else {
				parser.skipChildren();
			}
		}
		if (parser.nextToken() != null) {
			throw malformed("more than one JSON value");
		}
		if (!rows) {
			// D1 answers every statement with its rows, an empty array at least
			throw malformed("no 'rows'");
		}
		return changes;
	}

	private static void readRows(JsonParser parser, JsonToken value, Consumer<JsonParser> row) {
		if (value != JsonToken.START_ARRAY) {
			throw malformed("'rows' is not an array");
		}
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			if (token != JsonToken.START_OBJECT) {
				throw malformed("a row is not a JSON object");
			}
			row.accept(parser);
		}
	}

	private static @Nullable Long readChanges(JsonParser parser) {
		Long changes = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if ("changes".equals(name) && value == JsonToken.VALUE_NUMBER_INT
					&& parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
				changes = parser.getLongValue();
			}
			else {
				parser.skipChildren();
			}
		}
		return changes;
	}

	private static CohesivityException malformed(String reason) {
		return new CohesivityException("Malformed edge database answer (a 2xx answer): " + reason
				+ "; probably not Cohesivity answering: a proxy in between, or a wrong cohesivity.base-url");
	}

}
