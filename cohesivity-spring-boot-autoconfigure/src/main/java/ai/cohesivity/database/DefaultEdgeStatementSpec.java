/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import ai.cohesivity.database.ReactiveEdgeDatabaseClient.GenericExecuteSpec;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.SingleColumnRowMapper;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.util.Assert;

/**
 * The {@link EdgeStatementSpec} of an {@link EdgeDatabaseTemplate}: collects parameters,
 * then runs through the template.
 */
final class DefaultEdgeStatementSpec implements EdgeStatementSpec {

	private final EdgeDatabaseTemplate template;

	private final String sql;

	private final List<@Nullable Object> indexedParams = new ArrayList<>();

	private final Map<String, @Nullable Object> namedParams = new LinkedHashMap<>();

	private @Nullable SqlParameterSource namedParamSource;

	DefaultEdgeStatementSpec(EdgeDatabaseTemplate template, String sql) {
		Assert.hasText(sql, "SQL must not be empty");
		this.template = template;
		this.sql = sql;
	}

	@Override
	public EdgeStatementSpec param(@Nullable Object value) {
		this.indexedParams.add(value);
		return this;
	}

	@Override
	public EdgeStatementSpec param(int jdbcIndex, @Nullable Object value) {
		Assert.isTrue(jdbcIndex >= 1, () -> "JDBC parameter index must start at 1, was " + jdbcIndex);
		int index = jdbcIndex - 1;
		while (this.indexedParams.size() <= index) {
			this.indexedParams.add(Unbound.INSTANCE);
		}
		this.indexedParams.set(index, value);
		return this;
	}

	@Override
	public EdgeStatementSpec param(String name, @Nullable Object value) {
		Assert.hasText(name, "Parameter name must not be empty");
		this.namedParams.put(name, value);
		return this;
	}

	@Override
	public EdgeStatementSpec params(@Nullable Object... values) {
		for (Object value : values) {
			param(value);
		}
		return this;
	}

	@Override
	public EdgeStatementSpec params(List<? extends @Nullable Object> values) {
		values.forEach(this::param);
		return this;
	}

	@Override
	public EdgeStatementSpec params(Map<String, ? extends @Nullable Object> paramMap) {
		this.namedParams.putAll(paramMap);
		return this;
	}

	@Override
	public EdgeStatementSpec paramSource(Object namedParamObject) {
		Assert.notNull(namedParamObject, "Parameter object must not be null");
		this.namedParamSource = (namedParamObject instanceof SqlParameterSource source) ? source
				: new SimplePropertySqlParameterSource(namedParamObject);
		return this;
	}

	@Override
	public EdgeStatementSpec paramSource(SqlParameterSource namedParamSource) {
		Assert.notNull(namedParamSource, "SqlParameterSource must not be null");
		this.namedParamSource = namedParamSource;
		return this;
	}

	@Override
	public ResultQuerySpec query() {
		return new DefaultResultQuerySpec();
	}

	@Override
	public <T> MappedQuerySpec<T> query(Class<T> mappedClass) {
		return query(this.template.classMapper(mappedClass));
	}

	@Override
	public <T> MappedQuerySpec<T> query(RowMapper<T> rowMapper) {
		return new DefaultMappedQuerySpec<>(rowMapper);
	}

	@Override
	public void query(RowCallbackHandler rowCallbackHandler) {
		query(EdgeDatabaseTemplate.rowCallback(rowCallbackHandler));
	}

	@Override
	public <T> @Nullable T query(ResultSetExtractor<T> resultSetExtractor) {
		return this.template.extract(this.sql, binder(), resultSetExtractor);
	}

	@Override
	public int update() {
		return this.template.update(this.sql, binder());
	}

	@Override
	public int update(KeyHolder generatedKeyHolder) {
		return this.template.update(this.sql, binder(), generatedKeyHolder, null);
	}

	@Override
	public int update(KeyHolder generatedKeyHolder, String... keyColumnNames) {
		return this.template.update(this.sql, binder(), generatedKeyHolder, keyColumnNames);
	}

	private <T> List<T> list(RowMapper<T> rowMapper) {
		List<T> rows = query(new RowMapperResultSetExtractor<>(rowMapper));
		Assert.state(rows != null, "No result");
		return rows;
	}

	/**
	 * Returns how to bind the collected parameters: by name or by position, never both.
	 */
	private UnaryOperator<GenericExecuteSpec> binder() {
		boolean named = !this.namedParams.isEmpty() || this.namedParamSource != null;
		if (named && !this.indexedParams.isEmpty()) {
			throw new InvalidDataAccessApiUsageException(
					"Parameters were given both by position and by name; use one style per statement");
		}
		int unbound = this.indexedParams.indexOf(Unbound.INSTANCE);
		if (unbound >= 0) {
			throw new InvalidDataAccessApiUsageException("No value given for parameter " + (unbound + 1));
		}
		List<@Nullable Object> indexed = Collections.unmodifiableList(new ArrayList<>(this.indexedParams));
		Map<String, @Nullable Object> byName = new LinkedHashMap<>(this.namedParams);
		SqlParameterSource source = this.namedParamSource;
		return (spec) -> {
			GenericExecuteSpec bound = spec.bindValues(indexed).bindValues(byName);
			return (source != null) ? bound.bindProperties(source) : bound;
		};
	}

	/**
	 * Marks a positional parameter that was skipped by {@link #param(int, Object)}.
	 */
	private enum Unbound {

		INSTANCE

	}

	/**
	 * The {@link ResultQuerySpec}.
	 */
	private final class DefaultResultQuerySpec implements ResultQuerySpec {

		@Override
		public List<Map<String, @Nullable Object>> listOfRows() {
			return list(new ColumnMapRowMapper());
		}

		@Override
		public Map<String, @Nullable Object> singleRow() {
			return DataAccessUtils.requiredSingleResult(listOfRows());
		}

		@Override
		public List<@Nullable Object> singleColumn() {
			return list(new SingleColumnRowMapper<>());
		}

		@Override
		public @Nullable Object singleValue() {
			return DataAccessUtils.nullableSingleResult(singleColumn());
		}

		@Override
		public Optional<Object> optionalValue() {
			List<@Nullable Object> values = singleColumn();
			return Optional.ofNullable(DataAccessUtils.singleResult(values));
		}

	}

	/**
	 * The {@link MappedQuerySpec}.
	 */
	private final class DefaultMappedQuerySpec<T> implements MappedQuerySpec<T> {

		private final RowMapper<T> rowMapper;

		DefaultMappedQuerySpec(RowMapper<T> rowMapper) {
			this.rowMapper = rowMapper;
		}

		@Override
		public Stream<T> stream() {
			return list().stream();
		}

		@Override
		public List<T> list() {
			return DefaultEdgeStatementSpec.this.list(this.rowMapper);
		}

		@Override
		public Set<T> set() {
			return new LinkedHashSet<>(list());
		}

		@Override
		public T single() {
			return DataAccessUtils.requiredSingleResult(list());
		}

		@Override
		public Optional<T> optional() {
			return Optional.ofNullable(DataAccessUtils.singleResult(list()));
		}

	}

}
