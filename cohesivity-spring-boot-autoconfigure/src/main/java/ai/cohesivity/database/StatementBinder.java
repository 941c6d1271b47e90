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

/**
 * Builds an {@link EdgeStatement} from SQL and its arguments, and checks the
 * {@link StatementLimits} before anything is sent.
 * <p>
 * Positional arguments are bound as they are, so {@code ?} and {@code ?NNN} placeholders pass
 * through untouched. Named parameters ({@code :name}) are parsed and substituted by Spring's own
 * {@link NamedParameterUtils}, exactly as {@code NamedParameterJdbcTemplate} does: a collection or
 * array value expands into a list of placeholders (for {@code IN (:ids)}), a missing value or a
 * mix of named and {@code ?} placeholders fails with Spring's message. The edge database itself
 * only understands positional parameters, so the substitution happens here.
 */
final class StatementBinder {

	private StatementBinder() {
	}

	/**
	 * Binds positional arguments.
	 * @param sql the SQL with {@code ?} or {@code ?NNN} placeholders
	 * @param args the arguments in order
	 * @return the statement
	 */
	static EdgeStatement positional(String sql, List<? extends @Nullable Object> args) {
		checkPlaceholders(sql, args.size());
		List<@Nullable Object> params = new ArrayList<>(args.size());
		for (Object arg : args) {
			params.add(BindValueConverter.toJson(arg));
		}
		return checked(new EdgeStatement(sql, params));
	}

	/**
	 * Binds named parameters.
	 * @param sql the SQL with {@code :name} placeholders
	 * @param source where the values come from
	 * @return the statement with {@code ?} placeholders
	 */
	static EdgeStatement named(String sql, SqlParameterSource source) {
		ParsedSql parsedSql = NamedParameterUtils.parseSqlStatement(sql);
		String substituted = NamedParameterUtils.substituteNamedParameters(parsedSql, source);
		@Nullable Object[] values = NamedParameterUtils.buildValueArray(parsedSql, source, null);
		List<@Nullable Object> params = new ArrayList<>(values.length);
		for (Object value : values) {
			addExpanded(params, value);
		}
		checkPlaceholders(substituted, params.size());
		return checked(new EdgeStatement(substituted, params));
	}

	/**
	 * Fails early where SQLite would silently bind NULL: a {@code :name} placeholder with
	 * positional arguments, or a number of plain {@code ?} placeholders (or a highest
	 * {@code ?NNN}) different from the number of arguments.
	 */
	private static void checkPlaceholders(String sql, int argumentCount) {
		int plain = 0;
		int highestNumbered = 0;
		for (SqlToken token : SqlLexer.tokenize(sql)) {
			if (token.type() != SqlToken.Type.PARAMETER) {
				continue;
			}
			String text = token.text();
			if (text.equals("?")) {
				plain++;
			}
			else if (text.charAt(0) == '?') {
				int number = (text.length() > 7) ? Integer.MAX_VALUE : Integer.parseInt(text.substring(1));
				highestNumbered = Math.max(highestNumbered, number);
			}
			else {
				throw new InvalidDataAccessApiUsageException("The SQL has the named parameter " + text
						+ " but values were bound by position; bind by name instead");
			}
		}
		if (highestNumbered == 0 && plain != argumentCount) {
			throw new InvalidDataAccessApiUsageException("The SQL has " + plain + " '?' placeholders but "
					+ argumentCount + " arguments were given");
		}
		if (plain == 0 && highestNumbered != 0 && highestNumbered != argumentCount) {
			throw new InvalidDataAccessApiUsageException("The SQL's highest numbered placeholder is ?"
					+ highestNumbered + " but " + argumentCount + " arguments were given");
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

	private static EdgeStatement checked(EdgeStatement statement) {
		StatementLimits.check(statement.sql(), statement.params().size());
		return statement;
	}

}
