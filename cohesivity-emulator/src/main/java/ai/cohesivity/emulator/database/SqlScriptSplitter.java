package ai.cohesivity.emulator.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into statements at top-level semicolons, the way SQLite's
 * {@code sqlite3_complete} sees them: semicolons inside string literals, quoted
 * identifiers and comments do not end a statement, and a
 * {@code CREATE [TEMP] TRIGGER ... BEGIN ... END} statement ends only at the semicolon
 * after an {@code END} that directly follows a semicolon — so neither a
 * {@code CASE ... END} in the body nor {@code END} used as a name ends it. A statement's
 * text runs from its first token to its last, without the semicolon and without the
 * comments around it. The client's splitter agrees on every case of
 * {@code test-fixtures/sql-script-splitting.txt}.
 */
final class SqlScriptSplitter {

	private SqlScriptSplitter() {
	}

	static List<SqlStatement> split(String sql) {
		List<SqlStatement> statements = new ArrayList<>(1);
		State state = new State();
		int length = sql.length();
		int i = 0;
		while (i < length) {
			char c = sql.charAt(i);
			int end;
			if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
				int newline = sql.indexOf('\n', i + 2);
				i = (newline < 0) ? length : newline + 1;
				continue;
			}
			if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
				int close = sql.indexOf("*/", i + 2);
				i = (close < 0) ? length : close + 2;
				continue;
			}
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (c == ';') {
				if (state.endsAtSemicolon()) {
					state.addTo(statements, sql);
					state = new State();
				}
				else {
					state.semicolonInTriggerBody(i);
				}
				i++;
				continue;
			}
			if (c == '\'' || c == '"' || c == '`') {
				end = skipQuoted(sql, i, c);
				state.other(i, end);
			}
			else if (c == '[') {
				int close = sql.indexOf(']', i + 1);
				end = (close < 0) ? length : close + 1;
				state.other(i, end);
			}
			else if (Character.isLetter(c) || c == '_') {
				end = i + 1;
				while (end < length && isWordPart(sql.charAt(end))) {
					end++;
				}
				state.word(sql.substring(i, end).toUpperCase(Locale.ROOT), i, end);
			}
			else if (c == '?' && i + 1 < length && Character.isDigit(sql.charAt(i + 1))) {
				end = i + 2;
				while (end < length && Character.isDigit(sql.charAt(end))) {
					end++;
				}
				state.numberedParameter(i, end);
			}
			else {
				end = i + 1;
				if (Character.isDigit(c)) {
					while (end < length && isWordPart(sql.charAt(end))) {
						end++;
					}
				}
				state.other(i, end);
			}
			i = end;
		}
		state.addTo(statements, sql);
		return statements;
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

	private static int skipQuoted(String sql, int open, char quote) {
		int i = open + 1;
		while (i < sql.length()) {
			if (sql.charAt(i) == quote) {
				if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return sql.length();
	}

	/**
	 * What is known of the statement being read: where its tokens start and end, its
	 * keyword, whether it is a trigger and where in its body the reading is.
	 */
	private static final class State {

		private int start = -1;

		private int end;

		private int words;

		private String keyword = "";

		private boolean trigger;

		/** Inside a trigger: the last token was a semicolon. */
		private boolean afterSemicolon;

		/** Inside a trigger: the last token was an END that followed a semicolon. */
		private boolean endAfterSemicolon;

		private boolean numberedParameters;

		void word(String word, int from, int to) {
			token(from, to);
			this.words++;
			if (this.words == 1) {
				this.keyword = word;
			}
			if ("CREATE".equals(this.keyword) && "TRIGGER".equals(word) && this.words <= 3) {
				this.trigger = true;
			}
			this.endAfterSemicolon = this.afterSemicolon && "END".equals(word);
			this.afterSemicolon = false;
		}

		void numberedParameter(int from, int to) {
			this.numberedParameters = true;
			other(from, to);
		}

		void other(int from, int to) {
			token(from, to);
			this.afterSemicolon = false;
			this.endAfterSemicolon = false;
		}

		private void token(int from, int to) {
			if (this.start < 0) {
				this.start = from;
			}
			this.end = to;
		}

		boolean endsAtSemicolon() {
			return !this.trigger || this.endAfterSemicolon;
		}

		void semicolonInTriggerBody(int at) {
			token(at, at + 1);
			this.afterSemicolon = true;
			this.endAfterSemicolon = false;
		}

		void addTo(List<SqlStatement> statements, String sql) {
			if (this.start >= 0) {
				statements
					.add(new SqlStatement(sql.substring(this.start, this.end), this.keyword, this.numberedParameters));
			}
		}

	}

}
