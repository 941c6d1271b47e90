/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import ai.cohesivity.edge.EdgeClient;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JsonParser;

import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SingleColumnRowMapper;
import org.springframework.util.Assert;

/**
 * The {@link ReactiveEdgeDatabaseClient} on top of an {@link EdgeClient}.
 */
final class DefaultReactiveEdgeDatabaseClient implements ReactiveEdgeDatabaseClient {

	static final String PATH = "/edge/database";

	private static final Log logger = LogFactory.getLog(DefaultReactiveEdgeDatabaseClient.class);

	private static final EdgeDatabaseObservationConvention DEFAULT_CONVENTION = new DefaultEdgeDatabaseObservationConvention();

	private final EdgeClient edgeClient;

	private final EdgeDatabaseExceptionTranslator translator;

	private final ObservationRegistry observationRegistry;

	private final @Nullable EdgeDatabaseObservationConvention observationConvention;

	private final RowMapperCache propertyMappers = new RowMapperCache(DataClassRowMapper::new);

	private DefaultReactiveEdgeDatabaseClient(DefaultBuilder builder) {
		this.edgeClient = builder.edgeClient;
		this.translator = builder.translator;
		this.observationRegistry = builder.observationRegistry;
		this.observationConvention = builder.observationConvention;
	}

	@Override
	public GenericExecuteSpec sql(String sql) {
		Assert.hasText(sql, "SQL must not be empty");
		return new DefaultGenericExecuteSpec(sql, StatementBindings.NONE, null);
	}

	@Override
	public AtomicBatchSpec atomicBatch() {
		return new DefaultAtomicBatchSpec(List.of(), List.of());
	}

	/**
	 * Sends one statement, observed and with failures translated. An answer over the
	 * in-memory limit means the statement ran: when the caller needs no rows the result
	 * is empty, otherwise an {@link EdgeDatabaseAnswerTooLargeException} says whether a
	 * write was applied.
	 */
	private Mono<EdgeQueryResult> exchange(String displaySql, EdgeDatabaseRequest request, SqlStatementShape shape,
			EdgeDatabaseCallKind callKind, boolean rowsNeeded) {
		return exchange(taskOf(callKind), displaySql, request, shape, callKind, rowsNeeded);
	}

	private Mono<EdgeQueryResult> exchange(String task, String displaySql, EdgeDatabaseRequest request,
			SqlStatementShape shape, EdgeDatabaseCallKind callKind, boolean rowsNeeded) {
		Function<JsonParser, EdgeQueryResult> reader = rowsNeeded ? EdgeQueryResult::rows : EdgeQueryResult::count;
		return Mono.defer(() -> {
			EdgeDatabaseObservationContext context = new EdgeDatabaseObservationContext(callKind);
			Observation observation = Observation.createNotStarted(this.observationConvention, DEFAULT_CONVENTION,
					() -> context, this.observationRegistry);
			observation.start();
			return this.edgeClient.post(PATH, request.toRequestBody(), shape.isRead(), reader)
				.onErrorResume(EdgeDatabaseAnswerTooLargeException::isAnswerOverLimit,
						(ex) -> answerOverLimit(task, displaySql, shape, rowsNeeded, ex))
				.onErrorMap((ex) -> this.translator.translate(task, displaySql,
						request.sql().equals(displaySql) ? null : "[" + request.sql() + "]", ex))
				.doOnError(observation::error)
				.doOnTerminate(observation::stop)
				.doOnCancel(observation::stop)
				.contextWrite((reactorContext) -> reactorContext.put(ObservationThreadLocalAccessor.KEY, observation));
		});
	}

	private static Mono<EdgeQueryResult> answerOverLimit(String task, String displaySql, SqlStatementShape shape,
			boolean rowsNeeded, Throwable failure) {
		if (rowsNeeded) {
			return Mono.error(new EdgeDatabaseAnswerTooLargeException(task, displaySql, !shape.isRead(), failure));
		}
		if (logger.isDebugEnabled()) {
			logger.debug(task + ": the statement ran but its answer is over the in-memory limit and was " + "not read"
					+ (shape.isRead() ? "" : "; its changes are applied, their count is unknown"));
		}
		return Mono.empty();
	}

