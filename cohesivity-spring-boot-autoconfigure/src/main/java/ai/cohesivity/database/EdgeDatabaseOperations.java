/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Blocking operations on the Cohesivity edge database, named after Spring's
 * {@code JdbcOperations} so that they read the same, plus a fluent
 * {@code JdbcClient}-style entry ({@link #sql(String)}). Implemented by
 * {@link EdgeDatabaseTemplate}; this interface is what the auto-configuration backs off
 * from, so declare your own bean of it to replace the template.
 * <p>
 * Positional arguments bind to {@code ?} or {@code ?NNN} placeholders in order. Every
 * method sends one request to {@code POST /edge/database} (except {@link #batchUpdate}),
 * throws a {@link DataAccessException} on failure, and must not be called on a
 * non-blocking thread.
 */
public interface EdgeDatabaseOperations {

	/**
	 * Runs SQL for its effect: DDL, or a script of several statements separated by
	 * {@code ;}, sent as one request and run in order. Whether Cohesivity applies a
	 * script atomically is not documented (the emulator does, in one transaction): do not
	 * rely on it. Never retried unless it is a single read.
	 * @param sql the SQL
	 * @throws DataAccessException if it fails
	 */
	void execute(String sql);

	/**
	 * Queries and reads the whole result with a {@link ResultSetExtractor}.
	 * @param <T> the result type
	 * @param sql the query
	 * @param extractor the extractor
	 * @param args the arguments
	 * @return what the extractor returned
	 */
	<T> @Nullable T query(String sql, ResultSetExtractor<T> extractor, @Nullable Object... args);

	/**
	 * Queries and hands each row to a {@link RowCallbackHandler}.
	 * @param sql the query
	 * @param handler the handler
	 * @param args the arguments
	 */
	void query(String sql, RowCallbackHandler handler, @Nullable Object... args);

	/**
	 * Queries and maps each row with a {@link RowMapper}.
	 * @param <T> the row type
	 * @param sql the query
	 * @param rowMapper the mapper
	 * @param args the arguments
	 * @return the mapped rows
	 */
	<T> List<T> query(String sql, RowMapper<T> rowMapper, @Nullable Object... args);

	/**
	 * Queries and streams the mapped rows (the result is already in memory; closing the
	 * stream is harmless).
	 * @param <T> the row type
	 * @param sql the query
	 * @param rowMapper the mapper
	 * @param args the arguments
	 * @return the mapped rows
	 */
	<T> Stream<T> queryForStream(String sql, RowMapper<T> rowMapper, @Nullable Object... args);

	/**
	 * Queries for exactly one row, mapped with a {@link RowMapper}.
	 * @param <T> the row type
	 * @param sql the query
	 * @param rowMapper the mapper
	 * @param args the arguments
	 * @return the mapped row
	 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException if there is
	 * not exactly one row
	 */
	<T> @Nullable T queryForObject(String sql, RowMapper<T> rowMapper, @Nullable Object... args);

	/**
	 * Queries for exactly one row of one column, converted to the required type.
	 * @param <T> the value type
	 * @param sql the query
	 * @param requiredType the value type
	 * @param args the arguments
	 * @return the value (may be {@code null} for SQL NULL)
	 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException if there is
	 * not exactly one row
	 */
	<T> @Nullable T queryForObject(String sql, Class<T> requiredType, @Nullable Object... args);

	/**
	 * Queries for exactly one row as a map of column name to value.
	 * @param sql the query
	 * @param args the arguments
	 * @return the row
	 */
	Map<String, @Nullable Object> queryForMap(String sql, @Nullable Object... args);

	/**
	 * Queries for one column of every row, converted to the element type.
	 * @param <T> the element type
	 * @param sql the query
	 * @param elementType the element type
	 * @param args the arguments
	 * @return the values
	 */
	<T> List<@Nullable T> queryForList(String sql, Class<T> elementType, @Nullable Object... args);

	/**
	 * Queries for every row as a map of column name to value.
	 * @param sql the query
	 * @param args the arguments
	 * @return the rows
	 */
	List<Map<String, @Nullable Object>> queryForList(String sql, @Nullable Object... args);

	/**
	 * Runs an {@code INSERT}, {@code UPDATE}, {@code DELETE} (or DDL) and returns the
	 * number of rows it changed, counted as described on
	 * {@link ReactiveEdgeDatabaseClient}. Never retried.
	 * @param sql the statement
	 * @param args the arguments
	 * @return the number of rows changed
	 */
	int update(String sql, @Nullable Object... args);

	/**
	 * Runs an {@code INSERT} (or other data-changing statement) and puts the generated
	 * keys, the {@code rowid} of each inserted row, into the key holder. The keys are
	 * read with a {@code RETURNING rowid} clause appended to the statement (or from the
	 * statement's own {@code RETURNING} clause), which works on every wire shape of the
	 * edge database, in one round trip, and for multi-row inserts. For a
	 * {@code WITHOUT ROWID} table name the key columns with
	 * {@link #update(String, KeyHolder, String[], Object...)}.
	 * @param sql the statement
	 * @param generatedKeyHolder receives one key map per changed row
	 * @param args the arguments
	 * @return the number of rows changed
	 */
	int update(String sql, KeyHolder generatedKeyHolder, @Nullable Object... args);

	/**
	 * Like {@link #update(String, KeyHolder, Object...)}, returning the named key
	 * columns.
	 * @param sql the statement
	 * @param generatedKeyHolder receives one key map per changed row
	 * @param keyColumnNames the columns to return
	 * @param args the arguments
	 * @return the number of rows changed
	 */
	int update(String sql, KeyHolder generatedKeyHolder, String[] keyColumnNames, @Nullable Object... args);

	/**
	 * Runs one statement for each set of arguments. A single simple
	 * {@code INSERT … VALUES (?, …)} is rewritten into multi-row INSERTs of at most 100
	 * bound parameters each, one request per chunk; any other statement runs once per
	 * row, in order, one request each.
	 * <p>
	 * <strong>A batch is not atomic.</strong> Each request is atomic on its own, but when
	 * one fails the earlier ones stay written; the exception's message says how many
	 * batch rows were written before the failure. Nothing is retried.
	 * @param sql the statement
	 * @param batchArgs the arguments of each row
	 * @return the number of rows changed per batch row ({@code 1} / {@code 0}, or
	 * {@link java.sql.Statement#SUCCESS_NO_INFO} for the rows of a chunk that changed
	 * some but not all of its rows, e.g. {@code INSERT OR IGNORE})
	 */
	int[] batchUpdate(String sql, List<@Nullable Object[]> batchArgs);

	/**
	 * Starts a fluent statement in the style of Spring's {@code JdbcClient}, with
	 * positional or named ({@code :name}) parameters: <pre class="code">
	 * List&lt;Note&gt; notes = operations.sql("SELECT * FROM notes WHERE owner = :owner")
	 *     .param("owner", owner)
	 *     .query(Note.class)
	 *     .list();
	 * </pre>
	 * @param sql the SQL
	 * @return the statement spec
	 */
	EdgeStatementSpec sql(String sql);

	/**
	 * Starts an atomic batch: several different statements sent as one request and
	 * applied all or nothing — the one atomic unit the edge database has, since it has no
	 * interactive transactions (a {@code @Transactional} method does not make template
	 * calls atomic): <pre class="code">
	 * int[] counts = operations.atomicBatch()
	 *     .add("INSERT INTO orders (id, item) VALUES (?, ?)", orderId, item)
	 *     .add("UPDATE stock SET count = count - 1 WHERE item = ?", item)
	 *     .execute();
	 * </pre>
	 * @return an empty batch
	 */
	AtomicBatchSpec atomicBatch();

	/**
	 * Several statements for one request. Specs are immutable: each {@code add} returns a
	 * new spec.
	 */
	interface AtomicBatchSpec {

		/**
		 * Adds a statement with positional parameters ({@code ?} or {@code ?NNN},
		 * numbered within this statement).
		 * @param sql one statement
		 * @param args its arguments
		 * @return a new spec
		 */
		AtomicBatchSpec add(String sql, @Nullable Object... args);

		/**
		 * Adds a statement with named parameters ({@code :name}).
		 * @param sql one statement
		 * @param params its values by name
		 * @return a new spec
		 */
		AtomicBatchSpec add(String sql, Map<String, ? extends @Nullable Object> params);

		/**
		 * Sends the statements as one request, which the edge database applies all or
		 * nothing: when one fails, none is applied, and a {@link DataAccessException}
		 * carries the failing statement's error. Never retried. At most 100 parameters in
		 * all (D1's limit per request).
		 * @return per statement, in order, the rows it changed: exact for the last one,
		 * {@code 0} for statements that change no rows by nature (DDL, {@code SELECT}),
		 * and {@code -2} ({@link java.sql.Statement#SUCCESS_NO_INFO}: applied, count
		 * unknown) for the others, because the answer carries only the last statement's
		 * rows
		 */
		int[] execute();

	}

}
