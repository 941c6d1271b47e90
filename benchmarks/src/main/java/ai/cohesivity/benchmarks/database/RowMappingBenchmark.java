/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import ai.cohesivity.database.EdgeResultSet;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.BeanPropertyRowMapper;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;

/**
 * Row mapping of one answer's rows: through the client's {@link EdgeResultSet} adapter
 * and Spring JDBC's own mappers (exactly as the template does it: a new adapter and a new
 * mapper per query), against the baseline of reading the same Jackson rows by hand
 * ({@link HandNoteReader}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RowMappingBenchmark {

	/** The number of rows in the answer. */
	@Param({ "1000", "10000" })
	public int rows;

	private @Nullable List<JsonNode> answerRows;

	private @Nullable List<JsonNode> aliasedRows;

	/**
	 * Parses the rows once per trial.
	 */
	@Setup
	public void parseRows() {
		this.answerRows = NoteRows.parsed(this.rows);
		this.aliasedRows = NoteRows.parsed(this.rows, "createdAt");
	}

	/**
	 * Baseline: reads each column of each JSON row by hand.
	 * @return the notes
	 */
	@Benchmark
	public List<Note> handReadJsonNodes() {
		return HandNoteReader.readAll(answerRows());
	}

	/**
	 * Maps the rows to a record with {@link DataClassRowMapper}.
	 * @return the notes
	 * @throws SQLException if a value cannot be converted
	 */
	@Benchmark
	public List<Note> dataClassRowMapper() throws SQLException {
		return map(new DataClassRowMapper<>(Note.class));
	}

	/**
	 * Maps rows whose columns are named like the record's components
	 * ({@code SELECT created_at AS createdAt}) with {@link DataClassRowMapper}: no column
	 * lookup misses before the underscore fallback.
	 * @return the notes
	 * @throws SQLException if a value cannot be converted
	 */
	@Benchmark
	public List<Note> dataClassRowMapperAliasedColumns() throws SQLException {
		return map(new DataClassRowMapper<>(Note.class), rows(this.aliasedRows));
	}

	/**
	 * Maps the rows to a JavaBean with {@link BeanPropertyRowMapper}.
	 * @return the beans
	 * @throws SQLException if a value cannot be converted
	 */
	@Benchmark
	public List<NoteBean> beanPropertyRowMapper() throws SQLException {
		return map(new BeanPropertyRowMapper<>(NoteBean.class));
	}

	/**
	 * Maps the rows with a hand-written lambda {@link RowMapper} reading columns by
	 * label.
	 * @return the notes
	 * @throws SQLException if a value cannot be converted
	 */
	@Benchmark
	public List<Note> lambdaRowMapper() throws SQLException {
		return map((resultSet, rowNum) -> new Note(resultSet.getLong("id"), resultSet.getString("title"),
				resultSet.getBoolean("done"), resultSet.getDouble("price"),
				resultSet.getObject("created_at", Instant.class)));
	}

	private <T> List<T> map(RowMapper<T> mapper) throws SQLException {
		return map(mapper, answerRows());
	}

	private static <T> List<T> map(RowMapper<T> mapper, List<JsonNode> rows) throws SQLException {
		return new RowMapperResultSetExtractor<>(mapper).extractData(new EdgeResultSet(rows));
	}

	private List<JsonNode> answerRows() {
		return rows(this.answerRows);
	}

	private static List<JsonNode> rows(@Nullable List<JsonNode> parsed) {
		if (parsed == null) {
			throw new IllegalStateException("parseRows() was not called");
		}
		return parsed;
	}

}
