/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.KeyHolder;

/**
 * A fluent edge database statement, shaped like Spring's
 * {@code JdbcClient.StatementSpec}. Parameters are positional ({@code ?}, {@code ?NNN})
 * or named ({@code :name}), not both. Obtain one from
 * {@link EdgeDatabaseOperations#sql(String)}.
 */
public interface EdgeStatementSpec {

	/**
	 * Binds the next positional parameter.
	 * @param value the value
	 * @return this spec
	 */
	EdgeStatementSpec param(@Nullable Object value);

	/**
	 * Binds a positional parameter by its JDBC-style index ({@code 1}-based, as
	 * {@code ?1}).
	 * @param jdbcIndex the index, from 1
	 * @param value the value
	 * @return this spec
	 */
	EdgeStatementSpec param(int jdbcIndex, @Nullable Object value);

	/**
	 * Binds a named parameter.
	 * @param name the name, as in {@code :name}
	 * @param value the value; a collection or array expands for {@code IN (:name)}
	 * @return this spec
	 */
	EdgeStatementSpec param(String name, @Nullable Object value);

	/**
	 * Binds positional parameters in order.
	 * @param values the values
	 * @return this spec
	 */
	EdgeStatementSpec params(@Nullable Object... values);

	/**
	 * Binds positional parameters in order.
	 * @param values the values
	 * @return this spec
	 */
	EdgeStatementSpec params(List<? extends @Nullable Object> values);

	/**
	 * Binds named parameters.
	 * @param paramMap the values by name
	 * @return this spec
	 */
	EdgeStatementSpec params(Map<String, ? extends @Nullable Object> paramMap);

	/**
	 * Binds named parameters from the properties of a bean or the components of a record.
	 * @param namedParamObject the bean or record
	 * @return this spec
	 */
	EdgeStatementSpec paramSource(Object namedParamObject);

	/**
	 * Binds named parameters from a Spring {@link SqlParameterSource}.
	 * @param namedParamSource the source
	 * @return this spec
	 */
	EdgeStatementSpec paramSource(SqlParameterSource namedParamSource);

	/**
	 * Queries, keeping rows as maps or single values.
	 * @return the result spec
	 */
	ResultQuerySpec query();

	/**
	 * Queries and maps rows to a type: a simple value type from a single column (as
	 * Spring's {@code SingleColumnRowMapper}), otherwise a record or bean (as
	 * {@code DataClassRowMapper}). The mapper is built once per type and shared by the
	 * template's later queries.
	 * @param <T> the type
	 * @param mappedClass the type
	 * @return the mapped result spec
	 */
	<T> MappedQuerySpec<T> query(Class<T> mappedClass);

	/**
	 * Queries and maps rows with a {@link RowMapper}.
	 * @param <T> the row type
	 * @param rowMapper the mapper
	 * @return the mapped result spec
	 */
	<T> MappedQuerySpec<T> query(RowMapper<T> rowMapper);

	/**
	 * Queries and hands each row to a handler.
	 * @param rowCallbackHandler the handler
	 */
	void query(RowCallbackHandler rowCallbackHandler);

	/**
	 * Queries and reads the whole result with an extractor.
	 * @param <T> the result type
	 * @param resultSetExtractor the extractor
	 * @return what the extractor returned
	 */
	<T> @Nullable T query(ResultSetExtractor<T> resultSetExtractor);

	/**
	 * Runs the statement and returns the number of rows it changed.
	 * @return the count
	 * @see EdgeDatabaseOperations#update(String, Object...)
	 */
	int update();

	/**
	 * Runs the statement and puts the generated keys into the holder.
	 * @param generatedKeyHolder the key holder
	 * @return the count
	 * @see EdgeDatabaseOperations#update(String, KeyHolder, Object...)
	 */
	int update(KeyHolder generatedKeyHolder);

	/**
	 * Runs the statement and puts the named key columns into the holder.
	 * @param generatedKeyHolder the key holder
	 * @param keyColumnNames the key columns
	 * @return the count
	 */
	int update(KeyHolder generatedKeyHolder, String... keyColumnNames);

	/**
	 * The result of a query, as rows of maps or as single values.
	 */
	interface ResultQuerySpec {

		/**
		 * Returns every row as a map.
		 * @return the rows
		 */
		List<Map<String, @Nullable Object>> listOfRows();

		/**
		 * Returns the only row as a map.
		 * @return the row
		 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException unless
		 * exactly one row
		 */
		Map<String, @Nullable Object> singleRow();

		/**
		 * Returns the single column of every row.
		 * @return the values
		 */
		List<@Nullable Object> singleColumn();

		/**
		 * Returns the single column of the only row.
		 * @return the value
		 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException unless
		 * exactly one row
		 */
		@Nullable Object singleValue();

		/**
		 * Returns the single column of the only row, if there is a row.
		 * @return the value, empty for no row or NULL
		 */
		Optional<Object> optionalValue();

	}

	/**
	 * The mapped result of a query.
	 *
	 * @param <T> the row type
	 */
	interface MappedQuerySpec<T> {

		/**
		 * Returns the rows as a stream.
		 * @return the rows
		 */
		Stream<T> stream();

		/**
		 * Returns the rows as a list.
		 * @return the rows
		 */
		List<T> list();

		/**
		 * Returns the rows as a set (in order).
		 * @return the rows
		 */
		Set<T> set();

		/**
		 * Returns the only row.
		 * @return the row
		 * @throws org.springframework.dao.EmptyResultDataAccessException if there is no
		 * row
		 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException if there
		 * are more
		 */
		T single();

		/**
		 * Returns the only row, if any.
		 * @return the row or empty
		 * @throws org.springframework.dao.IncorrectResultSizeDataAccessException if there
		 * are more
		 */
		Optional<T> optional();

	}

}
