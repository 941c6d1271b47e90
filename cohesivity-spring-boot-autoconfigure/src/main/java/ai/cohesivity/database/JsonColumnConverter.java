/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Converts one column value, as the edge database returns it in JSON, into Java types,
 * following SQLite's storage classes: INTEGER (a JSON integer), REAL (a JSON fraction),
 * TEXT (a JSON string), BLOB (D1's JSON array of byte values 0–255) and NULL.
 * <p>
 * Integers stay exact: they are never read through a {@code double}. An INTEGER beyond
 * the {@code long} range is a {@link BigInteger} from {@link #toObject(JsonNode, String)}
 * and an error from {@link #toLong}. A REAL with a fraction is an error when read as an
 * integer type (no silent truncation), and any value out of the target type's range is an
 * error. Booleans read from {@code 0}/{@code 1} (any non-zero number is {@code true}) and
 * from the text {@code true} / {@code false} / {@code 1} / {@code 0}. Date and time rules
 * are in {@link TemporalValueReader}.
 */
final class JsonColumnConverter {

	private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

	private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

	private JsonColumnConverter() {
	}

	/**
	 * Returns the value in its natural Java type: {@code Long} (or {@code BigInteger}
	 * beyond the {@code long} range), {@code Double}, {@code String}, {@code byte[]},
	 * {@code Boolean} or {@code null}; a JSON object (never produced by SQLite) is
	 * returned as its JSON text.
	 * @param node the value
	 * @param column the column label, for error messages
	 * @return the Java value
	 * @throws SQLDataException if an array is not a valid BLOB
	 */
	static @Nullable Object toObject(JsonNode node, String column) throws SQLDataException {
		if (node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isIntegralNumber()) {
			return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
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
		if (node.isArray()) {
			return toBytes(node, column);
		}
		return node.toString();
	}

	/**
	 * Reads the value as text: numbers in their exact decimal form, a BLOB as UTF-8 text.
	 * @param node the value
	 * @param column the column label, for error messages
	 * @return the text or {@code null}
	 * @throws SQLDataException if an array is not a valid BLOB
	 */
	static @Nullable String toText(JsonNode node, String column) throws SQLDataException {
		if (node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isString()) {
			return node.stringValue();
		}
		if (node.isIntegralNumber()) {
			return node.bigIntegerValue().toString();
		}
		if (node.isArray()) {
			return new String(toBytes(node, column), StandardCharsets.UTF_8);
		}
		return node.asString();
	}

	/**
	 * Reads the value as a {@code long}; NULL reads as {@code 0}.
	 * @param node the value
	 * @param column the column label, for error messages
	 * @return the value
	 * @throws SQLDataException if the value is not a whole number within the {@code long}
	 * range
	 */
	static long toLong(JsonNode node, String column) throws SQLDataException {
		BigInteger value = toBigInteger(node, column);
		if (value == null) {
			return 0L;
		}
		if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
			throw new SQLDataException("Column '" + column + "' holds an integer beyond the range of long; read it as "
					+ "BigInteger or String");
		}
		return value.longValue();
	}

	/**
	 * Reads the value as a whole number of a bounded type; NULL reads as {@code 0}.
	 * @param node the value
	 * @param column the column label, for error messages
	 * @param min the smallest allowed value
	 * @param max the largest allowed value
	 * @param typeName the Java type name, for error messages
	 * @return the value
	 * @throws SQLDataException if the value is not a whole number within the range
	 */
	static long toBoundedLong(JsonNode node, String column, long min, long max, String typeName)
			throws SQLDataException {
		long value = toLong(node, column);
		if (value < min || value > max) {
			throw new SQLDataException(
					"Column '" + column + "' holds " + value + " which is outside the range of " + typeName);
		}
		return value;
	}

	/**
	 * Reads the value as an exact whole number.
	 * @param node the value
	 * @param column the column label, for error messages
	 * @return the value, or {@code null} for NULL
	 * @throws SQLDataException if the value is not a whole number
	 */
	static @Nullable BigInteger toBigInteger(JsonNode node, String column) throws SQLDataException {
		if (node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isIntegralNumber()) {
			return node.bigIntegerValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
		}
		BigDecimal decimal = toBigDecimal(node, column);
		try {
			return (decimal != null) ? decimal.toBigIntegerExact() : null;
		}
		catch (ArithmeticException ex) {
			throw new SQLDataException("Column '" + column + "' holds a number with a fraction, which cannot be read "
					+ "as a whole number", ex);
		}
	}

	/**
	 * Reads the value as a {@code double}; NULL reads as {@code 0}.
	 * @param node the value
	 * @param column the column label, for error messages
	 * @return the value
	 * @throws SQLDataException if the value is not a number
	 */
	static double toDouble(JsonNode node, String column) throws SQLDataException {
		if (node.isNumber()) {
			return node.doubleValue();
		}
		BigDecimal decimal = toBigDecimal(node, column);
		return (decimal != null) ? decimal.doubleValue() : 0.0;
	}

	/**
	 * Reads the value as an exact decimal.
	 * @param node the value
	 * @param column the column label, for error messages
	 * @return the value, or {@code null} for NULL
	 * @throws SQLDataException if the value is not a number
	 */
	static @Nullable BigDecimal toBigDecimal(JsonNode node, String column) throws SQLDataException {
		if (node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isIntegralNumber()) {
			return new BigDecimal(node.bigIntegerValue());
		}
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		if (node.isString()) {
			try {
				return new BigDecimal(node.stringValue().trim());
			}
			catch (NumberFormatException ex) {
				throw new SQLDataException("Column '" + column + "' holds text that is not a number", ex);
			}
		}
		throw cannotRead(node, column, "a number");
	}

	/**
	 * Reads the value as a boolean; NULL reads as {@code false}.
	 * @param node the value
	 * @param column the column label, for error messages
	 * @return the value
	 * @throws SQLDataException if the value is neither a number nor boolean text
	 */
	static boolean toBoolean(JsonNode node, String column) throws SQLDataException {
		if (node.isNull() || node.isMissingNode()) {
			return false;
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isNumber()) {
			return node.doubleValue() != 0.0;
		}
		if (node.isString()) {
			String text = node.stringValue().trim().toLowerCase(Locale.ROOT);
			switch (text) {
				case "true", "1" -> {
					return true;
				}
				case "false", "0" -> {
					return false;
				}
				default -> throw new SQLDataException("Column '" + column + "' holds text that is not a boolean");
			}
		}
		throw cannotRead(node, column, "a boolean");
	}

	/**
	 * Reads the value as bytes: a BLOB (D1's array of byte values) or the UTF-8 bytes of
	 * text.
	 * @param node the value
	 * @param column the column label, for error messages
	 * @return the bytes, or {@code null} for NULL
	 * @throws SQLDataException if the value is neither
	 */
	static byte @Nullable [] toBytes(JsonNode node, String column) throws SQLDataException {
		if (node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isString()) {
			return node.stringValue().getBytes(StandardCharsets.UTF_8);
		}
		if (!node.isArray()) {
			throw cannotRead(node, column, "bytes");
		}
		byte[] bytes = new byte[node.size()];
		for (int i = 0; i < bytes.length; i++) {
			JsonNode element = node.get(i);
			if (!element.isIntegralNumber() || !element.canConvertToInt() || element.intValue() < -128
					|| element.intValue() > 255) {
				throw new SQLDataException("Column '" + column + "' holds an array that is not a BLOB of byte values");
			}
			bytes[i] = (byte) element.intValue();
		}
		return bytes;
	}

	/**
	 * Converts the value to the requested type, as
	 * {@code ResultSet.getObject(int, Class)} does. Supported: {@code Object},
	 * {@code String}, the boxed numeric types, {@code Number}, {@link BigInteger},
	 * {@link BigDecimal}, {@code Boolean}, {@code byte[]}, {@link UUID} (text or a
	 * 16-byte BLOB), enums (by name, then case-insensitively), {@link JsonNode},
	 * {@link Instant}, {@link LocalDateTime}, {@link LocalDate}, {@link LocalTime},
	 * {@link OffsetDateTime}, {@link ZonedDateTime}, {@code java.util.Date} and
	 * {@code java.sql.Date / Time / Timestamp}.
	 * @param <T> the requested type
	 * @param node the value
	 * @param type the requested type
	 * @param column the column label, for error messages
	 * @return the converted value, or {@code null} for NULL
	 * @throws SQLException if the value cannot be converted or the type is not supported
	 */
	@SuppressWarnings("unchecked")
	static <T> @Nullable T convert(JsonNode node, Class<T> type, String column) throws SQLException {
		if (type == JsonNode.class) {
			return (T) node;
		}
		if (node.isNull() || node.isMissingNode()) {
			return null;
		}
		Object value = convertNonNull(node, type, column);
		return (T) value;
	}

	private static Object convertNonNull(JsonNode node, Class<?> type, String column) throws SQLException {
		if (type == Object.class) {
			Object value = toObject(node, column);
			return (value != null) ? value : node;
		}
		if (type == String.class) {
			return toText(node, column);
		}
		if (type == Long.class || type == long.class) {
			return toLong(node, column);
		}
		if (type == Integer.class || type == int.class) {
			return (int) toBoundedLong(node, column, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
		}
		if (type == Short.class || type == short.class) {
			return (short) toBoundedLong(node, column, Short.MIN_VALUE, Short.MAX_VALUE, "short");
		}
		if (type == Byte.class || type == byte.class) {
			return (byte) toBoundedLong(node, column, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
		}
		if (type == Double.class || type == double.class) {
			return toDouble(node, column);
		}
		if (type == Float.class || type == float.class) {
			return (float) toDouble(node, column);
		}
		if (type == BigInteger.class) {
			return toBigInteger(node, column);
		}
		if (type == BigDecimal.class) {
			return toBigDecimal(node, column);
		}
		if (type == Number.class) {
			Object value = toObject(node, column);
			if (value instanceof Number) {
				return value;
			}
			return toBigDecimal(node, column);
		}
		if (type == Boolean.class || type == boolean.class) {
			return toBoolean(node, column);
		}
		if (type == byte[].class) {
			return toBytes(node, column);
		}
		if (type == UUID.class) {
			return toUuid(node, column);
		}
		if (type.isEnum()) {
			return toEnum(node, type, column);
		}
		Object temporal = convertTemporal(node, type, column);
		if (temporal != null) {
			return temporal;
		}
		throw new SQLDataException("Column '" + column + "' cannot be converted to " + type.getName());
	}

	private static @Nullable Object convertTemporal(JsonNode node, Class<?> type, String column)
			throws SQLDataException {
		if (type == OffsetDateTime.class) {
			return TemporalValueReader.readDateTime(node, column);
		}
		if (type == Instant.class) {
			return TemporalValueReader.readDateTime(node, column).toInstant();
		}
		if (type == ZonedDateTime.class) {
			return TemporalValueReader.readDateTime(node, column).toZonedDateTime();
		}
		if (type == LocalDateTime.class) {
			return TemporalValueReader.readDateTime(node, column)
				.withOffsetSameInstant(ZoneOffset.UTC)
				.toLocalDateTime();
		}
		if (type == LocalDate.class) {
			return TemporalValueReader.readDate(node, column);
		}
		if (type == LocalTime.class) {
			return TemporalValueReader.readTime(node, column);
		}
		if (type == Timestamp.class || type == java.util.Date.class) {
			return Timestamp.from(TemporalValueReader.readDateTime(node, column).toInstant());
		}
		if (type == java.sql.Date.class) {
			return java.sql.Date.valueOf(TemporalValueReader.readDate(node, column));
		}
		if (type == Time.class) {
			return Time.valueOf(TemporalValueReader.readTime(node, column));
		}
		return null;
	}

	private static UUID toUuid(JsonNode node, String column) throws SQLDataException {
		if (node.isArray()) {
			byte[] bytes = toBytes(node, column);
			if (bytes != null && bytes.length == 16) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				return new UUID(buffer.getLong(), buffer.getLong());
			}
			throw new SQLDataException("Column '" + column + "' holds a BLOB that is not 16 bytes long");
		}
		if (!node.isString()) {
			throw cannotRead(node, column, "a UUID");
		}
		try {
			return UUID.fromString(node.stringValue().trim());
		}
		catch (IllegalArgumentException ex) {
			throw new SQLDataException("Column '" + column + "' holds text that is not a UUID", ex);
		}
	}

	private static Object toEnum(JsonNode node, Class<?> type, String column) throws SQLDataException {
		if (!node.isString()) {
			throw cannotRead(node, column, "an enum constant (enums are stored by name)");
		}
		String name = node.stringValue().trim();
		Object[] constants = type.getEnumConstants();
		for (Object constant : constants) {
			if (((Enum<?>) constant).name().equals(name)) {
				return constant;
			}
		}
		for (Object constant : constants) {
			if (((Enum<?>) constant).name().equalsIgnoreCase(name)) {
				return constant;
			}
		}
		throw new SQLDataException("Column '" + column + "' holds text that names no constant of " + type.getName());
	}

	/**
	 * Names the SQLite storage class of a JSON value, for error messages.
	 * @param node the value
	 * @return {@code INTEGER}, {@code REAL}, {@code TEXT}, {@code BLOB}, {@code NULL} or
	 * the JSON kind
	 */
	static String storageClass(JsonNode node) {
		if (node.isNull() || node.isMissingNode()) {
			return "NULL";
		}
		if (node.isIntegralNumber()) {
			return "INTEGER";
		}
		if (node.isNumber()) {
			return "REAL";
		}
		if (node.isString()) {
			return "TEXT";
		}
		if (node.isArray()) {
			return "BLOB";
		}
		return node.getNodeType().name();
	}

	private static SQLDataException cannotRead(JsonNode node, String column, String what) {
		return new SQLDataException(
				"Column '" + column + "' holds " + storageClass(node) + " which cannot be read as " + what);
	}

}