	private <T> List<@Nullable T> mapRows(String sql, EdgeQueryResult result, RowMapper<T> mapper) {
		EdgeResultSet resultSet = new EdgeResultSet(result.rows());
		List<@Nullable T> mapped = new ArrayList<>(resultSet.size());
		try {
			int rowNum = 0;
			while (resultSet.next()) {
				mapped.add(mapper.mapRow(resultSet, rowNum++));
			}
		}
		catch (SQLException ex) {
			throw this.translator.translate("Edge database row mapping", sql, ex);
		}
		return mapped;
	}

	private static String taskOf(EdgeDatabaseCallKind callKind) {
		return switch (callKind) {
			case QUERY -> "Edge database query";
			case UPDATE -> "Edge database update";
			case EXECUTE -> "Edge database execute";
		};
	}

	/**
	 * The immutable {@link GenericExecuteSpec}.
	 */
	private final class DefaultGenericExecuteSpec implements GenericExecuteSpec {

		private final String sql;

		private final StatementBindings bindings;

		private final String @Nullable [] generatedColumns;

		DefaultGenericExecuteSpec(String sql, StatementBindings bindings, String @Nullable [] generatedColumns) {
			this.sql = sql;
			this.bindings = bindings;
			this.generatedColumns = generatedColumns;
		}

		@Override
		public GenericExecuteSpec bind(int index, Object value) {
			Assert.notNull(value, () -> "Value at index " + index + " must not be null; use bindNull");
			return with(this.bindings.withIndexed(index, value));
		}

		@Override
		public GenericExecuteSpec bindNull(int index, Class<?> type) {
			return with(this.bindings.withIndexed(index, null));
		}

		@Override
		public GenericExecuteSpec bind(String name, Object value) {
			Assert.notNull(value, () -> "Value for '" + name + "' must not be null; use bindNull");
			return with(this.bindings.withNamed(name, value));
		}

		@Override
		public GenericExecuteSpec bindNull(String name, Class<?> type) {
			return with(this.bindings.withNamed(name, null));
		}

		@Override
		public GenericExecuteSpec bindValues(List<? extends @Nullable Object> values) {
			return with(this.bindings.withIndexed(values));
		}

		@Override
		public GenericExecuteSpec bindValues(Map<String, ? extends @Nullable Object> values) {
			return with(this.bindings.withNamed(values));
		}

		@Override
		public GenericExecuteSpec bindProperties(Object source) {
			return with(this.bindings.withSource(source));
		}

		@Override
		public GenericExecuteSpec returnGeneratedValues(String... columns) {
			return new DefaultGenericExecuteSpec(this.sql, this.bindings, columns.clone());
		}

		private GenericExecuteSpec with(StatementBindings bound) {
			return new DefaultGenericExecuteSpec(this.sql, bound, this.generatedColumns);
		}

		@Override
		public <R> RowsFetchSpec<R> map(RowMapper<R> mapper) {
			Assert.notNull(mapper, "RowMapper must not be null");
			return new DefaultFetchSpec<>(this, mapper);
		}

		@Override
		public <R> RowsFetchSpec<R> mapValue(Class<R> type) {
			return map(new SingleColumnRowMapper<>(type));
		}

		@Override
		public <R> RowsFetchSpec<R> mapProperties(Class<R> type) {
			return map(DefaultReactiveEdgeDatabaseClient.this.propertyMappers.get(type));
		}

		@Override
		public <R> Mono<R> extract(ResultSetExtractor<R> extractor) {
			return query().handle((result, sink) -> {
				try {
					R value = extractor.extractData(new EdgeResultSet(result.rows()));
					if (value != null) {
						sink.next(value);
					}
				}
				catch (SQLException ex) {
					sink.error(DefaultReactiveEdgeDatabaseClient.this.translator.translate("Edge database row mapping",
							this.sql, ex));
				}
			});
		}

