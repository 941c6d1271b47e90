/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLXML;
import java.util.Calendar;
import java.util.Map;

/**
 * The part of a {@link ResultSet} that a read-only, in-memory result does not need to
 * think about: every update method and every LOB, REF, ARRAY, ROWID, SQLXML and URL
 * accessor throws {@link SQLFeatureNotSupportedException}, and every accessor by column
 * label delegates to the accessor by index through {@link #findColumn(String)}.
 */
abstract class ReadOnlyResultSetSupport implements ResultSet {

	/**
	 * Creates the exception thrown by an unsupported method.
	 * @param method the method name
	 * @return the exception
	 */
	protected static SQLFeatureNotSupportedException unsupported(String method) {
		return new SQLFeatureNotSupportedException(
				"ResultSet." + method + " is not supported by the edge database's read-only result set");
	}

	@Override
	public InputStream getAsciiStream(int columnIndex) throws SQLException {
		throw unsupported("getAsciiStream");
	}

	@Override
	public InputStream getUnicodeStream(int columnIndex) throws SQLException {
		throw unsupported("getUnicodeStream");
	}

	@Override
	public String getString(String columnLabel) throws SQLException {
		return getString(findColumn(columnLabel));
	}

	@Override
	public boolean getBoolean(String columnLabel) throws SQLException {
		return getBoolean(findColumn(columnLabel));
	}

	@Override
	public byte getByte(String columnLabel) throws SQLException {
		return getByte(findColumn(columnLabel));
	}

	@Override
	public short getShort(String columnLabel) throws SQLException {
		return getShort(findColumn(columnLabel));
	}

	@Override
	public int getInt(String columnLabel) throws SQLException {
		return getInt(findColumn(columnLabel));
	}

	@Override
	public long getLong(String columnLabel) throws SQLException {
		return getLong(findColumn(columnLabel));
	}

	@Override
	public float getFloat(String columnLabel) throws SQLException {
		return getFloat(findColumn(columnLabel));
	}

	@Override
	public double getDouble(String columnLabel) throws SQLException {
		return getDouble(findColumn(columnLabel));
	}

	@Override
	public BigDecimal getBigDecimal(String columnLabel, int arg1) throws SQLException {
		return getBigDecimal(findColumn(columnLabel), arg1);
	}

	@Override
	public byte[] getBytes(String columnLabel) throws SQLException {
		return getBytes(findColumn(columnLabel));
	}

	@Override
	public java.sql.Date getDate(String columnLabel) throws SQLException {
		return getDate(findColumn(columnLabel));
	}

	@Override
	public java.sql.Time getTime(String columnLabel) throws SQLException {
		return getTime(findColumn(columnLabel));
	}

	@Override
	public java.sql.Timestamp getTimestamp(String columnLabel) throws SQLException {
		return getTimestamp(findColumn(columnLabel));
	}

	@Override
	public InputStream getAsciiStream(String columnLabel) throws SQLException {
		throw unsupported("getAsciiStream");
	}

	@Override
	public InputStream getUnicodeStream(String columnLabel) throws SQLException {
		throw unsupported("getUnicodeStream");
	}

	@Override
	public InputStream getBinaryStream(String columnLabel) throws SQLException {
		return getBinaryStream(findColumn(columnLabel));
	}

	@Override
	public String getCursorName() throws SQLException {
		throw unsupported("getCursorName");
	}

	@Override
	public Object getObject(String columnLabel) throws SQLException {
		return getObject(findColumn(columnLabel));
	}

	@Override
	public Reader getCharacterStream(String columnLabel) throws SQLException {
		return getCharacterStream(findColumn(columnLabel));
	}

	@Override
	public BigDecimal getBigDecimal(String columnLabel) throws SQLException {
		return getBigDecimal(findColumn(columnLabel));
	}

	@Override
	public void updateNull(int columnIndex) throws SQLException {
		throw unsupported("updateNull");
	}

	@Override
	public void updateBoolean(int columnIndex, boolean value) throws SQLException {
		throw unsupported("updateBoolean");
	}

	@Override
	public void updateByte(int columnIndex, byte value) throws SQLException {
		throw unsupported("updateByte");
	}

	@Override
	public void updateShort(int columnIndex, short value) throws SQLException {
		throw unsupported("updateShort");
	}

	@Override
	public void updateInt(int columnIndex, int value) throws SQLException {
		throw unsupported("updateInt");
	}

	@Override
	public void updateLong(int columnIndex, long length) throws SQLException {
		throw unsupported("updateLong");
	}

	@Override
	public void updateFloat(int columnIndex, float value) throws SQLException {
		throw unsupported("updateFloat");
	}

	@Override
	public void updateDouble(int columnIndex, double value) throws SQLException {
		throw unsupported("updateDouble");
	}

