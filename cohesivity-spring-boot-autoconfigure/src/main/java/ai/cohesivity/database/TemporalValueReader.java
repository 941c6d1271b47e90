/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.SQLDataException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads date and time values the way SQLite stores them: as text or as a Unix epoch
 * number.
 * <ul>
 * <li>Text: ISO-8601 and SQLite's own {@code datetime()} format — {@code 2026-01-02},
 * {@code 2026-01-02 03:04:05}, {@code 2026-01-02T03:04:05.123},
 * {@code 2026-01-02T03:04:05Z}, {@code 2026-01-02T03:04:05+02:00}, {@code 03:04:05}. Text
 * without an offset is UTC, as SQLite's {@code datetime('now')} is; an offset in the text
 * is kept for {@link OffsetDateTime}.</li>
 * <li>Numbers: Unix epoch. A magnitude of at least 100,000,000,000 is read as
 * milliseconds (JavaScript's {@code Date.now()}), anything smaller as seconds (SQLite's
 * {@code unixepoch()}; a fraction is kept). The cut-off misreads only seconds after the
 * year 5138 and milliseconds before March 1973.</li>
 * </ul>
 */
final class TemporalValueReader {

	/** From this magnitude on, an epoch number is milliseconds rather than seconds. */
	static final long MILLIS_THRESHOLD = 100_000_000_000L;

	private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern TIME_ONLY = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

	private TemporalValueReader() {
	}

	/**
	 * Reads a non-null value as a point in time (a date alone is midnight UTC).
	 * @param node the column value
	 * @param column the column label, for error messages
	 * @return the date-time with its offset
	 * @throws SQLDataException if the value is not a date-time
	 */
	static OffsetDateTime readDateTime(JsonNode node, String column) throws SQLDataException {
		if (node.isNumber()) {
			return fromEpoch(node).atOffset(ZoneOffset.UTC);
		}
		String text = text(node, column, "a date-time");
		if (DATE_ONLY.matcher(text).matches()) {
			return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
		}
		String iso = (text.length() > 10 && text.charAt(10) == ' ') ? text.substring(0, 10) + 'T' + text.substring(11)
				: text;
		try {
			return OffsetDateTime.parse(iso);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ex2) {
				throw new SQLDataException("Column '" + column + "' holds text that is not an ISO-8601 date-time", ex2);
			}
		}
	}

	/**
	 * Reads a non-null value as a date (the UTC date of a date-time).
	 * @param node the column value
	 * @param column the column label, for error messages
	 * @return the date
	 * @throws SQLDataException if the value is not a date
	 */
	static LocalDate readDate(JsonNode node, String column) throws SQLDataException {
		return readDateTime(node, column).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
	}

	/**
	 * Reads a non-null value as a time of day (the UTC time of a date-time).
	 * @param node the column value
	 * @param column the column label, for error messages
	 * @return the time
	 * @throws SQLDataException if the value is not a time
	 */
	static LocalTime readTime(JsonNode node, String column) throws SQLDataException {
		if (node.isString() && TIME_ONLY.matcher(node.stringValue().trim()).matches()) {
			return LocalTime.parse(node.stringValue().trim());
		}
		return readDateTime(node, column).withOffsetSameInstant(ZoneOffset.UTC).toLocalTime();
	}

	private static Instant fromEpoch(JsonNode node) {
		double magnitude = Math.abs(node.doubleValue());
		boolean millis = magnitude >= MILLIS_THRESHOLD;
		if (node.isIntegralNumber() && node.canConvertToLong()) {
			long value = node.longValue();
			return millis ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
		}
		double seconds = millis ? node.doubleValue() / 1000.0 : node.doubleValue();
		long whole = (long) Math.floor(seconds);
		long nanos = Math.round((seconds - whole) * 1_000_000_000L);
		return Instant.ofEpochSecond(whole, nanos);
	}

	private static String text(JsonNode node, String column, String what) throws SQLDataException {
		if (!node.isString()) {
			throw new SQLDataException("Column '" + column + "' holds " + JsonColumnConverter.storageClass(node)
					+ " which cannot be read as " + what);
		}
		return node.stringValue().trim();
	}

}