		@Override
		public FetchSpec<Map<String, @Nullable Object>> fetch() {
			return new DefaultFetchSpec<>(this, new ColumnMapRowMapper());
		}

		@Override
		public Mono<Void> then() {
			return Mono.defer(() -> {
				EdgeDatabaseRequest request = request();
				SqlStatementShape shape = SqlStatementShape.of(request.sql());
				return exchange(this.sql, request, shape, EdgeDatabaseCallKind.EXECUTE, false);
			}).then();
		}

		Mono<EdgeQueryResult> query() {
			return Mono.defer(() -> {
				EdgeDatabaseRequest request = request();
				SqlStatementShape shape = SqlStatementShape.of(request.sql());
				if (this.generatedColumns == null) {
					return exchange(this.sql, request, shape, EdgeDatabaseCallKind.QUERY, true);
				}
				return exchange(this.sql, withGeneratedValues(request, shape), shape, EdgeDatabaseCallKind.UPDATE,
						true);
			});
		}

		/**
		 * The request with {@code RETURNING} the generated columns ({@code rowid} when
		 * none are named) appended, unless the statement has its own.
		 */
		private EdgeDatabaseRequest withGeneratedValues(EdgeDatabaseRequest request, SqlStatementShape shape) {
			if (shape.returning()) {
				return request;
			}
			if (!shape.canAppendReturning()) {
				throw new InvalidDataAccessApiUsageException("Generated keys are read with a RETURNING clause, which "
						+ "needs a single INSERT, UPDATE, DELETE or REPLACE (without ORDER BY / LIMIT)");
			}
			String[] columns = Objects.requireNonNull(this.generatedColumns);
			EdgeDatabaseRequest sent = request.withSql(
					shape.withReturning(request.sql(), (columns.length > 0) ? String.join(", ", columns) : "rowid"));
			StatementLimits.check(sent.sql(), sent.params().size());
			return sent;
		}

		/**
		 * Runs the statement and counts its affected rows, the way
		 * {@link AffectedRowCounting} chooses for its shape.
		 */
		Mono<Long> rowsUpdated() {
			return Mono.defer(() -> {
				EdgeDatabaseRequest request = request();
				SqlStatementShape shape = SqlStatementShape.of(request.sql());
				AffectedRowCounting counting = AffectedRowCounting.of(shape);
				EdgeDatabaseRequest sent = request;
				if (counting == AffectedRowCounting.APPENDED_RETURNING) {
					sent = request.withSql(counting.sqlToSend(request.sql(), shape));
					StatementLimits.check(sent.sql(), sent.params().size());
				}
				return exchange(this.sql, sent, shape, EdgeDatabaseCallKind.UPDATE, false).map(counting::count)
					.defaultIfEmpty(counting.countOfUnreadAnswer());
			});
		}

		<R> List<@Nullable R> mapRows(EdgeQueryResult result, RowMapper<R> mapper) {
			return DefaultReactiveEdgeDatabaseClient.this.mapRows(this.sql, result, mapper);
		}

		private EdgeDatabaseRequest request() {
			return this.bindings.toRequest(this.sql);
		}

	}

	/**
	 * The immutable {@link AtomicBatchSpec}: statements and their bindings, joined into
	 * one request by {@link AtomicBatchStatements} when executed.
	 */
	private final class DefaultAtomicBatchSpec implements AtomicBatchSpec {

		private final List<String> sql;

		private final List<StatementBindings> bindings;

		DefaultAtomicBatchSpec(List<String> sql, List<StatementBindings> bindings) {
			this.sql = sql;
			this.bindings = bindings;
		}

		@Override
		public AtomicBatchSpec add(String sql, @Nullable Object... args) {
			return with(sql, StatementBindings.ofPositional(args));
		}

		@Override
		public AtomicBatchSpec add(String sql, Map<String, ? extends @Nullable Object> params) {
			return with(sql, StatementBindings.NONE.withNamed(params));
		}