	@Override
	public void updateBigDecimal(int columnIndex, BigDecimal value) throws SQLException {
		throw unsupported("updateBigDecimal");
	}

	@Override
	public void updateString(int columnIndex, String value) throws SQLException {
		throw unsupported("updateString");
	}

	@Override
	public void updateBytes(int columnIndex, byte[] value) throws SQLException {
		throw unsupported("updateBytes");
	}

	@Override
	public void updateDate(int columnIndex, java.sql.Date value) throws SQLException {
		throw unsupported("updateDate");
	}

	@Override
	public void updateTime(int columnIndex, java.sql.Time value) throws SQLException {
		throw unsupported("updateTime");
	}

	@Override
	public void updateTimestamp(int columnIndex, java.sql.Timestamp value) throws SQLException {
		throw unsupported("updateTimestamp");
	}

	@Override
	public void updateAsciiStream(int columnIndex, InputStream stream, int arg2) throws SQLException {
		throw unsupported("updateAsciiStream");
	}

	@Override
	public void updateBinaryStream(int columnIndex, InputStream stream, int arg2) throws SQLException {
		throw unsupported("updateBinaryStream");
	}

	@Override
	public void updateCharacterStream(int columnIndex, Reader stream, int arg2) throws SQLException {
		throw unsupported("updateCharacterStream");
	}

	@Override
	public void updateObject(int columnIndex, Object value, int arg2) throws SQLException {
		throw unsupported("updateObject");
	}

	@Override
	public void updateObject(int columnIndex, Object value) throws SQLException {
		throw unsupported("updateObject");
	}

	@Override
	public void updateNull(String columnLabel) throws SQLException {
		throw unsupported("updateNull");
	}

	@Override
	public void updateBoolean(String columnLabel, boolean value) throws SQLException {
		throw unsupported("updateBoolean");
	}

	@Override
	public void updateByte(String columnLabel, byte value) throws SQLException {
		throw unsupported("updateByte");
	}

	@Override
	public void updateShort(String columnLabel, short value) throws SQLException {
		throw unsupported("updateShort");
	}

	@Override
	public void updateInt(String columnLabel, int value) throws SQLException {
		throw unsupported("updateInt");
	}

	@Override
	public void updateLong(String columnLabel, long length) throws SQLException {
		throw unsupported("updateLong");
	}

	@Override
	public void updateFloat(String columnLabel, float value) throws SQLException {
		throw unsupported("updateFloat");
	}

	@Override
	public void updateDouble(String columnLabel, double value) throws SQLException {
		throw unsupported("updateDouble");
	}

	@Override
	public void updateBigDecimal(String columnLabel, BigDecimal value) throws SQLException {
		throw unsupported("updateBigDecimal");
	}

	@Override
	public void updateString(String columnLabel, String value) throws SQLException {
		throw unsupported("updateString");
	}

	@Override
	public void updateBytes(String columnLabel, byte[] value) throws SQLException {
		throw unsupported("updateBytes");
	}

	@Override
	public void updateDate(String columnLabel, java.sql.Date value) throws SQLException {
		throw unsupported("updateDate");
	}

	@Override
	public void updateTime(String columnLabel, java.sql.Time value) throws SQLException {
		throw unsupported("updateTime");
	}

	@Override
	public void updateTimestamp(String columnLabel, java.sql.Timestamp value) throws SQLException {
		throw unsupported("updateTimestamp");
	}

	@Override
	public void updateAsciiStream(String columnLabel, InputStream stream, int arg2) throws SQLException {
		throw unsupported("updateAsciiStream");
	}

	@Override
	public void updateBinaryStream(String columnLabel, InputStream stream, int arg2) throws SQLException {
		throw unsupported("updateBinaryStream");
	}

	@Override
	public void updateCharacterStream(String columnLabel, Reader stream, int arg2) throws SQLException {
		throw unsupported("updateCharacterStream");
	}

	@Override
	public void updateObject(String columnLabel, Object value, int arg2) throws SQLException {
		throw unsupported("updateObject");
	}

	@Override
	public void updateObject(String columnLabel, Object value) throws SQLException {
		throw unsupported("updateObject");
	}

	@Override
	public void insertRow() throws SQLException {
		throw unsupported("insertRow");
	}

	@Override
	public void updateRow() throws SQLException {
		throw unsupported("updateRow");
	}

	@Override
	public void deleteRow() throws SQLException {
		throw unsupported("deleteRow");
	}

	@Override
	public void refreshRow() throws SQLException {
		throw unsupported("refreshRow");
	}

	@Override
	public void cancelRowUpdates() throws SQLException {
		throw unsupported("cancelRowUpdates");
	}

