/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.SQLDataException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link TemporalValueReader}'s direct parser of ISO-8601 text agrees with
 * {@code java.time}'s parsers on every text it answers, and leaves every other text to
 * them: generated date-times in the shapes SQLite and Java write, near misses (fields out
 * of range, other separators, offsets and fraction lengths) and well-formed ones with one
 * field at or just past its bounds. The generator is seeded: a failure names the seed and
 * the input, and {@code -Dcohesivity.test.seed=<seed>} replays it.
 */
class TemporalValueReaderTests {

	/**
	 * Values at and just past the bounds of each field of a date-time, in the order of
	 * {@link #oneFieldOff}: year, month, day, separator, hour, minute, second, fraction,
	 * offset.
	 */
	private static final String[][] BOUNDARIES = { { "0000", "9999", "10000", "-0001", "+2026" },
			{ "00", "01", "12", "13", "99" }, { "00", "01", "28", "29", "30", "31", "32" }, { "T", " ", "t", "" },
			{ "00", "23", "24", "99" }, { "00", "59", "60" }, { "00", "59", "60" },
			{ ".", ".0", ".999999999", ".1234567890" },
			{ "+18:00", "-18:00", "+18:01", "-18:01", "+00:60", "+19:00", "-00:00", "+14:00" } };

	@Test
	void theDirectParserAgreesWithJavaTimeWheneverItAnswers() {
		SeededRandom random = SeededRandom.create();
		int tries = 3000;
		AtomicInteger readDirectly = new AtomicInteger();
		random.check(tries, TemporalValueReaderTests::dateTime, (text) -> {
			TemporalValueReader.IsoDateTime direct = TemporalValueReader.IsoDateTime.parse(text);
			if (direct != null) {
				readDirectly.incrementAndGet();
				OffsetDateTime reference = TemporalValueReader.parseDateTime(text, "c");
				assertThat(direct.toOffsetDateTime()).isEqualTo(reference);
				assertThat(direct.toInstant()).isEqualTo(reference.toInstant());
			}
			assertThat(outcome(() -> TemporalValueReader.readDateTime(text, "c")))
				.isEqualTo(outcome(() -> TemporalValueReader.parseDateTime(text.trim(), "c")));
			assertThat(outcome(() -> TemporalValueReader.readInstant(text, "c")))
				.isEqualTo(outcome(() -> TemporalValueReader.parseDateTime(text.trim(), "c").toInstant()));
		});
		int leftToJavaTime = tries - readDirectly.get();
		assertThat(readDirectly.get()).as("read directly of %d tries with seed %d", tries, random.seed())
			.isGreaterThan(tries / 20);
		assertThat(leftToJavaTime).as("left to java.time of %d tries with seed %d", tries, random.seed())
			.isGreaterThan(tries / 20);
	}

	@Test
	void everyWellFormedDateTimeIsReadDirectly() {
		SeededRandom.create()
			.check(500, TemporalValueReaderTests::wellFormed,
					(text) -> assertThat(TemporalValueReader.IsoDateTime.parse(text)).isNotNull());
	}

	@Test
	void theShapesSqliteAndJavaWriteAreReadDirectly() throws SQLDataException {
		assertThat(TemporalValueReader.readInstant("2026-01-02T03:04:05Z", "c"))
			.isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
		assertThat(TemporalValueReader.readInstant("2026-01-02 03:04:05.123", "c"))
			.isEqualTo(Instant.parse("2026-01-02T03:04:05.123Z"));
		assertThat(TemporalValueReader.readDateTime("2026-01-02T05:04:05.000000001+02:00", "c"))
			.isEqualTo(OffsetDateTime.of(2026, 1, 2, 5, 4, 5, 1, ZoneOffset.ofHours(2)));
		assertThat(TemporalValueReader.IsoDateTime.parse("2026-02-29T00:00:00Z")).isNull();
		assertThatExceptionOfType(SQLDataException.class)
			.isThrownBy(() -> TemporalValueReader.readInstant("2026-02-29T00:00:00Z", "c"));
	}

	private static String wellFormed(SeededRandom random) {
		String date = String.format("%04d-%02d-%02d", random.between(0, 9999), random.between(1, 12),
				random.between(1, 28));
		String time = String.format("%s%02d:%02d:%02d", random.oneOf("T", " "), random.between(0, 23),
				random.between(0, 59), random.between(0, 59));
		return date + time + random.oneOf("", ".5", ".123", ".123456", ".123456789")
				+ random.oneOf("Z", "", "+02:00", "-11:30");
	}

	private static String dateTime(SeededRandom random) {
		return switch (random.between(0, 3)) {
			case 0, 1 -> wellFormed(random);
			case 2 -> nearMiss(random);
			default -> oneFieldOff(random);
		};
	}

	/**
	 * Return a well-formed date-time with one field at or just past its bounds: hour 24,
	 * minute or second 60, month 0 or 13, day 29 to 32 of any month and year (February
	 * 29th of common years), ten fraction digits, offsets beyond ±18:00.
	 */
	private static String oneFieldOff(SeededRandom random) {
		String[] fields = { pad(random.between(0, 9999), 4), pad(random.between(1, 12), 2),
				pad(random.between(1, 28), 2), random.oneOf("T", " "), pad(random.between(0, 23), 2),
				pad(random.between(0, 59), 2), pad(random.between(0, 59), 2), random.oneOf("", ".5", ".123456789"),
				random.oneOf("Z", "", "+02:00") };
		int field = random.between(0, fields.length - 1);
		fields[field] = random.oneOf(BOUNDARIES[field]);
		return fields[0] + "-" + fields[1] + "-" + fields[2] + fields[3] + fields[4] + ":" + fields[5] + ":" + fields[6]
				+ fields[7] + fields[8];
	}

	/**
	 * Return a date-time of fields in or out of range, other separators, offsets and
	 * fraction lengths, with leading or trailing blanks.
	 */
	private static String nearMiss(SeededRandom random) {
		String year = random.nextBoolean() ? pad(random.between(0, 9999), 4)
				: random.oneOf("+2026", "20261", "202a", "-001");
		String date = random.oneOf("", " ", "\t") + year + "-" + twoDigits(random) + "-" + twoDigits(random);
		String seconds = random.nextBoolean() ? "" : ":" + twoDigits(random);
		String fraction = switch (random.between(0, 2)) {
			case 0 -> "";
			case 1 -> ".";
			default -> "." + random.text("0123456789", 1, 11);
		};
		String offset = random.nextBoolean()
				? random.oneOf("", "Z", "z", "+00:00", "-00:00", "+18:00", "-18:00", "+18:01", "+0200", "+02",
						"+02:00:00", "UTC", "[UTC]", " ")
				: random.oneOf("+", "-") + twoDigits(random) + ":" + twoDigits(random);
		String time = random.oneOf("T", " ", "t", "_", "  ") + twoDigits(random) + ":" + twoDigits(random) + seconds
				+ fraction + offset + random.oneOf("", " ", "\t");
		return date + time;
	}

	private static String twoDigits(SeededRandom random) {
		return random.nextBoolean() ? pad(random.between(0, 99), 2) : random.oneOf("1", "001", "a1", "");
	}

	private static String pad(int value, int width) {
		return String.format("%0" + width + "d", value);
	}

	private static Object outcome(ThrowingSupplier supplier) {
		try {
			return supplier.get();
		}
		catch (Exception ex) {
			return ex.getClass();
		}
	}

	@FunctionalInterface
	private interface ThrowingSupplier {

		Object get() throws Exception;

	}

}
