/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ConcurrentLruCache;

/**
 * What the client needs to know about a piece of SQL before sending it: how many
 * statements it holds, its leading verb (looking past a {@code WITH} clause), whether it
 * already has a top-level {@code RETURNING} clause, and its parameter placeholders.
 * <p>
 * Shapes come from one pass of the {@link SqlLexer} and are cached per SQL text (bounded,
 * least recently used dropped, as {@code NamedParameterJdbcTemplate} caches parsed SQL),
 * so a statement run again, or checked and then sent, is not lexed again.
 *
 * @param verb the statement's verb in upper case ({@code SELECT}, {@code INSERT},
 * {@code CREATE}, …), or an empty string when there is no statement
 * @param statementCount the number of non-empty statements
 * @param returning whether the (single) statement has a top-level {@code RETURNING}
 * clause
 * @param limited whether the (single) statement has a top-level {@code ORDER BY} or
 * {@code LIMIT} clause
 * @param end offset after the last token of the last statement (trailing semicolons and
 * comments excluded)
 * @param plainParameters the number of plain {@code ?} placeholders
 * @param highestNumberedParameter the highest {@code NNN} of the {@code ?NNN}
 * placeholders ({@link Integer#MAX_VALUE} if it has more than six digits), {@code 0} if
 * there are none
 * @param namedParameter the first {@code :name}, {@code @name} or {@code $name}
 * placeholder, or {@code null} if there is none
 */
record SqlStatementShape(String verb, int statementCount, boolean returning, boolean limited, int end,
		int plainParameters, int highestNumberedParameter, @Nullable String namedParameter) {

	/**
	 * How many shapes are cached.
	 */
	static final int CACHE_CAPACITY = 256;

	/**
	 * SQL longer than this is lexed on every use rather than kept as a cache key.
	 */
	static final int MAX_CACHED_LENGTH = 10_000;

	private static final ConcurrentLruCache<String, SqlStatementShape> cache = new ConcurrentLruCache<>(CACHE_CAPACITY,
			SqlStatementShape::parse);

	private static final Set<String> READ_VERBS = Set.of("SELECT", "VALUES", "EXPLAIN");

	private static final Set<String> DATA_CHANGE_VERBS = Set.of("INSERT", "UPDATE", "DELETE", "REPLACE");

	private static final Set<String> MAIN_VERBS = Set.of("SELECT", "VALUES", "INSERT", "UPDATE", "DELETE", "REPLACE");

	/**
	 * Returns the shape of the given SQL, from the cache if it was inspected before.
	 * @param sql the SQL text
	 * @return its shape
	 */
	static SqlStatementShape of(String sql) {
		return (sql.length() <= MAX_CACHED_LENGTH) ? cache.get(sql) : parse(sql);
	}

	/**
	 * Inspects the given SQL, lexing it once.
	 * @param sql the SQL text
	 * @return its shape
	 */
	static SqlStatementShape parse(String sql) {
		List<SqlToken> tokens = SqlLexer.tokenize(sql);
		int plain = 0;
		int highestNumbered = 0;
		@Nullable String named = null;
		for (SqlToken token : tokens) {
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
			else if (named == null) {
				named = text;
			}
		}
		List<List<SqlToken>> statements = SqlScriptSplitter.splitTokens(tokens);
		if (statements.isEmpty()) {
			return new SqlStatementShape("", 0, false, false, 0, plain, highestNumbered, named);
		}
		List<SqlToken> first = statements.get(0);
		List<SqlToken> last = statements.get(statements.size() - 1);
		int end = last.get(last.size() - 1).end();
		return new SqlStatementShape(verbOf(first), statements.size(), hasTopLevelKeyword(first, "RETURNING"),
				hasTopLevelKeyword(first, "LIMIT") || hasTopLevelKeyword(first, "ORDER"), end, plain, highestNumbered,
				named);
	}

	/**
	 * Whether this is one statement that only reads, so that sending it twice is
	 * harmless.
	 * @return {@code true} for a single {@code SELECT}, {@code VALUES} or {@code EXPLAIN}
	 */
	boolean isRead() {
		return this.statementCount == 1 && READ_VERBS.contains(this.verb);
	}

	/**
	 * Whether this is one {@code INSERT}, {@code UPDATE}, {@code DELETE} or
	 * {@code REPLACE}.
	 * @return {@code true} for a single data-changing statement
	 */
	boolean isDataChange() {
		return this.statementCount == 1 && DATA_CHANGE_VERBS.contains(this.verb);
	}

	/**
	 * Whether a {@code RETURNING} clause can be appended at the end: a single
	 * data-changing statement without one, and not an {@code UPDATE} or {@code DELETE}
	 * ending in {@code ORDER BY} / {@code LIMIT} (where {@code RETURNING} would have to
	 * come before them).
	 * @return {@code true} if {@link #withReturning} is safe
	 */
	boolean canAppendReturning() {
		if (!isDataChange() || this.returning) {
			return false;
		}
		return !(this.limited && ("UPDATE".equals(this.verb) || "DELETE".equals(this.verb)));
	}

	/**
	 * Returns the SQL with a {@code RETURNING} clause appended (after dropping a trailing
	 * semicolon).
	 * @param sql the SQL this shape was made from
	 * @param columns the result columns of the clause
	 * @return the rewritten SQL
	 */
	String withReturning(String sql, String columns) {
		return sql.substring(0, this.end) + " RETURNING " + columns;
	}

	private static String verbOf(List<SqlToken> tokens) {
		SqlToken first = tokens.get(0);
		if (!first.isKeyword("WITH")) {
			return (first.type() == SqlToken.Type.WORD) ? first.text().toUpperCase(Locale.ROOT) : "";
		}
		int depth = 0;
		for (SqlToken token : tokens) {
			if (token.is('(')) {
				depth++;
			}
			else if (token.is(')')) {
				depth--;
			}
			else if (depth == 0 && token.type() == SqlToken.Type.WORD) {
				String word = token.text().toUpperCase(Locale.ROOT);
				if (MAIN_VERBS.contains(word)) {
					return word;
				}
			}
		}
		return "WITH";
	}

	private static boolean hasTopLevelKeyword(List<SqlToken> tokens, String keyword) {
		int depth = 0;
		for (SqlToken token : tokens) {
			if (token.is('(')) {
				depth++;
			}
			else if (token.is(')')) {
				depth--;
			}
			else if (depth == 0 && token.isKeyword(keyword)) {
				return true;
			}
		}
		return false;
	}

}
