/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.SingleColumnRowMapper;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.util.Assert;

/**
 * The {@link EdgeStatementSpec} of an {@link EdgeDatabaseTemplate}: collects parameters
 * into {@link StatementBindings} (validated once, when the statement is sent), then runs
 * through the template.
 */
final class DefaultEdgeStatementSpec implements EdgeStatementSpec {

	private final EdgeDatabaseTemplate template;

	private final String sql;

	private StatementBindings bindings = StatementBindings.NONE;

	DefaultEdgeStatementSpec(EdgeDatabaseTemplate template, String sql) {
		Assert.hasText(sql, "SQL must not be empty");
		this.template = template;
		this.sql = sql;
	}

	@Override
	public EdgeStatementSpec param(@Nullable Object value) {
		this.bindings = this.bindings.withNext(value);
		return this;
	}

	@Override
	public EdgeStatementSpec param(int jdbcIndex, @Nullable Object value) {
		Assert.isTrue(jdbcIndex >= 1, () -> "JDBC parameter index must start at 1, was " + jdbcIndex);
		this.bindings = this.bindings.withIndexed(jdbcIndex - 1, value);
		return this;
	}

	@Override
	public EdgeStatementSpec param(String name, @Nullable Object value) {
		this.bindings = this.bindings.withNamed(name, value);
		return this;
	}

	@Override
	public EdgeStatementSpec params(@Nullable Object... values) {
		return params(Arrays.asList(values));
	}

	@Override
	public EdgeStatementSpec params(List<? extends @Nullable Object> values) {
		for (Object value : values) {
			this.bindings = this.bindings.withNext(value);
		}
		return this;
	}

	@Override
	public EdgeStatementSpec params(Map<String, ? extends @Nullable Object> paramMap) {
		this.bindings = this.bindings.withNamed(paramMap);
		return this;
	}

	@Override
	public EdgeStatementSpec paramSource(Object namedParamObject) {
		this.bindings = this.bindings.withSource(namedParamObject);
		return this;
	}

	@Override
	public EdgeStatementSpec paramSource(SqlParameterSource namedParamSource) {
		this.bindings = this.bindings.withSource(namedParamSource);
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
		return this.template.extract(this.sql, this.bindings, resultSetExtractor);
	}

	@Override
	public int update() {
		return this.template.update(this.sql, this.bindings);
	}

	@Override
	public int update(KeyHolder generatedKeyHolder) {
		return this.template.update(this.sql, this.bindings, generatedKeyHolder, null);
	}

	@Override
	public int update(KeyHolder generatedKeyHolder, String... keyColumnNames) {
		return this.template.update(this.sql, this.bindings, generatedKeyHolder, keyColumnNames);
	}

	private <T> List<T> list(RowMapper<T> rowMapper) {
		List<T> rows = query(new RowMapperResultSetExtractor<>(rowMapper));
		Assert.state(rows != null, "No result");
		return rows;
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
