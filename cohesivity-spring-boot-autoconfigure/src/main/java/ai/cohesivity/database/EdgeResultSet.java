/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A read-only, scrollable {@link ResultSet} over the {@code rows} of an edge database
 * response, so that Spring JDBC's own {@code RowMapper}s ({@code DataClassRowMapper} for
 * records, {@code BeanPropertyRowMapper}, {@code SingleColumnRowMapper},
 * {@code ColumnMapRowMapper}), {@code ResultSetExtractor}s and
 * {@code RowCallbackHandler}s work unchanged.
 * <p>
 * Columns are the JSON property names of the first row, in order; labels are matched
 * case-insensitively. Because rows arrive as JSON objects, two result columns with the
 * same name (say {@code a.id} and {@code b.id} of a join) collapse into one: give them
 * distinct aliases. Value conversions follow SQLite's storage classes and keep integers
 * exact (see {@link #getObject(int, Class)}); a conversion that would lose information
 * fails with an {@link java.sql.SQLDataException}. Update methods and LOB accessors throw
 * {@link java.sql.SQLFeatureNotSupportedException}.
 */
public final class EdgeResultSet extends ReadOnlyResultSetSupport {

	private final EdgeRows rows;

	private final List<String> columns;

	private final EdgeResultSetMetaData metaData;

	private int cursor;

	private boolean lastReadWasNull;

	private boolean closed;

	/**
	 * Creates a result set over the given rows.
	 * @param rows the rows, each a JSON object mapping column name to value
	 */
	public EdgeResultSet(List<? extends JsonNode> rows) {
		this(EdgeRows.of(rows));
	}

	/**
	 * Creates a result set over rows decoded from an answer.
	 * @param rows the rows
	 */
	EdgeResultSet(EdgeRows rows) {
		this.rows = rows;
		this.columns = List.of(rows.columns());
		this.metaData = new EdgeResultSetMetaData(this.columns, rows);
	}

	/**
	 * Creates a result set over the {@code rows} array of an edge database response.
	 * @param rows the JSON array of row objects (a missing or null node means no rows)
	 * @return the result set
	 */
	public static EdgeResultSet of(JsonNode rows) {
		List<JsonNode> list = new ArrayList<>(rows.size());
		rows.forEach(list::add);
		return new EdgeResultSet(EdgeRows.of(list));
	}

	/**
	 * Returns the number of rows.
	 * @return the row count
	 */
	public int size() {
		return this.rows.size();
	}

	@Override
	public boolean next() throws SQLException {
		checkOpen();
		if (this.cursor <= this.rows.size()) {
			this.cursor++;
		}
		return this.cursor <= this.rows.size();
	}

	@Override
	public void close() {
		this.closed = true;
	}

	@Override
	public boolean isClosed() {
		return this.closed;
	}

	@Override
	public boolean wasNull() {
		return this.lastReadWasNull;
	}

	@Override
	public @Nullable String getString(int columnIndex) throws SQLException {
		return JsonColumnConverter.toText(value(columnIndex), label(columnIndex));
	}

	@Override
	public @Nullable String getNString(int columnIndex) throws SQLException {
		return getString(columnIndex);
	}

	@Override
	public boolean getBoolean(int columnIndex) throws SQLException {
		return JsonColumnConverter.toBoolean(value(columnIndex), label(columnIndex));
	}

	@Override
	public byte getByte(int columnIndex) throws SQLException {
		return (byte) JsonColumnConverter.toBoundedLong(value(columnIndex), label(columnIndex), Byte.MIN_VALUE,
				Byte.MAX_VALUE, "byte");
	}

	@Override
	public short getShort(int columnIndex) throws SQLException {
		return (short) JsonColumnConverter.toBoundedLong(value(columnIndex), label(columnIndex), Short.MIN_VALUE,
				Short.MAX_VALUE, "short");
	}

	@Override
	public int getInt(int columnIndex) throws SQLException {
		return (int) JsonColumnConverter.toBoundedLong(value(columnIndex), label(columnIndex), Integer.MIN_VALUE,
				Integer.MAX_VALUE, "int");
	}

	@Override
	public long getLong(int columnIndex) throws SQLException {
		return JsonColumnConverter.toLong(value(columnIndex), label(columnIndex));
	}

	@Override
	public float getFloat(int columnIndex) throws SQLException {
		return (float) getDouble(columnIndex);
	}

	@Override
	public double getDouble(int columnIndex) throws SQLException {
		return JsonColumnConverter.toDouble(value(columnIndex), label(columnIndex));
	}

	@Override
	public @Nullable BigDecimal getBigDecimal(int columnIndex) throws SQLException {
		return JsonColumnConverter.toBigDecimal(value(columnIndex), label(columnIndex));
	}

	@Override
	@Deprecated
	public @Nullable BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
		BigDecimal value = getBigDecimal(columnIndex);
		return (value != null) ? value.setScale(scale, RoundingMode.HALF_UP) : null;
	}

	@Override
	public byte @Nullable [] getBytes(int columnIndex) throws SQLException {
		return JsonColumnConverter.toBytes(value(columnIndex), label(columnIndex));
	}

	@Override
	public @Nullable Date getDate(int columnIndex) throws SQLException {
		return getObject(columnIndex, Date.class);
	}

	@Override
	public @Nullable Date getDate(int columnIndex, Calendar calendar) throws SQLException {
		return getDate(columnIndex);
	}

	@Override
	public @Nullable Time getTime(int columnIndex) throws SQLException {
		return getObject(columnIndex, Time.class);
	}

	@Override
	public @Nullable Time getTime(int columnIndex, Calendar calendar) throws SQLException {
		return getTime(columnIndex);
	}

	@Override
	public @Nullable Timestamp getTimestamp(int columnIndex) throws SQLException {
		return getObject(columnIndex, Timestamp.class);
	}

	@Override
	public @Nullable Timestamp getTimestamp(int columnIndex, Calendar calendar) throws SQLException {
		return getTimestamp(columnIndex);
	}

	@Override
	public @Nullable InputStream getBinaryStream(int columnIndex) throws SQLException {
		byte[] bytes = getBytes(columnIndex);
		return (bytes != null) ? new ByteArrayInputStream(bytes) : null;
	}

	@Override
	public @Nullable Reader getCharacterStream(int columnIndex) throws SQLException {
		String text = getString(columnIndex);
		return (text != null) ? new StringReader(text) : null;
	}

	@Override
	public @Nullable Reader getNCharacterStream(int columnIndex) throws SQLException {
		return getCharacterStream(columnIndex);
	}

	/**
	 * Returns the value in its natural Java type: {@code Long} for an INTEGER
	 * ({@code BigInteger} when beyond the {@code long} range), {@code Double} for a REAL,
	 * {@code String} for TEXT, {@code byte[]} for a BLOB, or {@code null}.
	 */
	@Override
	public @Nullable Object getObject(int columnIndex) throws SQLException {
		return JsonColumnConverter.toObject(value(columnIndex), label(columnIndex));
	}

	@Override
	public @Nullable Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
		if (!map.isEmpty()) {
			throw unsupported("getObject with a type map");
		}
		return getObject(columnIndex);
	}

	/**
	 * Converts the value to the given type: {@code String}, boxed numbers,
	 * {@code Number}, {@code BigInteger}, {@code BigDecimal}, {@code Boolean},
	 * {@code byte[]}, {@code UUID}, enums (by name), {@code java.time} types,
	 * {@code java.util.Date}, {@code java.sql} date types, {@code Object} and Jackson's
	 * {@code JsonNode} (the raw value).
	 */
	@Override
	public <T> @Nullable T getObject(int columnIndex, Class<T> type) throws SQLException {
		return JsonColumnConverter.convert(value(columnIndex), type, label(columnIndex));
	}

	@Override
	public int findColumn(String columnLabel) throws SQLException {
		for (int i = 0; i < this.columns.size(); i++) {
			if (this.columns.get(i).equalsIgnoreCase(columnLabel)) {
				return i + 1;
			}
		}
		throw new NoSuchColumnException(columnLabel, this.columns);
	}

	@Override
	public ResultSetMetaData getMetaData() {
		return this.metaData;
	}

	@Override
	public @Nullable SQLWarning getWarnings() {
		return null;
	}

	@Override
	public void clearWarnings() {
	}

	@Override
	public boolean isBeforeFirst() {
		return this.cursor == 0 && !this.rows.isEmpty();
	}

	@Override
	public boolean isAfterLast() {
		return this.cursor > this.rows.size() && !this.rows.isEmpty();
	}

	@Override
	public boolean isFirst() {
		return this.cursor == 1 && !this.rows.isEmpty();
	}

	@Override
	public boolean isLast() {
		return this.cursor == this.rows.size() && !this.rows.isEmpty();
	}

	@Override
	public void beforeFirst() {
		this.cursor = 0;
	}

	@Override
	public void afterLast() {
		this.cursor = this.rows.size() + 1;
	}

	@Override
	public boolean first() {
		return absolute(1);
	}

	@Override
	public boolean last() {
		return absolute(-1);
	}

	@Override
	public int getRow() {
		return (this.cursor >= 1 && this.cursor <= this.rows.size()) ? this.cursor : 0;
	}

	@Override
	public boolean absolute(int row) {
		int target = (row >= 0) ? row : this.rows.size() + 1 + row;
		this.cursor = Math.max(0, Math.min(target, this.rows.size() + 1));
		return this.cursor >= 1 && this.cursor <= this.rows.size();
	}

	@Override
	public boolean relative(int rows) {
		return absolute(Math.max(0, this.cursor + rows));
	}

	@Override
	public boolean previous() {
		return absolute(Math.max(0, this.cursor - 1));
	}

	@Override
	public void setFetchDirection(int direction) throws SQLException {
		if (direction != FETCH_FORWARD && direction != FETCH_REVERSE && direction != FETCH_UNKNOWN) {
			throw new SQLException("Unknown fetch direction " + direction);
		}
	}

	@Override
	public int getFetchDirection() {
		return FETCH_FORWARD;
	}

	@Override
	public void setFetchSize(int rows) {
	}

	@Override
	public int getFetchSize() {
		return this.rows.size();
	}

	@Override
	public int getType() {
		return TYPE_SCROLL_INSENSITIVE;
	}

	@Override
	public int getConcurrency() {
		return CONCUR_READ_ONLY;
	}

	@Override
	public int getHoldability() {
		return HOLD_CURSORS_OVER_COMMIT;
	}

	@Override
	public boolean rowUpdated() {
		return false;
	}

	@Override
	public boolean rowInserted() {
		return false;
	}

	@Override
	public boolean rowDeleted() {
		return false;
	}

	@Override
	public @Nullable Statement getStatement() {
		return null;
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		if (type.isInstance(this)) {
			return type.cast(this);
		}
		throw new SQLException("Not a wrapper for " + type.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return type.isInstance(this);
	}

	@Override
	public String toString() {
		return "EdgeResultSet[" + this.rows.size() + " rows, columns " + this.columns + "]";
	}

	private @Nullable Object value(int columnIndex) throws SQLException {
		checkOpen();
		if (this.cursor < 1 || this.cursor > this.rows.size()) {
			throw new SQLException("The result set is not on a row (call next() first)");
		}
		label(columnIndex);
		Object value = this.rows.row(this.cursor - 1)[columnIndex - 1];
		this.lastReadWasNull = JsonColumnConverter.isNull(value);
		return value;
	}

	private String label(int columnIndex) throws SQLException {
		if (columnIndex < 1 || columnIndex > this.columns.size()) {
			throw new SQLException("Column index " + columnIndex + " is out of range 1.." + this.columns.size());
		}
		return this.columns.get(columnIndex - 1);
	}

	private void checkOpen() throws SQLException {
		if (this.closed) {
			throw new SQLException("The result set is closed");
		}
	}

	/**
	 * The {@link SQLException} that {@link #findColumn(String)} throws for a label that
	 * is not in the result, as JDBC requires. Spring's {@code DataClassRowMapper} probes
	 * with {@code findColumn} and catches it (first {@code createdat}, then
	 * {@code created_at} for a component {@code createdAt}), once per such component on
	 * every row ({@code BeanPropertyRowMapper} reads the column labels from the metadata
	 * instead); so it carries no stack trace, which would cost more than the whole
	 * lookup, and its message is only built when asked for. Where it escapes to a caller,
	 * the template and the reactive client wrap it in a {@code DataAccessException} that
	 * has a stack trace.
	 */
	private static final class NoSuchColumnException extends SQLException {

		private final String columnLabel;

		private final List<String> columns;

		NoSuchColumnException(String columnLabel, List<String> columns) {
			super((String) null);
			this.columnLabel = columnLabel;
			this.columns = columns;
		}

		@Override
		public String getMessage() {
			return "No column named '" + this.columnLabel + "' in the result (columns: " + this.columns + ")";
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

}
