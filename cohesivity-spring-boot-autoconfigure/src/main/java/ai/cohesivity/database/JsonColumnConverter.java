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
 * Converts one column value, as the edge database returns it in JSON and {@link EdgeRows}
 * holds it, into Java types, following SQLite's storage classes: INTEGER (a JSON integer:
 * {@code Long}, or {@code BigInteger} beyond the {@code long} range), REAL (a JSON
 * fraction: {@code Double}), TEXT (a JSON string), BLOB (D1's JSON array of byte values
 * 0–255, kept as a tree) and NULL ({@code null}, or {@link EdgeRows#MISSING} for a column
 * the row lacks).
 * <p>
 * Integers stay exact: they are never read through a {@code double}. An INTEGER beyond
 * the {@code long} range is a {@link BigInteger} from {@link #toObject(Object, String)}
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
	 * Returns whether a value is SQL NULL.
	 * @param value the value
	 * @return whether it is {@code null} or {@link EdgeRows#MISSING}
	 */
	static boolean isNull(@Nullable Object value) {
		return value == null || value == EdgeRows.MISSING;
	}

	/**
	 * Returns the value in its natural Java type: {@code Long} (or {@code BigInteger}
	 * beyond the {@code long} range), {@code Double}, {@code String}, {@code byte[]},
	 * {@code Boolean} or {@code null}; a JSON object (never produced by SQLite) is
	 * returned as its JSON text.
	 * @param value the value
	 * @param column the column label, for error messages
	 * @return the Java value
	 * @throws SQLDataException if an array is not a valid BLOB
	 */
	static @Nullable Object toObject(@Nullable Object value, String column) throws SQLDataException {
		if (isNull(value)) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.doubleValue();
		}
		if (value instanceof JsonNode node) {
			return node.isArray() ? toBytes(node, column) : node.toString();
		}
		return value;
	}

	/**
	 * Reads the value as text: numbers in their exact decimal form, a BLOB as UTF-8 text.
	 * @param value the value
	 * @param column the column label, for error messages
	 * @return the text or {@code null}
	 * @throws SQLDataException if an array is not a valid BLOB
	 */
	static @Nullable String toText(@Nullable Object value, String column) throws SQLDataException {
		if (isNull(value)) {
			return null;
		}
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof JsonNode node) {
			return node.isArray() ? new String(toBytes(node, column), StandardCharsets.UTF_8) : node.toString();
		}
		// A REAL as Jackson writes it.
		return EdgeRows.node(value).asString();
	}

	/**
	 * Reads the value as a {@code long}; NULL reads as {@code 0}.
	 * @param value the value
	 * @param column the column label, for error messages
	 * @return the value
	 * @throws SQLDataException if the value is not a whole number within the {@code long}
	 * range
	 */
	static long toLong(@Nullable Object value, String column) throws SQLDataException {
		if (value instanceof Long number) {
			return number;
		}
		BigInteger exact = toBigInteger(value, column);
		if (exact == null) {
			return 0L;
		}
		if (exact.compareTo(LONG_MIN) < 0 || exact.compareTo(LONG_MAX) > 0) {
			throw new SQLDataException("Column '" + column + "' holds an integer beyond the range of long; read it as "
					+ "BigInteger or String");
		}
		return exact.longValue();
	}

	/**
	 * Reads the value as a whole number of a bounded type; NULL reads as {@code 0}.
	 * @param value the value
	 * @param column the column label, for error messages
	 * @param min the smallest allowed value
	 * @param max the largest allowed value
	 * @param typeName the Java type name, for error messages
	 * @return the value
	 * @throws SQLDataException if the value is not a whole number within the range
	 */
	static long toBoundedLong(@Nullable Object value, String column, long min, long max, String typeName)
			throws SQLDataException {
		long exact = toLong(value, column);
		if (exact < min || exact > max) {
			throw new SQLDataException(
					"Column '" + column + "' holds " + exact + " which is outside the range of " + typeName);
		}
		return exact;
	}

	/**
	 * Reads the value as an exact whole number.
	 * @param value the value
	 * @param column the column label, for error messages
	 * @return the value, or {@code null} for NULL
	 * @throws SQLDataException if the value is not a whole number
	 */
	static @Nullable BigInteger toBigInteger(@Nullable Object value, String column) throws SQLDataException {
		if (isNull(value)) {
			return null;
		}
		if (value instanceof Long number) {
			return BigInteger.valueOf(number);
		}
		if (value instanceof BigInteger number) {
			return number;
		}
		if (value instanceof Boolean bool) {
			return bool ? BigInteger.ONE : BigInteger.ZERO;
		}
		BigDecimal decimal = toBigDecimal(value, column);
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
	 * @param value the value
	 * @param column the column label, for error messages
	 * @return the value
	 * @throws SQLDataException if the value is not a number
	 */
	static double toDouble(@Nullable Object value, String column) throws SQLDataException {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		BigDecimal decimal = toBigDecimal(value, column);
		return (decimal != null) ? decimal.doubleValue() : 0.0;
	}

	/**
	 * Reads the value as an exact decimal.
	 * @param value the value
	 * @param column the column label, for error messages
	 * @return the value, or {@code null} for NULL
	 * @throws SQLDataException if the value is not a number
	 */
	static @Nullable BigDecimal toBigDecimal(@Nullable Object value, String column) throws SQLDataException {
		if (isNull(value)) {
			return null;
		}
		if (value instanceof Long number) {
			return BigDecimal.valueOf(number);
		}
		if (value instanceof BigInteger number) {
			return new BigDecimal(number);
		}
		if (value instanceof BigDecimal number) {
			return number;
		}
		if (value instanceof Double number) {
			if (!Double.isFinite(number)) {
				throw new SQLDataException("Column '" + column + "' holds " + number + ", which is not a decimal");
			}
			return BigDecimal.valueOf(number);
		}
		if (value instanceof Boolean bool) {
			return bool ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		if (value instanceof String text) {
			try {
				return new BigDecimal(text.trim());
			}
			catch (NumberFormatException ex) {
				throw new SQLDataException("Column '" + column + "' holds text that is not a number", ex);
			}
		}
		throw cannotRead(value, column, "a number");
	}

	/**
	 * Reads the value as a boolean; NULL reads as {@code false}.
	 * @param value the value
	 * @param column the column label, for error messages
	 * @return the value
	 * @throws SQLDataException if the value is neither a number nor boolean text
	 */
	static boolean toBoolean(@Nullable Object value, String column) throws SQLDataException {
		if (isNull(value)) {
			return false;
		}
		if (value instanceof Long number) {
			return number != 0;
		}
		if (value instanceof Boolean bool) {
			return bool;
		}
		if (value instanceof Number number) {
			return number.doubleValue() != 0.0;
		}
		if (value instanceof String text) {
			switch (text.trim().toLowerCase(Locale.ROOT)) {
				case "true", "1" -> {
					return true;
				}
				case "false", "0" -> {
					return false;
				}
				default -> throw new SQLDataException("Column '" + column + "' holds text that is not a boolean");
			}
		}
		throw cannotRead(value, column, "a boolean");
	}

	/**
	 * Reads the value as bytes: a BLOB (D1's array of byte values) or the UTF-8 bytes of
	 * text.
	 * @param value the value
	 * @param column the column label, for error messages
	 * @return the bytes, or {@code null} for NULL
	 * @throws SQLDataException if the value is neither
	 */
	static byte @Nullable [] toBytes(@Nullable Object value, String column) throws SQLDataException {
		if (isNull(value)) {
			return null;
		}
		if (value instanceof String text) {
			return text.getBytes(StandardCharsets.UTF_8);
		}
		if (!(value instanceof JsonNode node) || !node.isArray()) {
			throw cannotRead(value, column, "bytes");
		}
		return toBytes(node, column);
	}

	private static byte[] toBytes(JsonNode array, String column) throws SQLDataException {
		if (!array.isArray()) {
			throw cannotRead(array, column, "bytes");
		}
		byte[] bytes = new byte[array.size()];
		for (int i = 0; i < bytes.length; i++) {
			JsonNode element = array.get(i);
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
	 * @param value the value
	 * @param type the requested type
	 * @param column the column label, for error messages
	 * @return the converted value, or {@code null} for NULL
	 * @throws SQLException if the value cannot be converted or the type is not supported
	 */
	@SuppressWarnings("unchecked")
	static <T> @Nullable T convert(@Nullable Object value, Class<T> type, String column) throws SQLException {
		if (type == JsonNode.class) {
			return (T) EdgeRows.node(value);
		}
		if (isNull(value)) {
			return null;
		}
		return (T) convertNonNull(value, type, column);
	}

	private static Object convertNonNull(Object value, Class<?> type, String column) throws SQLException {
		if (type == Object.class) {
			Object natural = toObject(value, column);
			return (natural != null) ? natural : value;
		}
		if (type == String.class) {
			return toText(value, column);
		}
		if (type == Long.class || type == long.class) {
			return toLong(value, column);
		}
		if (type == Integer.class || type == int.class) {
			return (int) toBoundedLong(value, column, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
		}
		if (type == Short.class || type == short.class) {
			return (short) toBoundedLong(value, column, Short.MIN_VALUE, Short.MAX_VALUE, "short");
		}
		if (type == Byte.class || type == byte.class) {
			return (byte) toBoundedLong(value, column, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
		}
		if (type == Double.class || type == double.class) {
			return toDouble(value, column);
		}
		if (type == Float.class || type == float.class) {
			return (float) toDouble(value, column);
		}
		if (type == BigInteger.class) {
			return toBigInteger(value, column);
		}
		if (type == BigDecimal.class) {
			return toBigDecimal(value, column);
		}
		if (type == Number.class) {
			Object natural = toObject(value, column);
			if (natural instanceof Number) {
				return natural;
			}
			return toBigDecimal(value, column);
		}
		if (type == Boolean.class || type == boolean.class) {
			return toBoolean(value, column);
		}
		if (type == byte[].class) {
			return toBytes(value, column);
		}
		if (type == UUID.class) {
			return toUuid(value, column);
		}
		if (type.isEnum()) {
			return toEnum(value, type, column);
		}
		Object temporal = convertTemporal(value, type, column);
		if (temporal != null) {
			return temporal;
		}
		throw new SQLDataException("Column '" + column + "' cannot be converted to " + type.getName());
	}

	private static @Nullable Object convertTemporal(Object value, Class<?> type, String column)
			throws SQLDataException {
		if (type == Instant.class) {
			return TemporalValueReader.readInstant(value, column);
		}
		if (type == OffsetDateTime.class) {
			return TemporalValueReader.readDateTime(value, column);
		}
		if (type == ZonedDateTime.class) {
			return TemporalValueReader.readDateTime(value, column).toZonedDateTime();
		}
		if (type == LocalDateTime.class) {
			return TemporalValueReader.readDateTime(value, column)
				.withOffsetSameInstant(ZoneOffset.UTC)
				.toLocalDateTime();
		}
		if (type == LocalDate.class) {
			return TemporalValueReader.readDate(value, column);
		}
		if (type == LocalTime.class) {
			return TemporalValueReader.readTime(value, column);
		}
		if (type == Timestamp.class || type == java.util.Date.class) {
			return Timestamp.from(TemporalValueReader.readInstant(value, column));
		}
		if (type == java.sql.Date.class) {
			return java.sql.Date.valueOf(TemporalValueReader.readDate(value, column));
		}
		if (type == Time.class) {
			return Time.valueOf(TemporalValueReader.readTime(value, column));
		}
		return null;
	}

	private static UUID toUuid(Object value, String column) throws SQLDataException {
		if (value instanceof JsonNode node && node.isArray()) {
			byte[] bytes = toBytes(node, column);
			if (bytes.length == 16) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				return new UUID(buffer.getLong(), buffer.getLong());
			}
			throw new SQLDataException("Column '" + column + "' holds a BLOB that is not 16 bytes long");
		}
		if (!(value instanceof String text)) {
			throw cannotRead(value, column, "a UUID");
		}
		try {
			return UUID.fromString(text.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new SQLDataException("Column '" + column + "' holds text that is not a UUID", ex);
		}
	}

	private static Object toEnum(Object value, Class<?> type, String column) throws SQLDataException {
		if (!(value instanceof String text)) {
			throw cannotRead(value, column, "an enum constant (enums are stored by name)");
		}
		String name = text.trim();
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
	 * Names the SQLite storage class of a value, for error messages and metadata.
	 * @param value the value
	 * @return {@code INTEGER}, {@code REAL}, {@code TEXT}, {@code BLOB}, {@code NULL},
	 * {@code BOOLEAN} or the JSON kind
	 */
	static String storageClass(@Nullable Object value) {
		if (isNull(value)) {
			return "NULL";
		}
		if (value instanceof Long || value instanceof BigInteger) {
			return "INTEGER";
		}
		if (value instanceof Number) {
			return "REAL";
		}
		if (value instanceof String) {
			return "TEXT";
		}
		if (value instanceof Boolean) {
			return "BOOLEAN";
		}
		JsonNode node = (JsonNode) value;
		return node.isArray() ? "BLOB" : node.getNodeType().name();
	}

	private static SQLDataException cannotRead(@Nullable Object value, String column, String what) {
		return new SQLDataException(
				"Column '" + column + "' holds " + storageClass(value) + " which cannot be read as " + what);
	}

}
