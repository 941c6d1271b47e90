/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * {@link ResultSetMetaData} of an {@link EdgeResultSet}. Column names and labels are the
 * JSON property names of the rows, in order. The edge database returns no declared column
 * types, so each column's type is the SQLite storage class of its first non-null value:
 * {@code INTEGER} ({@link Types#BIGINT}), {@code REAL} ({@link Types#DOUBLE}),
 * {@code TEXT} ({@link Types#VARCHAR}), {@code BLOB} ({@link Types#BLOB}), or
 * {@code NULL} ({@link Types#NULL}) when every value is null. Table, schema and catalog
 * names are unknown (empty).
 */
final class EdgeResultSetMetaData implements ResultSetMetaData {

	private final List<String> columns;

	private final EdgeRows rows;

	EdgeResultSetMetaData(List<String> columns, EdgeRows rows) {
		this.columns = columns;
		this.rows = rows;
	}

	@Override
	public int getColumnCount() {
		return this.columns.size();
	}

	@Override
	public String getColumnLabel(int column) throws SQLException {
		return name(column);
	}

	@Override
	public String getColumnName(int column) throws SQLException {
		return name(column);
	}

	@Override
	public int getColumnType(int column) throws SQLException {
		return switch (storageClass(column)) {
			case "INTEGER" -> Types.BIGINT;
			case "REAL" -> Types.DOUBLE;
			case "TEXT" -> Types.VARCHAR;
			case "BLOB" -> Types.BLOB;
			case "BOOLEAN" -> Types.BOOLEAN;
			case "NULL" -> Types.NULL;
			default -> Types.OTHER;
		};
	}

	@Override
	public String getColumnTypeName(int column) throws SQLException {
		return storageClass(column);
	}

	@Override
	public String getColumnClassName(int column) throws SQLException {
		return switch (storageClass(column)) {
			case "INTEGER" -> Long.class.getName();
			case "REAL" -> Double.class.getName();
			case "BLOB" -> byte[].class.getName();
			case "BOOLEAN" -> Boolean.class.getName();
			case "TEXT" -> String.class.getName();
			default -> Object.class.getName();
		};
	}

	@Override
	public boolean isAutoIncrement(int column) throws SQLException {
		name(column);
		return false;
	}

	@Override
	public boolean isCaseSensitive(int column) throws SQLException {
		return "TEXT".equals(storageClass(column));
	}

	@Override
	public boolean isSearchable(int column) throws SQLException {
		name(column);
		return true;
	}

	@Override
	public boolean isCurrency(int column) throws SQLException {
		name(column);
		return false;
	}

	@Override
	public int isNullable(int column) throws SQLException {
		name(column);
		return columnNullableUnknown;
	}

	@Override
	public boolean isSigned(int column) throws SQLException {
		String storageClass = storageClass(column);
		return "INTEGER".equals(storageClass) || "REAL".equals(storageClass);
	}

	@Override
	public int getColumnDisplaySize(int column) throws SQLException {
		name(column);
		return Integer.MAX_VALUE;
	}

	@Override
	public String getSchemaName(int column) throws SQLException {
		name(column);
		return "";
	}

	@Override
	public int getPrecision(int column) throws SQLException {
		name(column);
		return 0;
	}

	@Override
	public int getScale(int column) throws SQLException {
		name(column);
		return 0;
	}

	@Override
	public String getTableName(int column) throws SQLException {
		name(column);
		return "";
	}

	@Override
	public String getCatalogName(int column) throws SQLException {
		name(column);
		return "";
	}

	@Override
	public boolean isReadOnly(int column) throws SQLException {
		name(column);
		return true;
	}

	@Override
	public boolean isWritable(int column) throws SQLException {
		name(column);
		return false;
	}

	@Override
	public boolean isDefinitelyWritable(int column) throws SQLException {
		name(column);
		return false;
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

	private String name(int column) throws SQLException {
		if (column < 1 || column > this.columns.size()) {
			throw new SQLException("Column index " + column + " is out of range 1.." + this.columns.size());
		}
		return this.columns.get(column - 1);
	}

	private String storageClass(int column) throws SQLException {
		name(column);
		for (int row = 0; row < this.rows.size(); row++) {
			Object value = this.rows.row(row)[column - 1];
			if (!JsonColumnConverter.isNull(value)) {
				return JsonColumnConverter.storageClass(value);
			}
		}
		return "NULL";
	}

}