	@Override
	public void moveToInsertRow() throws SQLException {
		throw unsupported("moveToInsertRow");
	}

	@Override
	public void moveToCurrentRow() throws SQLException {
		throw unsupported("moveToCurrentRow");
	}

	@Override
	public Ref getRef(int columnIndex) throws SQLException {
		throw unsupported("getRef");
	}

	@Override
	public Blob getBlob(int columnIndex) throws SQLException {
		throw unsupported("getBlob");
	}

	@Override
	public Clob getClob(int columnIndex) throws SQLException {
		throw unsupported("getClob");
	}

	@Override
	public java.sql.Array getArray(int columnIndex) throws SQLException {
		throw unsupported("getArray");
	}

	@Override
	public Object getObject(String columnLabel, Map<String, Class<?>> map) throws SQLException {
		return getObject(findColumn(columnLabel), map);
	}

	@Override
	public Ref getRef(String columnLabel) throws SQLException {
		throw unsupported("getRef");
	}

	@Override
	public Blob getBlob(String columnLabel) throws SQLException {
		throw unsupported("getBlob");
	}

	@Override
	public Clob getClob(String columnLabel) throws SQLException {
		throw unsupported("getClob");
	}

	@Override
	public java.sql.Array getArray(String columnLabel) throws SQLException {
		throw unsupported("getArray");
	}

	@Override
	public java.sql.Date getDate(String columnLabel, Calendar calendar) throws SQLException {
		return getDate(findColumn(columnLabel), calendar);
	}

	@Override
	public java.sql.Time getTime(String columnLabel, Calendar calendar) throws SQLException {
		return getTime(findColumn(columnLabel), calendar);
	}

	@Override
	public java.sql.Timestamp getTimestamp(String columnLabel, Calendar calendar) throws SQLException {
		return getTimestamp(findColumn(columnLabel), calendar);
	}

	@Override
	public java.net.URL getURL(int columnIndex) throws SQLException {
		throw unsupported("getURL");
	}

	@Override
	public java.net.URL getURL(String columnLabel) throws SQLException {
		throw unsupported("getURL");
	}

	@Override
	public void updateRef(int columnIndex, Ref value) throws SQLException {
		throw unsupported("updateRef");
	}

	@Override
	public void updateRef(String columnLabel, Ref value) throws SQLException {
		throw unsupported("updateRef");
	}

	@Override
	public void updateBlob(int columnIndex, Blob value) throws SQLException {
		throw unsupported("updateBlob");
	}

	@Override
	public void updateBlob(String columnLabel, Blob value) throws SQLException {
		throw unsupported("updateBlob");
	}

	@Override
	public void updateClob(int columnIndex, Clob value) throws SQLException {
		throw unsupported("updateClob");
	}

	@Override
	public void updateClob(String columnLabel, Clob value) throws SQLException {
		throw unsupported("updateClob");
	}

	@Override
	public void updateArray(int columnIndex, java.sql.Array value) throws SQLException {
		throw unsupported("updateArray");
	}

	@Override
	public void updateArray(String columnLabel, java.sql.Array value) throws SQLException {
		throw unsupported("updateArray");
	}

	@Override
	public RowId getRowId(int columnIndex) throws SQLException {
		throw unsupported("getRowId");
	}

	@Override
	public RowId getRowId(String columnLabel) throws SQLException {
		throw unsupported("getRowId");
	}

	@Override
	public void updateRowId(int columnIndex, RowId value) throws SQLException {
		throw unsupported("updateRowId");
	}

	@Override
	public void updateRowId(String columnLabel, RowId value) throws SQLException {
		throw unsupported("updateRowId");
	}

	@Override
	public void updateNString(int columnIndex, String value) throws SQLException {
		throw unsupported("updateNString");
	}

	@Override
	public void updateNString(String columnLabel, String value) throws SQLException {
		throw unsupported("updateNString");
	}

	@Override
	public void updateNClob(int columnIndex, NClob value) throws SQLException {
		throw unsupported("updateNClob");
	}

	@Override
	public void updateNClob(String columnLabel, NClob value) throws SQLException {
		throw unsupported("updateNClob");
	}

	@Override
	public NClob getNClob(int columnIndex) throws SQLException {
		throw unsupported("getNClob");
	}

	@Override
	public NClob getNClob(String columnLabel) throws SQLException {
		throw unsupported("getNClob");
	}

	@Override
	public SQLXML getSQLXML(int columnIndex) throws SQLException {
		throw unsupported("getSQLXML");
	}

	@Override
	public SQLXML getSQLXML(String columnLabel) throws SQLException {
		throw unsupported("getSQLXML");
	}

	@Override
	public void updateSQLXML(int columnIndex, SQLXML value) throws SQLException {
		throw unsupported("updateSQLXML");
	}

