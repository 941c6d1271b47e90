/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQLite text into {@link SqlToken tokens}, skipping whitespace and comments and
 * keeping quoted strings and identifiers whole, so that semicolons, question marks and
 * keywords inside them are never mistaken for syntax. An unterminated quote or block
 * comment runs to the end of the text (the server reports the error).
 */
final class SqlLexer {

	private SqlLexer() {
	}

	/**
	 * Tokenizes the given SQL text.
	 * @param sql the SQL text
	 * @return the tokens in order
	 */
	static List<SqlToken> tokenize(String sql) {
		List<SqlToken> tokens = new ArrayList<>();
		int length = sql.length();
		int i = 0;
		while (i < length) {
			char c = sql.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
				int newline = sql.indexOf('\n', i);
				i = (newline < 0) ? length : newline + 1;
			}
			else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
				int close = sql.indexOf("*/", i + 2);
				i = (close < 0) ? length : close + 2;
			}
			else if (c == '\'') {
				i = addQuoted(sql, i, '\'', SqlToken.Type.STRING, tokens);
			}
			else if (c == '"' || c == '`') {
				i = addQuoted(sql, i, c, SqlToken.Type.QUOTED_IDENTIFIER, tokens);
			}
			else if (c == '[') {
				int close = sql.indexOf(']', i + 1);
				int end = (close < 0) ? length : close + 1;
				tokens.add(new SqlToken(SqlToken.Type.QUOTED_IDENTIFIER, sql.substring(i, end), i, end));
				i = end;
			}
			else if (c == '?') {
				int end = skipWhile(sql, i + 1, Character::isDigit);
				tokens.add(new SqlToken(SqlToken.Type.PARAMETER, sql.substring(i, end), i, end));
				i = end;
			}
			else if ((c == ':' || c == '@' || c == '$') && i + 1 < length && isWordPart(sql.charAt(i + 1))) {
				int end = skipWhile(sql, i + 1, SqlLexer::isWordPart);
				tokens.add(new SqlToken(SqlToken.Type.PARAMETER, sql.substring(i, end), i, end));
				i = end;
			}
			else if (Character.isDigit(c) || (c == '.' && i + 1 < length && Character.isDigit(sql.charAt(i + 1)))) {
				int end = skipWhile(sql, i, (ch) -> Character.isLetterOrDigit(ch) || ch == '.');
				tokens.add(new SqlToken(SqlToken.Type.NUMBER, sql.substring(i, end), i, end));
				i = end;
			}
			else if (isWordPart(c)) {
				int end = skipWhile(sql, i, SqlLexer::isWordPart);
				tokens.add(new SqlToken(SqlToken.Type.WORD, sql.substring(i, end), i, end));
				i = end;
			}
			else {
				tokens.add(new SqlToken(SqlToken.Type.SYMBOL, String.valueOf(c), i, i + 1));
				i++;
			}
		}
		return tokens;
	}

	private static int addQuoted(String sql, int start, char quote, SqlToken.Type type, List<SqlToken> tokens) {
		int i = start + 1;
		int length = sql.length();
		while (i < length) {
			if (sql.charAt(i) == quote) {
				if (i + 1 < length && sql.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				i++;
				tokens.add(new SqlToken(type, sql.substring(start, i), start, i));
				return i;
			}
			i++;
		}
		tokens.add(new SqlToken(type, sql.substring(start), start, length));
		return length;
	}

	private static int skipWhile(String sql, int from, CharPredicate predicate) {
		int i = from;
		while (i < sql.length() && predicate.test(sql.charAt(i))) {
			i++;
		}
		return i;
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
	}

	@FunctionalInterface
	private interface CharPredicate {

		boolean test(char c);

	}

}
