/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.SQLDataException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

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
 * Text in the shapes SQLite and Java write — {@code 2026-01-02T03:04:05Z},
 * {@code 2026-01-02 03:04:05.123}, {@code 2026-01-02T03:04:05+02:00} — is read by a
 * direct parser of its digits; any other text goes through {@code java.time}'s ISO
 * parsers, with the same result (the direct parser answers only what it is sure of).
 */
final class TemporalValueReader {

	/** From this magnitude on, an epoch number is milliseconds rather than seconds. */
	static final long MILLIS_THRESHOLD = 100_000_000_000L;

	private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern TIME_ONLY = Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

	private static final int SECONDS_PER_DAY = 86_400;

	private TemporalValueReader() {
	}

	/**
	 * Reads a non-null value as a point in time (a date alone is midnight UTC).
	 * @param value the column value
	 * @param column the column label, for error messages
	 * @return the date-time with its offset
	 * @throws SQLDataException if the value is not a date-time
	 */
	static OffsetDateTime readDateTime(Object value, String column) throws SQLDataException {
		if (value instanceof Number number) {
			return fromEpoch(number).atOffset(ZoneOffset.UTC);
		}
		String text = text(value, column, "a date-time");
		IsoDateTime parsed = IsoDateTime.parse(text);
		return (parsed != null) ? parsed.toOffsetDateTime() : parseDateTime(text, column);
	}

	/**
	 * Reads a non-null value as an instant, as {@link #readDateTime} reads it.
	 * @param value the column value
	 * @param column the column label, for error messages
	 * @return the instant
	 * @throws SQLDataException if the value is not a date-time
	 */
	static Instant readInstant(Object value, String column) throws SQLDataException {
		if (value instanceof Number number) {
			return fromEpoch(number);
		}
		String text = text(value, column, "a date-time");
		IsoDateTime parsed = IsoDateTime.parse(text);
		return (parsed != null) ? parsed.toInstant() : parseDateTime(text, column).toInstant();
	}

