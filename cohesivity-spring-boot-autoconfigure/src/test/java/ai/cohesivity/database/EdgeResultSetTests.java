/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.BeanPropertyRowMapper;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.SingleColumnRowMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EdgeResultSet}: Spring JDBC's own row mappers over JSON rows as the
 * edge database returns them, here over rows given as JSON trees
 * ({@link EdgeResultSet#of(JsonNode)}); {@link DecodedEdgeResultSetTests} runs the same
 * tests over rows decoded from an answer's tokens, as the client reads them.
 */
class EdgeResultSetTests {

	private static final JsonMapper mapper = JsonMapper.shared();

	private static final String NOTES = """
			[{"id": 1, "title": "milk", "done": 1, "price": 2.5, "created_at": "2026-01-02 03:04:05",
			  "kind": "HOME", "ref": "6f1c1d36-7a39-4cb0-9b1b-3f6e3c9c6f0a", "blob": [1, 2, 255]},
			 {"id": 2, "title": "bread", "done": 0, "price": null, "created_at": "2026-01-03T10:00:00Z",
			  "kind": "WORK", "ref": null, "blob": null}]
			""";

	@Test
	void dataClassRowMapperMapsARecord() {
		List<NoteRecord> notes = map(NOTES, new DataClassRowMapper<>(NoteRecord.class));
		assertThat(notes).containsExactly(
				new NoteRecord(1L, "milk", true, new BigDecimal("2.5"), LocalDateTime.of(2026, 1, 2, 3, 4, 5),
						Kind.HOME, UUID.fromString("6f1c1d36-7a39-4cb0-9b1b-3f6e3c9c6f0a")),
				new NoteRecord(2L, "bread", false, null, LocalDateTime.of(2026, 1, 3, 10, 0), Kind.WORK, null));
	}

	@Test
	void beanPropertyRowMapperMapsABean() {
		List<NoteBean> notes = map(NOTES, new BeanPropertyRowMapper<>(NoteBean.class));
		assertThat(notes).extracting(NoteBean::getId, NoteBean::getTitle, NoteBean::isDone, NoteBean::getCreatedAt)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(1, "milk", true, Instant.parse("2026-01-02T03:04:05Z")),
					org.assertj.core.groups.Tuple.tuple(2, "bread", false, Instant.parse("2026-01-03T10:00:00Z")));
		assertThat(notes.get(0).getBlob()).containsExactly(1, 2, 255 - 256);
	}

	@Test
	void singleColumnRowMapperConvertsTheOnlyColumn() {
		assertThat(map("[{\"n\": 7}, {\"n\": null}]", new SingleColumnRowMapper<>(Integer.class))).containsExactly(7,
				null);
		assertThat(map("[{\"t\": \"2026-01-02\"}]", new SingleColumnRowMapper<>(LocalDate.class)))
			.containsExactly(LocalDate.of(2026, 1, 2));
	}

	@Test
	void columnMapRowMapperKeepsOrderAndNaturalTypes() {
		List<Map<String, Object>> rows = map(NOTES, new ColumnMapRowMapper());
		assertThat(rows.get(0)).containsOnlyKeys("id", "title", "done", "price", "created_at", "kind", "ref", "blob");
		assertThat(new ArrayList<>(rows.get(0).keySet())).startsWith("id", "title", "done");
		assertThat(rows.get(0).get("id")).isEqualTo(1L);
		assertThat(rows.get(0).get("price")).isEqualTo(2.5);
		assertThat(rows.get(0).get("blob")).isEqualTo(new byte[] { 1, 2, (byte) 255 });
		assertThat(rows.get(1).get("price")).isNull();
	}

	@Test
	void lambdaRowMapperReadsByLabelCaseInsensitively() {
		List<String> titles = map(NOTES, (rs, rowNum) -> rowNum + ":" + rs.getString("TITLE"));
		assertThat(titles).containsExactly("0:milk", "1:bread");
	}

	@Test
	void integersStayExact() throws SQLException {
		EdgeResultSet rs = resultSet("[{\"big\": 9007199254740993, \"huge\": 123456789012345678901234567890}]");
		rs.next();
		assertThat(rs.getLong("big")).isEqualTo(9007199254740993L);
		assertThat(rs.getObject("big")).isEqualTo(9007199254740993L);
		assertThat(rs.getString("big")).isEqualTo("9007199254740993");
		assertThat(rs.getObject("huge")).isEqualTo(new BigInteger("123456789012345678901234567890"));
		assertThat(rs.getBigDecimal("huge")).isEqualTo(new BigDecimal("123456789012345678901234567890"));
		assertThatExceptionOfType(SQLDataException.class).isThrownBy(() -> rs.getLong("huge"))
			.withMessageContaining("beyond the range of long");
		assertThatExceptionOfType(SQLDataException.class).isThrownBy(() -> rs.getInt("big"))
			.withMessageContaining("outside the range of int");
	}

	@Test
	void fractionIsNotSilentlyTruncatedToAnInteger() throws SQLException {
		EdgeResultSet rs = resultSet("[{\"r\": 1.5, \"w\": 2.0}]");
		rs.next();
		assertThat(rs.getLong("w")).isEqualTo(2L);
		assertThat(rs.getDouble("r")).isEqualTo(1.5);
		assertThatExceptionOfType(SQLDataException.class).isThrownBy(() -> rs.getLong("r"))
			.withMessageContaining("fraction");
	}

	@Test
	void nullReadsAsZeroWithWasNull() throws SQLException {
		EdgeResultSet rs = resultSet("[{\"n\": null, \"m\": 3}]");
		rs.next();
		assertThat(rs.getInt("n")).isZero();
		assertThat(rs.wasNull()).isTrue();
		assertThat(rs.getInt("m")).isEqualTo(3);
		assertThat(rs.wasNull()).isFalse();
		assertThat(rs.getBoolean("n")).isFalse();
	}

	@Test
	void booleansFromNumbersAndText() throws SQLException {
		EdgeResultSet rs = resultSet("[{\"a\": 1, \"b\": 0, \"c\": \"true\", \"d\": \"FALSE\", \"e\": \"maybe\"}]");
		rs.next();
		assertThat(rs.getBoolean("a")).isTrue();
		assertThat(rs.getBoolean("b")).isFalse();
		assertThat(rs.getBoolean("c")).isTrue();
		assertThat(rs.getBoolean("d")).isFalse();
		assertThatExceptionOfType(SQLDataException.class).isThrownBy(() -> rs.getBoolean("e"));
	}

	@Test
	void timesFromIsoTextAndEpochNumbers() throws SQLException {
		EdgeResultSet rs = resultSet("""
				[{"s": 1767323045, "ms": 1767323045123, "sub": 1767323045.5, "off": "2026-01-02T05:04:05+02:00",
				  "t": "03:04:05", "bad": "yesterday"}]""");
		rs.next();
		Instant expected = Instant.parse("2026-01-02T03:04:05Z");
		assertThat(rs.getObject("s", Instant.class)).isEqualTo(expected);
		assertThat(rs.getObject("ms", Instant.class)).isEqualTo(expected.plusMillis(123));
		assertThat(rs.getObject("sub", Instant.class)).isEqualTo(expected.plusMillis(500));
		assertThat(rs.getObject("off", OffsetDateTime.class))
			.isEqualTo(OffsetDateTime.of(2026, 1, 2, 5, 4, 5, 0, ZoneOffset.ofHours(2)));
		assertThat(rs.getObject("off", LocalDateTime.class)).isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 5));
		assertThat(rs.getTimestamp("off").toInstant()).isEqualTo(expected);
		assertThat(rs.getObject("t", LocalTime.class)).isEqualTo(LocalTime.of(3, 4, 5));
		assertThatExceptionOfType(SQLDataException.class).isThrownBy(() -> rs.getObject("bad", Instant.class))
			.withMessageContaining("ISO-8601");
	}

	@Test
	void metaDataNamesColumnsInOrderWithStorageClasses() throws SQLException {
		EdgeResultSet rs = resultSet("[{\"i\": null, \"r\": 1.5, \"t\": \"x\", \"b\": [1], \"n\": null},"
				+ " {\"i\": 4, \"r\": 2.5, \"t\": \"y\", \"b\": [2], \"n\": null}]");
		ResultSetMetaData meta = rs.getMetaData();
		assertThat(meta.getColumnCount()).isEqualTo(5);
		assertThat(meta.getColumnLabel(1)).isEqualTo("i");
		assertThat(meta.getColumnType(1)).isEqualTo(Types.BIGINT);
		assertThat(meta.getColumnTypeName(2)).isEqualTo("REAL");
		assertThat(meta.getColumnType(3)).isEqualTo(Types.VARCHAR);
		assertThat(meta.getColumnType(4)).isEqualTo(Types.BLOB);
		assertThat(meta.getColumnType(5)).isEqualTo(Types.NULL);
	}

	@Test
	void navigationAndUnsupportedOperations() throws SQLException {
		EdgeResultSet rs = resultSet("[{\"a\": 1}, {\"a\": 2}, {\"a\": 3}]");
		assertThat(rs.isBeforeFirst()).isTrue();
		assertThat(rs.last()).isTrue();
		assertThat(rs.getInt(1)).isEqualTo(3);
		assertThat(rs.previous()).isTrue();
		assertThat(rs.getRow()).isEqualTo(2);
		assertThat(rs.absolute(1)).isTrue();
		assertThat(rs.getInt("a")).isEqualTo(1);
		rs.afterLast();
		assertThat(rs.next()).isFalse();
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> rs.getInt(1))
			.withMessageContaining("not on a row");
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> rs.findColumn("missing"))
			.withMessageContaining("No column named 'missing'");
		assertThatExceptionOfType(SQLFeatureNotSupportedException.class).isThrownBy(() -> rs.updateInt(1, 2));
		assertThatExceptionOfType(SQLFeatureNotSupportedException.class).isThrownBy(() -> rs.getBlob(1));
		rs.close();
		assertThatExceptionOfType(SQLException.class).isThrownBy(rs::next);
	}

	@Test
	void findColumnOfAMissingLabelThrowsACheapSqlExceptionNamingTheColumns() throws SQLException {
		EdgeResultSet rs = resultSet(NOTES);
		assertThat(rs.next()).isTrue();
		assertThat(rs.findColumn("CREATED_AT")).isEqualTo(5);
		// What DataClassRowMapper asks first for the component createdAt, on every row.
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> rs.findColumn("createdat"))
			.withMessage("No column named 'createdat' in the result (columns: [id, title, done, price, created_at, "
					+ "kind, ref, blob])")
			.satisfies((ex) -> assertThat(ex.getStackTrace()).isEmpty());
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> rs.getString("missing"))
			.withMessageContaining("No column named 'missing'");
		assertThat(rs.getString("title")).isEqualTo("milk");
	}

	@Test
	void emptyResultHasNoColumns() throws SQLException {
		EdgeResultSet rs = resultSet("[]");
		assertThat(rs.next()).isFalse();
		assertThat(rs.getMetaData().getColumnCount()).isZero();
	}

	private <T> List<T> map(String json, RowMapper<T> rowMapper) {
		try {
			return new RowMapperResultSetExtractor<>(rowMapper).extractData(resultSet(json));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Returns a result set over rows.
	 * @param json the rows, a JSON array of objects
	 * @return the result set
	 */
	EdgeResultSet resultSet(String json) {
		JsonNode rows = mapper.readTree(json);
		return EdgeResultSet.of(rows);
	}

	enum Kind {

		HOME, WORK

	}

	record NoteRecord(long id, String title, boolean done, BigDecimal price, LocalDateTime createdAt, Kind kind,
			UUID ref) {
	}

	/**
	 * A JavaBean for {@link BeanPropertyRowMapper}.
	 */
	public static class NoteBean {

		private int id;

		private String title;

		private boolean done;

		private Instant createdAt;

		private byte[] blob;

		public int getId() {
			return this.id;
		}

		public void setId(int id) {
			this.id = id;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public boolean isDone() {
			return this.done;
		}

		public void setDone(boolean done) {
			this.done = done;
		}

		public Instant getCreatedAt() {
			return this.createdAt;
		}

		public void setCreatedAt(Instant createdAt) {
			this.createdAt = createdAt;
		}

		public byte[] getBlob() {
			return this.blob;
		}

		public void setBlob(byte[] blob) {
			this.blob = blob;
		}

	}

}
