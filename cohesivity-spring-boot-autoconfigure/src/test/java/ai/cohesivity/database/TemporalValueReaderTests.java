/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.SQLDataException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link TemporalValueReader}'s direct parser of ISO-8601 text agrees with
 * {@code java.time}'s parsers on every text it answers, and leaves every other text to
 * them: generated date-times in the shapes SQLite and Java write, and near misses (fields
 * out of range, other separators, offsets and fraction lengths).
 */
class TemporalValueReaderTests {

	@Property(tries = 3000)
	void theDirectParserAgreesWithJavaTimeWheneverItAnswers(@ForAll("dateTimes") String text) throws Exception {
		TemporalValueReader.IsoDateTime direct = TemporalValueReader.IsoDateTime.parse(text);
		Statistics.collect((direct != null) ? "read directly" : "left to java.time");
		Statistics.coverage((coverage) -> {
			coverage.check("read directly").percentage((percent) -> percent > 5);
			coverage.check("left to java.time").percentage((percent) -> percent > 5);
		});
		if (direct != null) {
			OffsetDateTime reference = TemporalValueReader.parseDateTime(text, "c");
			assertThat(direct.toOffsetDateTime()).isEqualTo(reference);
			assertThat(direct.toInstant()).isEqualTo(reference.toInstant());
		}
		assertThat(outcome(() -> TemporalValueReader.readDateTime(text, "c")))
			.isEqualTo(outcome(() -> TemporalValueReader.parseDateTime(text.trim(), "c")));
		assertThat(outcome(() -> TemporalValueReader.readInstant(text, "c")))
			.isEqualTo(outcome(() -> TemporalValueReader.parseDateTime(text.trim(), "c").toInstant()));
	}

	@Property(tries = 500)
	void everyWellFormedDateTimeIsReadDirectly(@ForAll("wellFormed") String text) {
		assertThat(TemporalValueReader.IsoDateTime.parse(text)).isNotNull();
	}

	@Example
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

	@Provide
	Arbitrary<String> wellFormed() {
		Arbitrary<String> date = Combinators
			.combine(Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(1, 12),
					Arbitraries.integers().between(1, 28))
			.as((year, month, day) -> String.format("%04d-%02d-%02d", year, month, day));
		Arbitrary<String> time = Combinators.combine(Arbitraries.of("T", " "), Arbitraries.integers().between(0, 23),
				Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59),
				Arbitraries.of("", ".5", ".123", ".123456", ".123456789"), Arbitraries.of("Z", "", "+02:00", "-11:30"))
			.as((separator, hour, minute, second, fraction,
					offset) -> String.format("%s%02d:%02d:%02d", separator, hour, minute, second) + fraction + offset);
		return Combinators.combine(date, time).as(String::concat);
	}

	@Provide
	Arbitrary<String> dateTimes() {
		return Arbitraries.oneOf(wellFormed(), nearMisses());
	}

	Arbitrary<String> nearMisses() {
		Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.integers().between(0, 9999).map((y) -> pad(y, 4)),
				Arbitraries.of("+2026", "20261", "202a", "-001"));
		Arbitrary<String> twoDigits = Arbitraries.oneOf(Arbitraries.integers().between(0, 99).map((v) -> pad(v, 2)),
				Arbitraries.of("1", "001", "a1", ""));
		Arbitrary<String> separator = Arbitraries.of("T", " ", "t", "_", "  ");
		Arbitrary<String> seconds = Arbitraries.oneOf(Arbitraries.just(""), twoDigits.map((s) -> ":" + s));
		Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("."),
				Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(11).map((digits) -> "." + digits));
		Arbitrary<String> offset = Arbitraries.oneOf(
				Arbitraries.of("", "Z", "z", "+00:00", "-00:00", "+18:00", "-18:00", "+18:01", "+0200", "+02",
						"+02:00:00", "UTC", "[UTC]", " "),
				Combinators.combine(Arbitraries.of("+", "-"), twoDigits, twoDigits)
					.as((sign, hours, minutes) -> sign + hours + ":" + minutes));
		Arbitrary<String> padding = Arbitraries.of("", " ", "\t");
		Arbitrary<String> date = Combinators.combine(padding, year, twoDigits, twoDigits)
			.as((lead, y, mo, d) -> lead + y + "-" + mo + "-" + d);
		Arbitrary<String> time = Combinators
			.combine(separator, twoDigits, twoDigits, seconds, fraction, offset, padding)
			.as((sep, h, mi, s, f, off, trail) -> sep + h + ":" + mi + s + f + off + trail);
		return Combinators.combine(date, time).as(String::concat);
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
