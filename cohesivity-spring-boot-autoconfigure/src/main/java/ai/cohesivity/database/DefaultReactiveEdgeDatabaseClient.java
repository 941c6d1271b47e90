/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import ai.cohesivity.edge.EdgeClient;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

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

	private static final EdgeDatabaseObservationConvention DEFAULT_CONVENTION = new DefaultEdgeDatabaseObservationConvention();

	private final EdgeClient edgeClient;

	private final EdgeDatabaseExceptionTranslator translator;

	private final ObservationRegistry observationRegistry;

	private final @Nullable EdgeDatabaseObservationConvention observationConvention;

	/**
	 * Whether the last answer carried D1's {@code meta.changes}: then affected rows are
	 * read from it, and no {@code RETURNING 1} needs to be appended.
	 */
	private final AtomicBoolean answersCarryChanges = new AtomicBoolean();

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
		return new DefaultGenericExecuteSpec(sql, StatementBindings.NONE);
	}

	/**
	 * Sends one statement, observed and with failures translated.
	 */
	private Mono<EdgeQueryResult> exchange(String displaySql, EdgeDatabaseRequest statement,
			EdgeDatabaseCallKind callKind, boolean idempotent) {
		return Mono.defer(() -> {
			EdgeDatabaseObservationContext context = new EdgeDatabaseObservationContext(callKind);
			Observation observation = Observation.createNotStarted(this.observationConvention, DEFAULT_CONVENTION,
					() -> context, this.observationRegistry);
			observation.start();
			return this.edgeClient.post(PATH, statement.toRequestBody(), idempotent)
				.map(EdgeQueryResult::from)
				.doOnNext((result) -> this.answersCarryChanges.set(result.changes() != null))
				.onErrorMap((ex) -> this.translator.translate(taskOf(callKind), displaySql, ex))
				.doOnError(observation::error)
				.doOnTerminate(observation::stop)
				.doOnCancel(observation::stop)
				.contextWrite((reactorContext) -> reactorContext.put(ObservationThreadLocalAccessor.KEY, observation));
		});
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
	 * Counts affected rows by the rules documented on {@link ReactiveEdgeDatabaseClient}.
	 */
	private static long affectedRows(EdgeQueryResult result, SqlStatementShape shape, boolean returningSent) {
		if (shape.isDataChange() && returningSent) {
			return result.rows().size();
		}
		if (shape.statementCount() <= 1 && !shape.isDataChange()) {
			return 0;
		}
		Long changes = result.changes();
		return (changes != null) ? changes : Statement.SUCCESS_NO_INFO;
	}

	/**
	 * The immutable {@link GenericExecuteSpec}.
	 */
	private final class DefaultGenericExecuteSpec implements GenericExecuteSpec {

		private final String sql;

		private final StatementBindings bindings;

		DefaultGenericExecuteSpec(String sql, StatementBindings bindings) {
			this.sql = sql;
			this.bindings = bindings;
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

		private GenericExecuteSpec with(StatementBindings bound) {
			return new DefaultGenericExecuteSpec(this.sql, bound);
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
				EdgeDatabaseRequest statement = statement();
				boolean read = SqlStatementShape.of(statement.sql()).isRead();
				return exchange(this.sql, statement, EdgeDatabaseCallKind.EXECUTE, read);
			}).then();
		}

		Mono<EdgeQueryResult> query() {
			return Mono.defer(() -> {
				EdgeDatabaseRequest statement = statement();
				boolean read = SqlStatementShape.of(statement.sql()).isRead();
				return exchange(this.sql, statement, EdgeDatabaseCallKind.QUERY, read);
			});
		}

		Mono<Long> rowsUpdated() {
			return Mono.defer(() -> {
				EdgeDatabaseRequest statement = statement();
				SqlStatementShape shape = SqlStatementShape.of(statement.sql());
				boolean appendReturning = shape.canAppendReturning()
						&& !DefaultReactiveEdgeDatabaseClient.this.answersCarryChanges.get();
				EdgeDatabaseRequest sent = statement;
				if (appendReturning) {
					sent = statement.withSql(shape.withReturning(statement.sql(), "1"));
					StatementLimits.check(sent.sql(), sent.params().size());
				}
				boolean returningSent = appendReturning || shape.returning();
				return exchange(this.sql, sent, EdgeDatabaseCallKind.UPDATE, shape.isRead())
					.map((result) -> affectedRows(result, shape, returningSent));
			});
		}

		<R> List<@Nullable R> mapRows(EdgeQueryResult result, RowMapper<R> mapper) {
			return DefaultReactiveEdgeDatabaseClient.this.mapRows(this.sql, result, mapper);
		}

		private EdgeDatabaseRequest statement() {
			return this.bindings.toRequest(this.sql);
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