	/**
	 * Reads trimmed text as a point in time with {@code java.time}'s ISO parsers: the
	 * general path, and the reference the direct parser agrees with.
	 * @param text the trimmed text
	 * @param column the column label, for error messages
	 * @return the date-time with its offset
	 * @throws SQLDataException if the text is not a date-time
	 */
	static OffsetDateTime parseDateTime(String text, String column) throws SQLDataException {
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
	 * @param value the column value
	 * @param column the column label, for error messages
	 * @return the date
	 * @throws SQLDataException if the value is not a date
	 */
	static LocalDate readDate(Object value, String column) throws SQLDataException {
		return readDateTime(value, column).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
	}

	/**
	 * Reads a non-null value as a time of day (the UTC time of a date-time).
	 * @param value the column value
	 * @param column the column label, for error messages
	 * @return the time
	 * @throws SQLDataException if the value is not a time
	 */
	static LocalTime readTime(Object value, String column) throws SQLDataException {
		if (value instanceof String text && TIME_ONLY.matcher(text.trim()).matches()) {
			return LocalTime.parse(text.trim());
		}
		return readDateTime(value, column).withOffsetSameInstant(ZoneOffset.UTC).toLocalTime();
	}

	private static Instant fromEpoch(Number number) {
		double magnitude = Math.abs(number.doubleValue());
		boolean millis = magnitude >= MILLIS_THRESHOLD;
		if (number instanceof Long exact) {
			return millis ? Instant.ofEpochMilli(exact) : Instant.ofEpochSecond(exact);
		}
		double seconds = millis ? number.doubleValue() / 1000.0 : number.doubleValue();
		long whole = (long) Math.floor(seconds);
		long nanos = Math.round((seconds - whole) * 1_000_000_000L);
		return Instant.ofEpochSecond(whole, nanos);
	}

	private static String text(Object value, String column, String what) throws SQLDataException {
		if (!(value instanceof String text)) {
			throw new SQLDataException("Column '" + column + "' holds " + JsonColumnConverter.storageClass(value)
					+ " which cannot be read as " + what);
		}
		return text.trim();
	}

	/**
	 * A date-time read straight from its digits, in the shapes SQLite and Java write:
	 * {@code yyyy-MM-dd}, then {@code T} or a space and {@code HH:mm}, optionally
	 * {@code :ss} and a fraction of 1 to 9 digits, then {@code Z}, {@code ±HH:mm} or
	 * nothing (UTC). Anything else, and any field out of range, is left to
	 * {@code java.time}'s parsers.
	 *
	 * @param date the date
	 * @param secondOfDay the second of the day
	 * @param nano the nanosecond of the second
	 * @param offsetSeconds the offset from UTC
	 */
	record IsoDateTime(LocalDate date, int secondOfDay, int nano, int offsetSeconds) {

		/**
		 * Reads trimmed text.
		 * @param text the text
		 * @return the date-time, or {@code null} if the text is not in a shape read here
		 */
		static @Nullable IsoDateTime parse(String text) {
			int length = text.length();
			if (length < 16 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(13) != ':'
					|| (text.charAt(10) != 'T' && text.charAt(10) != ' ')) {
				return null;
			}
			int year = digits(text, 0, 4);
			int month = digits(text, 5, 2);
			int day = digits(text, 8, 2);
			int hour = digits(text, 11, 2);
			int minute = digits(text, 14, 2);
			if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || hour > 23 || minute > 59) {
				return null;
			}
			int position = 16;
			int second = 0;
			int nano = 0;
			if (position < length && text.charAt(position) == ':') {
				second = digits(text, position + 1, 2);
				if (second < 0 || second > 59) {
					return null;
				}
				position += 3;
				if (position < length && text.charAt(position) == '.') {
					int start = ++position;
					while (position < length && position - start < 10 && isDigit(text.charAt(position))) {
						nano = nano * 10 + (text.charAt(position++) - '0');
					}
					int count = position - start;
					if (count == 0 || count > 9) {
						return null;
					}
					for (int i = count; i < 9; i++) {
						nano *= 10;
					}
				}
			}
			int offsetSeconds;
			if (position == length) {
				offsetSeconds = 0;
			}
			else if (position + 1 == length && text.charAt(position) == 'Z') {
				offsetSeconds = 0;
			}
			else if (position + 6 == length && (text.charAt(position) == '+' || text.charAt(position) == '-')
					&& text.charAt(position + 3) == ':') {
				int offsetHours = digits(text, position + 1, 2);
				int offsetMinutes = digits(text, position + 4, 2);
				if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 18 || offsetMinutes > 59
						|| (offsetHours == 18 && offsetMinutes > 0)) {
					return null;
				}
				int magnitude = offsetHours * 3600 + offsetMinutes * 60;
				offsetSeconds = (text.charAt(position) == '-') ? -magnitude : magnitude;
			}
			else {
				return null;
			}
			LocalDate date;
			try {
				date = LocalDate.of(year, month, day);
			}
			catch (DateTimeException ex) {
				return null;
			}
			return new IsoDateTime(date, hour * 3600 + minute * 60 + second, nano, offsetSeconds);
		}

		private static int digits(String text, int start, int count) {
			int value = 0;
			for (int i = start; i < start + count; i++) {
				if (i >= text.length() || !isDigit(text.charAt(i))) {
					return -1;
				}
				value = value * 10 + (text.charAt(i) - '0');
			}
			return value;
		}

		private static boolean isDigit(char c) {
			return c >= '0' && c <= '9';
		}

		Instant toInstant() {
			long epochSecond = this.date.toEpochDay() * SECONDS_PER_DAY + this.secondOfDay - this.offsetSeconds;
			return Instant.ofEpochSecond(epochSecond, this.nano);
		}

		OffsetDateTime toOffsetDateTime() {
			return OffsetDateTime.of(this.date, LocalTime.ofNanoOfDay(this.secondOfDay * 1_000_000_000L + this.nano),
					ZoneOffset.ofTotalSeconds(this.offsetSeconds));
		}

	}

}
