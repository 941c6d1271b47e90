package ai.cohesivity.emulator.database;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a result set's rows as D1 does — an array of objects keyed by column label —
 * straight into a JSON generator: integers stay exact, reals are numbers, text is a
 * string, a BLOB is an array of byte values, NULL is null.
 */
final class ResultSetJson {

	private ResultSetJson() {
	}

	/**
	 * Writes every remaining row as an object and answers how many there were.
	 */
	static long writeRows(ResultSet resultSet, JsonGenerator json) throws SQLException {
		ResultSetMetaData metaData = resultSet.getMetaData();
		int columns = metaData.getColumnCount();
		String[] names = new String[columns];
		for (int i = 0; i < columns; i++) {
			names[i] = metaData.getColumnLabel(i + 1);
		}
		long rows = 0;
		while (resultSet.next()) {
			json.writeStartObject();
			for (int i = 0; i < columns; i++) {
				json.writeName(names[i]);
				writeValue(json, resultSet.getObject(i + 1));
			}
			json.writeEndObject();
			rows++;
		}
		return rows;
	}

	private static void writeValue(JsonGenerator json, @Nullable Object value) {
		if (value == null) {
			json.writeNull();
		}
		else if (value instanceof Integer number) {
			json.writeNumber(number.intValue());
		}
		else if (value instanceof Long number) {
			json.writeNumber(number.longValue());
		}
		else if (value instanceof Double number) {
			json.writeNumber(number.doubleValue());
		}
		else if (value instanceof Float number) {
			json.writeNumber(number.floatValue());
		}
		else if (value instanceof byte[] bytes) {
			json.writeStartArray();
			for (byte b : bytes) {
				json.writeNumber(b & 0xFF);
			}
			json.writeEndArray();
		}
		else {
			json.writeString(value.toString());
		}
	}

	/**
	 * Reads past every remaining row (a script's earlier statements) and answers how many
	 * there were.
	 */
	static long skipRows(ResultSet resultSet) throws SQLException {
		long rows = 0;
		while (resultSet.next()) {
			rows++;
		}
		return rows;
	}

}
