/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.util.ConcurrentLruCache;

/**
 * Builds an {@link EdgeDatabaseRequest} from SQL and its arguments, and checks the
 * {@link StatementLimits} before anything is sent.
 * <p>
 * Positional arguments are bound as they are, so {@code ?} and {@code ?NNN} placeholders
 * pass through untouched. Named parameters ({@code :name}) are parsed and substituted by
 * Spring's own {@link NamedParameterUtils}, exactly as {@code NamedParameterJdbcTemplate}
 * does: a collection or array value expands into a list of placeholders (for
 * {@code IN (:ids)}), a missing value or a mix of named and {@code ?} placeholders fails
 * with Spring's message. The edge database itself only understands positional parameters,
 * so the substitution happens here.
 */
final class StatementBinder {

	/**
	 * Named-parameter SQL parsed by Spring, per SQL text (up to
	 * {@link SqlStatementShape#MAX_CACHED_LENGTH} characters), as
	 * {@code NamedParameterJdbcTemplate} keeps it.
	 */
	private static final ConcurrentLruCache<String, ParsedSql> parsedSqlCache = new ConcurrentLruCache<>(
			SqlStatementShape.CACHE_CAPACITY, NamedParameterUtils::parseSqlStatement);

	private StatementBinder() {
	}

	/**
	 * Binds positional arguments.
	 * @param sql the SQL with {@code ?} or {@code ?NNN} placeholders
	 * @param args the arguments in order
	 * @return the statement
	 */
	static EdgeDatabaseRequest positional(String sql, List<? extends @Nullable Object> args) {
		checkPlaceholders(sql, args.size());
		List<@Nullable Object> params = new ArrayList<>(args.size());
		for (Object arg : args) {
			params.add(BindValueConverter.toJson(arg));
		}
		return checked(new EdgeDatabaseRequest(sql, params));
	}

	/**
	 * Binds named parameters.
	 * @param sql the SQL with {@code :name} placeholders
	 * @param source where the values come from
	 * @return the statement with {@code ?} placeholders
	 */
	static EdgeDatabaseRequest named(String sql, SqlParameterSource source) {
		ParsedSql parsedSql = (sql.length() <= SqlStatementShape.MAX_CACHED_LENGTH) ? parsedSqlCache.get(sql)
				: NamedParameterUtils.parseSqlStatement(sql);
		String substituted = NamedParameterUtils.substituteNamedParameters(parsedSql, source);
		@Nullable Object[] values = NamedParameterUtils.buildValueArray(parsedSql, source, null);
		List<@Nullable Object> params = new ArrayList<>(values.length);
		for (Object value : values) {
			addExpanded(params, value);
		}
		checkPlaceholders(substituted, params.size());
		return checked(new EdgeDatabaseRequest(substituted, params));
	}

	/**
	 * Fails early where SQLite would silently bind NULL: a {@code :name} placeholder with
	 * positional arguments, or a number of plain {@code ?} placeholders (or a highest
	 * {@code ?NNN}) different from the number of arguments.
	 */
	private static void checkPlaceholders(String sql, int argumentCount) {
		SqlStatementShape shape = SqlStatementShape.of(sql);
		if (shape.namedParameter() != null) {
			throw new InvalidDataAccessApiUsageException("The SQL has the named parameter " + shape.namedParameter()
					+ " but values were bound by position; bind by name instead");
		}
		int plain = shape.plainParameters();
		int highestNumbered = shape.highestNumberedParameter();
		if (highestNumbered == 0 && plain != argumentCount) {
			throw new InvalidDataAccessApiUsageException(
					"The SQL has " + plain + " '?' placeholders but " + argumentCount + " arguments were given");
		}
		if (plain == 0 && highestNumbered != 0 && highestNumbered != argumentCount) {
			throw new InvalidDataAccessApiUsageException("The SQL's highest numbered placeholder is ?" + highestNumbered
					+ " but " + argumentCount + " arguments were given");
		}
	}

	private static void addExpanded(List<@Nullable Object> params, @Nullable Object value) {
		Object unwrapped = (value instanceof SqlParameterValue parameterValue) ? parameterValue.getValue() : value;
		if (unwrapped instanceof Collection<?> collection) {
			for (Object element : collection) {
				addExpanded(params, element);
			}
		}
		else if (unwrapped instanceof Object[] array) {
			for (Object element : array) {
				addExpanded(params, element);
			}
		}
		else {
			params.add(BindValueConverter.toJson(unwrapped));
		}
	}

	private static EdgeDatabaseRequest checked(EdgeDatabaseRequest statement) {
		StatementLimits.check(statement.sql(), statement.params().size());
		return statement;
	}

}
