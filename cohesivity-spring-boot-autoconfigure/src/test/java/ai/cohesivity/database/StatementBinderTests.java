/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.namedparam.BeanPropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link StatementBinder}, {@link BindValueConverter} and
 * {@link StatementLimits}.
 */
class StatementBinderTests {

	@Test
	void positionalAndNumberedPlaceholdersPassThrough() {
		EdgeDatabaseRequest statement = StatementBinder.positional("SELECT * FROM t WHERE a = ?2 OR b = ?1",
				List.of(1, "x"));
		assertThat(statement.sql()).isEqualTo("SELECT * FROM t WHERE a = ?2 OR b = ?1");
		assertThat(statement.params()).containsExactly(1L, "x");
	}

	@Test
	void namedParametersFromAMapExpandCollections() {
		EdgeDatabaseRequest statement = StatementBinder.named("SELECT * FROM t WHERE owner = :owner AND id IN (:ids)",
				new MapSqlParameterSource(Map.of("owner", "ann", "ids", List.of(1, 2, 3))));
		assertThat(statement.sql()).isEqualTo("SELECT * FROM t WHERE owner = ? AND id IN (?, ?, ?)");
		assertThat(statement.params()).containsExactly("ann", 1L, 2L, 3L);
	}

	@Test
	void namedParametersFromARecordAndABean() {
		record Note(String title, boolean done) {
		}
		EdgeDatabaseRequest fromRecord = StatementBinder.named("INSERT INTO notes (title, done) VALUES (:title, :done)",
				new SimplePropertySqlParameterSource(new Note("milk", true)));
		assertThat(fromRecord.params()).containsExactly("milk", 1L);
		NoteBean bean = new NoteBean();
		bean.setTitle("bread");
		EdgeDatabaseRequest fromBean = StatementBinder.named("UPDATE notes SET title = :title",
				new BeanPropertySqlParameterSource(bean));
		assertThat(fromBean.sql()).isEqualTo("UPDATE notes SET title = ?");
		assertThat(fromBean.params()).containsExactly("bread");
	}

	@Test
	void repeatedNameBindsTwiceAndColonsInStringsAreNotParameters() {
		EdgeDatabaseRequest statement = StatementBinder.named("SELECT ':x', :a, :a", new MapSqlParameterSource("a", 5));
		assertThat(statement.sql()).isEqualTo("SELECT ':x', ?, ?");
		assertThat(statement.params()).containsExactly(5L, 5L);
	}

	@Test
	void missingNamedValueIsAClearError() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> StatementBinder.named("SELECT :a, :b", new MapSqlParameterSource("a", 1)))
			.withMessageContaining("'b'");
	}

	@Test
	void namedPlaceholderWithPositionalValuesIsRefused() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> StatementBinder.positional("SELECT :a", List.of(1)))
			.withMessageContaining(":a");
	}

	@Test
	void placeholderCountMismatchIsRefusedInsteadOfBindingNull() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> StatementBinder.positional("SELECT ?, ?", List.of(1)))
			.withMessageContaining("2 '?' placeholders but 1 arguments");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> StatementBinder.positional("SELECT ?3", List.of(1, 2)))
			.withMessageContaining("?3");
	}

	@Test
	void moreThanOneHundredParametersFailBeforeSending() {
		List<Object> values = new ArrayList<>(Collections.nCopies(101, 1));
		String sql = "SELECT " + String.join(", ", Collections.nCopies(101, "?"));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> StatementBinder.positional(sql, values))
			.withMessageContaining("101 parameters")
			.withMessageContaining("at most 100");
	}

	@Test
	void statementOverOneHundredKilobytesFailsBeforeSending() {
		char[] text = new char[100_001];
		Arrays.fill(text, 'x');
		String sql = "SELECT '" + new String(text) + "'";
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> StatementBinder.positional(sql, List.of()))
			.withMessageContaining("at most 100000 bytes");
		// Multi-byte characters count as bytes, not characters.
		char[] wide = new char[40_000];
		Arrays.fill(wide, 'é');
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class).isThrownBy(
				() -> StatementBinder.positional("SELECT '" + new String(wide) + new String(wide) + "'", List.of()));
	}

	@Test
	void valuesConvertToSqliteStorageClasses() {
		UUID uuid = UUID.randomUUID();
		Instant instant = Instant.parse("2026-01-02T03:04:00Z");
		assertThat(BindValueConverter.toJson(true)).isEqualTo(1L);
		assertThat(BindValueConverter.toJson((short) 7)).isEqualTo(7L);
		assertThat(BindValueConverter.toJson(Thread.State.NEW)).isEqualTo("NEW");
		assertThat(BindValueConverter.toJson(uuid)).isEqualTo(uuid.toString());
		assertThat(BindValueConverter.toJson(instant)).isEqualTo("2026-01-02T03:04:00Z");
		assertThat(BindValueConverter.toJson(LocalDateTime.of(2026, 1, 2, 3, 4))).isEqualTo("2026-01-02T03:04:00");
		assertThat(BindValueConverter.toJson(LocalDate.of(2026, 1, 2))).isEqualTo("2026-01-02");
		assertThat(BindValueConverter.toJson(OffsetDateTime.of(2026, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHours(2))))
			.isEqualTo("2026-01-02T03:04:00+02:00");
	}

	@Test
	void unbindableValuesAreRefusedWithTheirType() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> BindValueConverter.toJson(new byte[] { 1 }))
			.withMessageContaining("unhex(?)");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> BindValueConverter.toJson(Double.NaN));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> BindValueConverter.toJson(new java.math.BigInteger("99999999999999999999")));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> BindValueConverter.toJson(new Object()))
			.withMessageContaining("java.lang.Object");
	}

	/**
	 * A JavaBean for {@link BeanPropertySqlParameterSource}.
	 */
	public static class NoteBean {

		private String title;

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

	}

}