	@Override
	public void updateSQLXML(String columnLabel, SQLXML value) throws SQLException {
		throw unsupported("updateSQLXML");
	}

	@Override
	public String getNString(String columnLabel) throws SQLException {
		return getNString(findColumn(columnLabel));
	}

	@Override
	public Reader getNCharacterStream(String columnLabel) throws SQLException {
		return getNCharacterStream(findColumn(columnLabel));
	}

	@Override
	public void updateNCharacterStream(int columnIndex, Reader stream, long length) throws SQLException {
		throw unsupported("updateNCharacterStream");
	}

	@Override
	public void updateNCharacterStream(String columnLabel, Reader stream, long length) throws SQLException {
		throw unsupported("updateNCharacterStream");
	}

	@Override
	public void updateAsciiStream(int columnIndex, InputStream stream, long length) throws SQLException {
		throw unsupported("updateAsciiStream");
	}

	@Override
	public void updateBinaryStream(int columnIndex, InputStream stream, long length) throws SQLException {
		throw unsupported("updateBinaryStream");
	}

	@Override
	public void updateCharacterStream(int columnIndex, Reader stream, long length) throws SQLException {
		throw unsupported("updateCharacterStream");
	}

	@Override
	public void updateAsciiStream(String columnLabel, InputStream stream, long length) throws SQLException {
		throw unsupported("updateAsciiStream");
	}

	@Override
	public void updateBinaryStream(String columnLabel, InputStream stream, long length) throws SQLException {
		throw unsupported("updateBinaryStream");
	}

	@Override
	public void updateCharacterStream(String columnLabel, Reader stream, long length) throws SQLException {
		throw unsupported("updateCharacterStream");
	}

	@Override
	public void updateBlob(int columnIndex, InputStream stream, long length) throws SQLException {
		throw unsupported("updateBlob");
	}

	@Override
	public void updateBlob(String columnLabel, InputStream stream, long length) throws SQLException {
		throw unsupported("updateBlob");
	}

	@Override
	public void updateClob(int columnIndex, Reader stream, long length) throws SQLException {
		throw unsupported("updateClob");
	}

	@Override
	public void updateClob(String columnLabel, Reader stream, long length) throws SQLException {
		throw unsupported("updateClob");
	}

	@Override
	public void updateNClob(int columnIndex, Reader stream, long length) throws SQLException {
		throw unsupported("updateNClob");
	}

	@Override
	public void updateNClob(String columnLabel, Reader stream, long length) throws SQLException {
		throw unsupported("updateNClob");
	}

	@Override
	public void updateNCharacterStream(int columnIndex, Reader stream) throws SQLException {
		throw unsupported("updateNCharacterStream");
	}

	@Override
	public void updateNCharacterStream(String columnLabel, Reader stream) throws SQLException {
		throw unsupported("updateNCharacterStream");
	}

	@Override
	public void updateAsciiStream(int columnIndex, InputStream stream) throws SQLException {
		throw unsupported("updateAsciiStream");
	}

	@Override
	public void updateBinaryStream(int columnIndex, InputStream stream) throws SQLException {
		throw unsupported("updateBinaryStream");
	}

	@Override
	public void updateCharacterStream(int columnIndex, Reader stream) throws SQLException {
		throw unsupported("updateCharacterStream");
	}

	@Override
	public void updateAsciiStream(String columnLabel, InputStream stream) throws SQLException {
		throw unsupported("updateAsciiStream");
	}

	@Override
	public void updateBinaryStream(String columnLabel, InputStream stream) throws SQLException {
		throw unsupported("updateBinaryStream");
	}

	@Override
	public void updateCharacterStream(String columnLabel, Reader stream) throws SQLException {
		throw unsupported("updateCharacterStream");
	}

	@Override
	public void updateBlob(int columnIndex, InputStream stream) throws SQLException {
		throw unsupported("updateBlob");
	}

	@Override
	public void updateBlob(String columnLabel, InputStream stream) throws SQLException {
		throw unsupported("updateBlob");
	}

	@Override
	public void updateClob(int columnIndex, Reader stream) throws SQLException {
		throw unsupported("updateClob");
	}

	@Override
	public void updateClob(String columnLabel, Reader stream) throws SQLException {
		throw unsupported("updateClob");
	}

	@Override
	public void updateNClob(int columnIndex, Reader stream) throws SQLException {
		throw unsupported("updateNClob");
	}

	@Override
	public void updateNClob(String columnLabel, Reader stream) throws SQLException {
		throw unsupported("updateNClob");
	}

	@Override
	public <T> T getObject(String columnLabel, Class<T> type) throws SQLException {
		return getObject(findColumn(columnLabel), type);
	}

}
