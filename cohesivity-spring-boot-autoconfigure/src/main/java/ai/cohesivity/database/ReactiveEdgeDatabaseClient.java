/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.List;
import java.util.Map;

import ai.cohesivity.edge.EdgeClient;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;

/**
 * Non-blocking access to the Cohesivity edge database, in the style of Spring's R2DBC
 * {@code DatabaseClient}: <pre class="code">
 * Flux&lt;Note&gt; notes = client.sql("SELECT id, title FROM notes WHERE owner = :owner")
 *     .bind("owner", owner)
 *     .mapProperties(Note.class)
 *     .all();
 * Mono&lt;Long&gt; updated = client.sql("UPDATE notes SET done = 1 WHERE id = ?")
 *     .bind(0, id)
 *     .fetch()
 *     .rowsUpdated();
 * </pre> Every terminal operation sends one {@code POST /edge/database} when subscribed
 * to (nothing is sent before). Parameters are bound by index ({@code 0}-based: index
 * {@code 0} is the first {@code ?}, or {@code ?1}) or by name ({@code :name}, substituted
 * on the client because the edge database only understands positional parameters), never
 * both in one statement. Statements over the edge database's limits (100 bound
 * parameters, 100,000 bytes of SQL) fail before sending.
 * <p>
 * A single read ({@code SELECT}, {@code VALUES}, {@code EXPLAIN}) is idempotent and may
 * be retried by the {@link EdgeClient} after a transient failure; anything else is sent
 * at most once, so a write is never duplicated. Failures arrive as Spring
 * {@code DataAccessException}s (see {@link EdgeDatabaseExceptionTranslator}), and each
 * call is observed as {@code cohesivity.edge.database}.
 * <p>
 * Affected rows ({@link UpdatedRowsFetchSpec#rowsUpdated()}) are counted per statement,
 * from its shape and the answer in hand, never from earlier answers (Cohesivity documents
 * only {@code {rows,rowCount}}; D1's {@code meta} may come on one answer and not the
 * next). A single {@code INSERT}, {@code UPDATE}, {@code DELETE} or {@code REPLACE} is
 * sent with {@code RETURNING 1} appended and counted by the rows that come back (about 8
 * bytes of answer per changed row); one with its own {@code RETURNING} counts its rows. A
 * single statement that changes no rows by nature (DDL, {@code SELECT}) reports
 * {@code 0}, as JDBC does. Where no {@code RETURNING} can be added — a multi-statement
 * script, an {@code UPDATE} / {@code DELETE} ending in {@code ORDER BY} / {@code LIMIT} —
 * the count is {@code meta.changes} when the answer carries it and {@code -2}
 * ({@link java.sql.Statement#SUCCESS_NO_INFO}) otherwise. When the answer is too large to
 * read ({@code cohesivity.edge.max-in-memory-size}; about 2,000,000 changed rows at the
 * 16 MiB default; the rows are counted from the answer's bytes, never built) the
 * statement still ran: the count is {@code -2} and the write is applied.
 * <p>
 * An answer too large to read where rows were asked for fails with an
 * {@link EdgeDatabaseAnswerTooLargeException} that says whether the statement's writes
 * were applied; {@link GenericExecuteSpec#then()} needs no rows and completes.
 */
public interface ReactiveEdgeDatabaseClient {

	/**
	 * Starts a statement.
	 * @param sql the SQL: one statement, or several separated by {@code ;}
	 * @return a spec to bind parameters and choose how to fetch the result
	 */
	GenericExecuteSpec sql(String sql);

	/**
	 * Starts an atomic batch: several different statements sent as one request, applied
	 * all or nothing — the one atomic unit the edge database has (it has no interactive
	 * transactions): <pre class="code">
	 * Mono&lt;int[]&gt; counts = client.atomicBatch()
	 *     .add("INSERT INTO orders (id, item) VALUES (?, ?)", orderId, item)
	 *     .add("UPDATE stock SET count = count - 1 WHERE item = ?", item)
	 *     .execute();
	 * </pre> See {@link AtomicBatchSpec#execute()} for what the counts can say.
	 * @return an empty batch
	 */
	AtomicBatchSpec atomicBatch();

