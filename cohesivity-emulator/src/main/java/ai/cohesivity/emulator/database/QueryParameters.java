package ai.cohesivity.emulator.database;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import tools.jackson.databind.JsonNode;

/**
 * Binds a request's {@code params} array to the statements of its query: {@code ?}
 * parameters take values in order across the statements, {@code ?NNN} parameters take
 * value {@code NNN}. Every supplied value must be used: a count mismatch is an error,
 * never a silent NULL.
 */
final class QueryParameters {

	private final JsonNode values;

	private int nextPositional;

	private int highestNumbered;

	QueryParameters(JsonNode values) {
		this.values = values;
	}

	int size() {
		return this.values.size();
	}

	void bind(PreparedStatement statement, SqlStatement sql) throws SQLException {
		int count = statement.getParameterMetaData().getParameterCount();
		if (count == 0) {
			return;
		}
		if (sql.numberedParameters()) {
			if (count > size()) {
				throw mismatch(count);
			}
			for (int i = 1; i <= count; i++) {
				bindValue(statement, i, this.values.get(i - 1), i);
			}
			this.highestNumbered = Math.max(this.highestNumbered, count);
		}
		else {
			if (this.nextPositional + count > size()) {
				throw mismatch(this.nextPositional + count);
			}
			for (int i = 1; i <= count; i++) {
				int index = this.nextPositional + i;
				bindValue(statement, i, this.values.get(index - 1), index);
			}
			this.nextPositional += count;
		}
	}

	/**
	 * Fails when values were supplied that no statement used.
	 */
	void requireAllUsed() {
		int used = Math.max(this.nextPositional, this.highestNumbered);
		if (used != size()) {
			throw mismatch(used);
		}
	}

	private SqlRejectedException mismatch(int needed) {
		return new SqlRejectedException("Wrong number of parameter bindings: the query uses " + needed
				+ " parameter(s) but " + size() + " were supplied in \"params\"");
	}

	private static void bindValue(PreparedStatement statement, int position, JsonNode value, int number)
			throws SQLException {
		if (value.isNull()) {
			statement.setNull(position, Types.NULL);
		}
		else if (value.isString()) {
			statement.setString(position, value.stringValue());
		}
		else if (value.isIntegralNumber()) {
			if (!value.canConvertToLong()) {
				throw new SqlRejectedException(
						"Parameter " + number + " is an integer outside SQLite's 64-bit range; pass it as a string");
			}
			statement.setLong(position, value.longValue());
		}
		else if (value.isNumber()) {
			statement.setDouble(position, value.doubleValue());
		}
		else if (value.isBoolean()) {
			statement.setInt(position, value.booleanValue() ? 1 : 0);
		}
		else {
			String kind = value.isArray() ? "array" : "object";
			throw new SqlRejectedException("Parameter " + number + " is a JSON " + kind
					+ ", which SQLite cannot bind; pass JSON as a string (JSON.stringify) and use json_extract()");
		}
	}

}
