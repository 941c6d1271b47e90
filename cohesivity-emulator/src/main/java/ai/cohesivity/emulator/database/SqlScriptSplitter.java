package ai.cohesivity.emulator.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into statements at top-level semicolons, the way SQLite's
 * {@code sqlite3_complete} sees them: semicolons inside string literals, quoted
 * identifiers, comments and {@code CREATE TRIGGER ... BEGIN ... END} bodies do not end a
 * statement.
 */
final class SqlScriptSplitter {

	private SqlScriptSplitter() {
	}

	static List<SqlStatement> split(String sql) {
		List<SqlStatement> statements = new ArrayList<>(1);
		State state = new State();
		int start = 0;
		int length = sql.length();
		int i = 0;
		while (i < length) {
			char c = sql.charAt(i);
			if (c == '\'' || c == '"' || c == '`') {
				i = skipQuoted(sql, i, c);
				state.other();
			}
			else if (c == '[') {
				int end = sql.indexOf(']', i + 1);
				i = (end < 0) ? length : end + 1;
				state.other();
			}
			else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
				int end = sql.indexOf('\n', i + 2);
				i = (end < 0) ? length : end + 1;
			}
			else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
				int end = sql.indexOf("*/", i + 2);
				i = (end < 0) ? length : end + 2;
			}
			else if (c == ';') {
				if (state.inTrigger && !"END".equals(state.lastWord)) {
					state.other();
					i++;
				}
				else {
					state.addTo(statements, sql.substring(start, i));
					state = new State();
					i++;
					start = i;
				}
			}
			else if (Character.isLetter(c) || c == '_') {
				int end = i + 1;
				while (end < length && isWordPart(sql.charAt(end))) {
					end++;
				}
				state.word(sql.substring(i, end).toUpperCase(Locale.ROOT));
				i = end;
			}
			else if (c == '?' && i + 1 < length && Character.isDigit(sql.charAt(i + 1))) {
				state.numberedParameters = true;
				state.other();
				i += 2;
				while (i < length && Character.isDigit(sql.charAt(i))) {
					i++;
				}
			}
			else if (Character.isWhitespace(c)) {
				i++;
			}
			else {
				int end = i + 1;
				if (Character.isDigit(c)) {
					while (end < length && isWordPart(sql.charAt(end))) {
						end++;
					}
				}
				state.other();
				i = end;
			}
		}
		state.addTo(statements, sql.substring(start));
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

	private static final class State {

		private boolean hasTokens;

		private int words;

		private String keyword = "";

		private String lastWord = "";

		private boolean inTrigger;

		private boolean numberedParameters;

		void word(String word) {
			this.hasTokens = true;
			this.words++;
			if (this.words == 1) {
				this.keyword = word;
			}
			if ("CREATE".equals(this.keyword) && "TRIGGER".equals(word) && this.words <= 3) {
				this.inTrigger = true;
			}
			this.lastWord = word;
		}

		void other() {
			this.hasTokens = true;
			this.lastWord = "";
		}

		void addTo(List<SqlStatement> statements, String text) {
			if (this.hasTokens) {
				statements.add(new SqlStatement(text.strip(), this.keyword, this.numberedParameters));
			}
		}

	}

}