	/**
	 * Creates a client with the default exception translator and no observations.
	 * @param edgeClient the edge client that carries the calls
	 * @return the client
	 */
	static ReactiveEdgeDatabaseClient create(EdgeClient edgeClient) {
		return builder(edgeClient).build();
	}

	/**
	 * Starts building a client.
	 * @param edgeClient the edge client that carries the calls
	 * @return the builder
	 */
	static Builder builder(EdgeClient edgeClient) {
		return new DefaultReactiveEdgeDatabaseClient.DefaultBuilder(edgeClient);
	}

	/**
	 * Builds a {@link ReactiveEdgeDatabaseClient}.
	 */
	interface Builder {

		/**
		 * Sets the exception translator.
		 * @param translator the translator
		 * @return this builder
		 */
		Builder exceptionTranslator(EdgeDatabaseExceptionTranslator translator);

		/**
		 * Sets the registry that records an observation per call
		 * ({@link ObservationRegistry#NOOP} by default).
		 * @param registry the registry
		 * @return this builder
		 */
		Builder observationRegistry(ObservationRegistry registry);

		/**
		 * Sets a custom observation convention.
		 * @param convention the convention, or {@code null} for the default
		 * @return this builder
		 */
		Builder observationConvention(@Nullable EdgeDatabaseObservationConvention convention);

		/**
		 * Builds the client.
		 * @return the client
		 */
		ReactiveEdgeDatabaseClient build();

	}

	/**
	 * Binds parameters and chooses how to consume the result. Specs are immutable: each
	 * {@code bind…} returns a new spec.
	 */
	interface GenericExecuteSpec {

		/**
		 * Binds a value by index ({@code 0}-based).
		 * @param index the parameter index
		 * @param value the value
		 * @return a new spec
		 */
		GenericExecuteSpec bind(int index, Object value);

		/**
		 * Returns the values the database generates, the way R2DBC's
		 * {@code Statement.returnGeneratedValues} does: the statement (a single
		 * {@code INSERT}, {@code UPDATE}, {@code DELETE} or {@code REPLACE}) is sent with
		 * {@code RETURNING} the given columns appended — {@code rowid} when none are
		 * named — unless it has its own {@code RETURNING} clause, and {@link #fetch()}
		 * yields one row of them per changed row. It counts as an update (never retried);
		 * errors show the SQL as written, then what was sent.
		 * @param columns the columns to return; none for {@code rowid}
		 * @return a new spec
		 */
		GenericExecuteSpec returnGeneratedValues(String... columns);

		/**
		 * Binds {@code NULL} by index ({@code 0}-based).
		 * @param index the parameter index
		 * @param type the parameter's Java type (documentation only: SQLite's NULL has no
		 * type)
		 * @return a new spec
		 */
		GenericExecuteSpec bindNull(int index, Class<?> type);

		/**
		 * Binds a value by name ({@code :name} in the SQL).
		 * @param name the parameter name
		 * @param value the value; a collection or array expands to a list for
		 * {@code IN (:name)}
		 * @return a new spec
		 */
		GenericExecuteSpec bind(String name, Object value);

		/**
		 * Binds {@code NULL} by name.
		 * @param name the parameter name
		 * @param type the parameter's Java type (documentation only)
		 * @return a new spec
		 */
		GenericExecuteSpec bindNull(String name, Class<?> type);

		/**
		 * Binds values by index, the first at index {@code 0}; {@code null} elements bind
		 * NULL.
		 * @param values the values
		 * @return a new spec
		 */
		GenericExecuteSpec bindValues(List<? extends @Nullable Object> values);

