/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.cohesivity.core.CohesivityException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;

/**
 * The rows of one edge database answer, held compactly: the column names once, and per
 * row one array of values in column order — decoded from the answer's tokens, never built
 * as a JSON tree per row.
 * <p>
 * Columns are the property names of the first row, in order (a name repeated in a row
 * counts once, its last value wins, as in a JSON object). A later row's property that the
 * first row did not have is skipped; a column a later row lacks reads as
 * {@link #MISSING}, which every reader treats as NULL.
 * <p>
 * Values, by the JSON value they come from: {@code null} (JSON null, SQL NULL), a
 * {@link Long} (an integer within the {@code long} range), a {@link java.math.BigInteger}
 * (an integer beyond it), a {@link Double} (a number with a fraction or exponent:
 * SQLite's REAL is a double), a {@link String}, a {@link Boolean}, or a {@link JsonNode}
 * tree for an array (a BLOB, as D1 sends it) or an object. Rows built from JSON trees
 * ({@link #of(List)}) may also hold a {@link java.math.BigDecimal} from a decimal node.
 */
final class EdgeRows {

	/** The value of a column that a row lacks: read as NULL. */
	static final Object MISSING = new Object() {

		@Override
		public String toString() {
			return "MISSING";
		}

	};

	/** No rows and no columns. */
	static final EdgeRows EMPTY = new EdgeRows(new String[0], List.of());

	private final String[] columns;

	private final List<@Nullable Object[]> rows;

	private EdgeRows(String[] columns, List<@Nullable Object[]> rows) {
		this.columns = columns;
		this.rows = rows;
	}

	/**
	 * Creates rows from JSON trees, one object per row.
	 * @param trees the rows
	 * @return the rows
	 */
	static EdgeRows of(List<? extends JsonNode> trees) {
		if (trees.isEmpty()) {
			return EMPTY;
		}
		String[] columns = trees.get(0).propertyNames().toArray(String[]::new);
		List<@Nullable Object[]> rows = new ArrayList<>(trees.size());
		for (JsonNode tree : trees) {
			@Nullable Object[] values = new Object[columns.length];
			for (int i = 0; i < columns.length; i++) {
				values[i] = value(tree.path(columns[i]));
			}
			rows.add(values);
		}
		return new EdgeRows(columns, rows);
	}

	/**
	 * Returns the column names.
	 * @return the names, in order; the array must not be changed
	 */
	String[] columns() {
		return this.columns;
	}

	/**
	 * Returns the number of rows.
	 * @return the row count
	 */
	int size() {
		return this.rows.size();
	}

	/**
	 * Returns whether there are no rows.
	 * @return whether the answer held no rows
	 */
	boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/**
	 * Returns one row's values.
	 * @param row the row, from 0
	 * @return its values in column order; the array must not be changed
	 */
	@Nullable Object[] row(int row) {
		return this.rows.get(row);
	}

	/**
	 * Returns the value a JSON tree node stands for.
	 * @param node the node
	 * @return the value, as described on this class
	 */
	static @Nullable Object value(JsonNode node) {
		if (node.isMissingNode()) {
			return MISSING;
		}
		if (node.isNull()) {
			return null;
		}
		if (node.isIntegralNumber()) {
			return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
		}
		if (node.isBigDecimal()) {
			return node.decimalValue();
		}
		if (node.isNumber()) {
			return node.doubleValue();
		}
		if (node.isString()) {
			return node.stringValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		return node;
	}

	/**
	 * Returns a value as the JSON tree node it came from (or would have).
	 * @param value the value
	 * @return the node
	 */
	static JsonNode node(@Nullable Object value) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		if (value == MISSING) {
			return MissingNode.getInstance();
		}
		if (value == null) {
			return nodes.nullNode();
		}
		if (value instanceof JsonNode node) {
			return node;
		}
		if (value instanceof Long number) {
			long exact = number;
			return (exact == (int) exact) ? nodes.numberNode((int) exact) : nodes.numberNode(exact);
		}
		if (value instanceof java.math.BigInteger number) {
			return nodes.numberNode(number);
		}
		if (value instanceof java.math.BigDecimal number) {
			return nodes.numberNode(number);
		}
		if (value instanceof Double number) {
			return nodes.numberNode(number.doubleValue());
		}
		if (value instanceof Boolean bool) {
			return nodes.booleanNode(bool);
		}
		return nodes.stringNode(value.toString());
	}

	/**
	 * Decodes the rows of an answer from its tokens, one row at a time.
	 */
	static final class Decoder {

		private final List<@Nullable Object[]> rows = new ArrayList<>();

		private String @Nullable [] columns;

		/**
		 * Reads one row.
		 * @param parser at the row's {@code START_OBJECT}; left at its {@code END_OBJECT}
		 */
		void read(JsonParser parser) {
			String[] known = this.columns;
			if (known == null) {
				readFirst(parser);
				return;
			}
			@Nullable Object[] values = new Object[known.length];
			Arrays.fill(values, MISSING);
			int next = 0;
			for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
				String name = parser.currentName();
				int index = (next < known.length && name.equals(known[next])) ? next : indexOf(known, name);
				JsonToken value = parser.nextToken();
				if (index < 0) {
					parser.skipChildren();
				}
				else {
					values[index] = value(parser, value);
					next = index + 1;
				}
			}
			this.rows.add(values);
		}

		private void readFirst(JsonParser parser) {
			List<String> names = new ArrayList<>();
			List<@Nullable Object> values = new ArrayList<>();
			for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
				String name = parser.currentName();
				Object value = value(parser, parser.nextToken());
				int index = names.indexOf(name);
				if (index < 0) {
					names.add(name);
					values.add(value);
				}
				else {
					values.set(index, value);
				}
			}
			this.columns = names.toArray(String[]::new);
			this.rows.add(values.toArray());
		}

		private static int indexOf(String[] columns, String name) {
			for (int i = 0; i < columns.length; i++) {
				if (columns[i].equals(name)) {
					return i;
				}
			}
			return -1;
		}

		private static @Nullable Object value(JsonParser parser, JsonToken token) {
			return switch (token) {
				case VALUE_NUMBER_INT -> (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER)
						? parser.getBigIntegerValue() : (Object) parser.getLongValue();
				case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
				case VALUE_STRING -> parser.getString();
				case VALUE_TRUE -> Boolean.TRUE;
				case VALUE_FALSE -> Boolean.FALSE;
				case VALUE_NULL -> null;
				case START_ARRAY, START_OBJECT -> parser.readValueAsTree();
				default -> throw new CohesivityException("Malformed edge database answer: a row holds " + token);
			};
		}

		/**
		 * Returns the rows read so far.
		 * @return the rows
		 */
		EdgeRows rows() {
			String[] known = this.columns;
			return (known != null) ? new EdgeRows(known, this.rows) : EMPTY;
		}

	}

}
