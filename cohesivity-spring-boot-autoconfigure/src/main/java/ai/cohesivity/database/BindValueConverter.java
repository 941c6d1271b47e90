/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Converts a Java parameter value into the JSON value sent in {@code params}, following
 * SQLite's storage classes.
 * <ul>
 * <li>{@code null} → {@code null}; {@link SqlParameterValue} → its value.</li>
 * <li>{@code String}, {@code Character}, enum (its name), {@link UUID} → text.</li>
 * <li>{@code Byte}, {@code Short}, {@code Integer}, {@code Long}, {@link BigInteger}
 * within the 64-bit range → integer; {@code Boolean} → {@code 1} / {@code 0} (SQLite has
 * no boolean).</li>
 * <li>{@code Float}, {@code Double} (finite), {@link BigDecimal} → number (stored as REAL
 * unless the column has TEXT affinity).</li>
 * <li>{@code byte[]} is refused: the JSON API binds no BLOBs (D1 and the emulator reject
 * a JSON array parameter). Bind hex text and write {@code unhex(?)}; BLOBs are
 * <em>read</em> fine.</li>
 * <li>{@code java.time} values and {@code java.util.Date} → ISO-8601 text
 * ({@link Instant} and {@code java.util.Date} in UTC with a {@code Z}), which SQLite's
 * date functions understand and which sorts in time order within one type.</li>
 * </ul>
 * Anything else is refused with an {@link InvalidDataAccessApiUsageException} naming the
 * type, rather than sent as some {@code toString()}.
 */
final class BindValueConverter {

	private BindValueConverter() {
	}

	/**
	 * Converts one value.
	 * @param value the Java value
	 * @return the JSON-ready value
	 * @throws InvalidDataAccessApiUsageException if the value cannot be bound
	 */
	static @Nullable Object toJson(@Nullable Object value) {
		if (value instanceof SqlParameterValue parameterValue) {
			return toJson(parameterValue.getValue());
		}
		if (value == null || value instanceof String || value instanceof Long) {
			return value;
		}
		if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
			return ((Number) value).longValue();
		}
		if (value instanceof Boolean bool) {
			return bool ? 1L : 0L;
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (!Double.isFinite(number)) {
				throw new InvalidDataAccessApiUsageException(
						"Cannot bind " + number + ": SQLite stores no NaN or infinite values");
			}
			return number;
		}
		if (value instanceof BigDecimal) {
			return value;
		}
		if (value instanceof BigInteger big) {
			if (big.bitLength() > 63) {
				throw new InvalidDataAccessApiUsageException(
						"Cannot bind a BigInteger beyond the 64-bit range of a SQLite INTEGER; bind it as text");
			}
			return big.longValue();
		}
		if (value instanceof Character || value instanceof Enum<?> || value instanceof UUID) {
			return (value instanceof Enum<?> constant) ? constant.name() : value.toString();
		}
		if (value instanceof byte[]) {
			throw new InvalidDataAccessApiUsageException("Cannot bind a byte[]: the edge database's JSON API has no "
					+ "BLOB parameters (a JSON array is refused); bind hex text and write unhex(?) in the SQL");
		}
		Object temporal = temporalToText(value);
		if (temporal != null) {
			return temporal;
		}
		throw new InvalidDataAccessApiUsageException("Cannot bind a value of type " + value.getClass().getName()
				+ " to the edge database; convert it to a String, number, boolean, byte[] or java.time value");
	}

	private static @Nullable String temporalToText(Object value) {
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant().toString();
		}
		if (value instanceof java.sql.Date date) {
			return date.toLocalDate().toString();
		}
		if (value instanceof java.sql.Time time) {
			return DateTimeFormatter.ISO_LOCAL_TIME.format(time.toLocalTime());
		}
		if (value instanceof java.util.Date date) {
			return date.toInstant().toString();
		}
		if (value instanceof Instant || value instanceof LocalDate) {
			return value.toString();
		}
		if (value instanceof LocalDateTime dateTime) {
			return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime);
		}
		if (value instanceof LocalTime time) {
			return DateTimeFormatter.ISO_LOCAL_TIME.format(time);
		}
		if (value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((java.time.temporal.TemporalAccessor) value);
		}
		if (value instanceof OffsetTime time) {
			return DateTimeFormatter.ISO_OFFSET_TIME.format(time);
		}
		return null;
	}

}