		private AtomicBatchSpec with(String statement, StatementBindings bound) {
			Assert.hasText(statement, "SQL must not be empty");
			List<String> sql = new ArrayList<>(this.sql);
			sql.add(statement);
			List<StatementBindings> bindings = new ArrayList<>(this.bindings);
			bindings.add(bound);
			return new DefaultAtomicBatchSpec(List.copyOf(sql), List.copyOf(bindings));
		}

		@Override
		public Mono<int[]> execute() {
			return Mono.defer(() -> {
				AtomicBatchStatements batch = AtomicBatchStatements.of(this.sql, this.bindings);
				EdgeDatabaseRequest request = batch.request();
				return exchange("Edge database atomic batch", batch.written(), request,
						SqlStatementShape.of(request.sql()), EdgeDatabaseCallKind.UPDATE, false)
					.map(batch::counts)
					.defaultIfEmpty(batch.counts(null));
			});
		}

	}

	/**
	 * The {@link FetchSpec} of mapped rows.
	 */
	private static final class DefaultFetchSpec<T> implements FetchSpec<T> {

		private final DefaultGenericExecuteSpec spec;

		private final RowMapper<T> mapper;

		DefaultFetchSpec(DefaultGenericExecuteSpec spec, RowMapper<T> mapper) {
			this.spec = spec;
			this.mapper = mapper;
		}

		@Override
		public Mono<T> one() {
			return rows().flatMap((rows) -> {
				if (rows.size() > 1) {
					return Mono.error(new IncorrectResultSizeDataAccessException(1, rows.size()));
				}
				return Mono.justOrEmpty(rows.isEmpty() ? null : rows.get(0));
			});
		}

		@Override
		public Mono<T> first() {
			return rows().flatMap((rows) -> Mono.justOrEmpty(rows.isEmpty() ? null : rows.get(0)));
		}

		@Override
		public Flux<T> all() {
			return rows().flatMapIterable((rows) -> rows);
		}

		@Override
		public Mono<Long> rowsUpdated() {
			return this.spec.rowsUpdated();
		}

		private Mono<List<T>> rows() {
			return this.spec.query().map((result) -> {
				List<@Nullable T> mapped = this.spec.mapRows(result, this.mapper);
				for (int i = 0; i < mapped.size(); i++) {
					if (mapped.get(i) == null) {
						throw new InvalidDataAccessApiUsageException("The RowMapper returned null for row " + i
								+ "; a reactive stream cannot carry null (use extract(...) instead)");
					}
				}
				List<T> rows = new ArrayList<>(mapped.size());
				mapped.forEach((row) -> rows.add(Objects.requireNonNull(row)));
				return rows;
			});
		}

	}

	/**
	 * Builds a {@link DefaultReactiveEdgeDatabaseClient}.
	 */
	static final class DefaultBuilder implements Builder {

		private final EdgeClient edgeClient;

		private EdgeDatabaseExceptionTranslator translator = new EdgeDatabaseExceptionTranslator();

		private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

		private @Nullable EdgeDatabaseObservationConvention observationConvention;

		DefaultBuilder(EdgeClient edgeClient) {
			Assert.notNull(edgeClient, "EdgeClient must not be null");
			this.edgeClient = edgeClient;
		}

		@Override
		public Builder exceptionTranslator(EdgeDatabaseExceptionTranslator translator) {
			Assert.notNull(translator, "Translator must not be null");
			this.translator = translator;
			return this;
		}

		@Override
		public Builder observationRegistry(ObservationRegistry registry) {
			Assert.notNull(registry, "ObservationRegistry must not be null");
			this.observationRegistry = registry;
			return this;
		}

		@Override
		public Builder observationConvention(@Nullable EdgeDatabaseObservationConvention convention) {
			this.observationConvention = convention;
			return this;
		}

		@Override
		public ReactiveEdgeDatabaseClient build() {
			return new DefaultReactiveEdgeDatabaseClient(this);
		}

	}

}