		/**
		 * Binds values by name; {@code null} values bind NULL.
		 * @param values the values by parameter name
		 * @return a new spec
		 */
		GenericExecuteSpec bindValues(Map<String, ? extends @Nullable Object> values);

		/**
		 * Binds the properties of a bean or the components of a record by name.
		 * @param source the bean or record
		 * @return a new spec
		 */
		GenericExecuteSpec bindProperties(Object source);

		/**
		 * Maps each row with a Spring JDBC {@link RowMapper} over an
		 * {@link EdgeResultSet}.
		 * @param <R> the result type
		 * @param mapper the mapper; it must not return {@code null}
		 * @return a spec to fetch the mapped rows
		 */
		<R> RowsFetchSpec<R> map(RowMapper<R> mapper);

		/**
		 * Maps each row's single column to a value of the given type.
		 * @param <R> the value type
		 * @param type the value type, for example {@code Long.class} or
		 * {@code String.class}
		 * @return a spec to fetch the values
		 */
		<R> RowsFetchSpec<R> mapValue(Class<R> type);

		/**
		 * Maps each row to a record (by its canonical constructor) or a bean (by its
		 * properties), matching columns to names with Spring's {@code DataClassRowMapper}
		 * rules ({@code created_at} or {@code createdAt} for a property
		 * {@code createdAt}). The mapper is built once per type and shared by the
		 * client's later queries.
		 * @param <R> the record or bean type
		 * @param type the type
		 * @return a spec to fetch the objects
		 */
		<R> RowsFetchSpec<R> mapProperties(Class<R> type);

		/**
		 * Reads the whole result with a Spring JDBC {@link ResultSetExtractor}.
		 * @param <R> the result type
		 * @param extractor the extractor
		 * @return the extracted value (empty if the extractor returned {@code null})
		 */
		<R> Mono<R> extract(ResultSetExtractor<R> extractor);

		/**
		 * Fetches rows as maps (column name to natural Java value), or the affected-row
		 * count.
		 * @return the fetch spec
		 */
		FetchSpec<Map<String, @Nullable Object>> fetch();

		/**
		 * Runs the statement (or script) for its effect only.
		 * @return completion
		 */
		Mono<Void> then();

	}

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
		 * nothing: when one fails, none is applied, and the error is the failing
		 * statement's. Never retried. At most 100 parameters in all (D1's limit per
		 * request).
		 * @return per statement, in order, the rows it changed: exact for the last one (a
		 * single data change is sent with {@code RETURNING 1} appended), {@code 0} for
		 * statements that change no rows by nature (DDL, {@code SELECT}), and {@code -2}
		 * ({@link java.sql.Statement#SUCCESS_NO_INFO}: applied, count unknown) for the
		 * others, because the answer carries only the last statement's rows
		 */
		Mono<int[]> execute();

	}

	/**
	 * Consumes mapped rows.
	 *
	 * @param <T> the row type
	 */
	interface RowsFetchSpec<T> {

		/**
		 * Returns the only row.
		 * @return the row, empty if there is none; an
		 * {@link org.springframework.dao.IncorrectResultSizeDataAccessException} if there
		 * are more
		 */
		Mono<T> one();

		/**
		 * Returns the first row.
		 * @return the first row, empty if there is none
		 */
		Mono<T> first();

		/**
		 * Returns all rows.
		 * @return the rows
		 */
		Flux<T> all();

	}

	/**
	 * Consumes the affected-row count.
	 */
	interface UpdatedRowsFetchSpec {

		/**
		 * Runs the statement and returns the number of rows it changed (see the rules on
		 * {@link ReactiveEdgeDatabaseClient}).
		 * @return the count
		 */
		Mono<Long> rowsUpdated();

	}

	/**
	 * Consumes rows or the affected-row count.
	 *
	 * @param <T> the row type
	 */
	interface FetchSpec<T> extends RowsFetchSpec<T>, UpdatedRowsFetchSpec {

	}

}
