/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQLite script into its statements at top-level semicolons.
 * <p>
 * Semicolons inside string literals, quoted identifiers and comments do not split, and
 * neither do the semicolons between {@code BEGIN} and {@code END} of a
 * {@code CREATE TRIGGER} body (a {@code CASE … END} inside the body is told apart from
 * the body's own {@code END}). Each statement is returned as written, without its
 * terminating semicolon and surrounding whitespace; comments before a statement are
 * dropped, and a piece holding only comments is not a statement.
 * <p>
 * Spring's {@code ScriptUtils.splitSqlScript} handles quotes and comments but splits
 * trigger bodies apart, which SQLite schemas use; hence this splitter.
 */
final class SqlScriptSplitter {

	private SqlScriptSplitter() {
	}

	/**
	 * Splits the given script into statements.
	 * @param script the SQL script
	 * @return the statements in order, never blank
	 */
	static List<String> split(String script) {
		List<String> statements = new ArrayList<>();
		for (List<SqlToken> statement : splitTokens(SqlLexer.tokenize(script))) {
			int start = statement.get(0).start();
			int end = statement.get(statement.size() - 1).end();
			statements.add(script.substring(start, end));
		}
		return statements;
	}

	/**
	 * Splits tokens into statements, dropping the separating semicolons and empty
	 * statements.
	 * @param tokens the tokens of a script
	 * @return the tokens of each statement
	 */
	static List<List<SqlToken>> splitTokens(List<SqlToken> tokens) {
		List<List<SqlToken>> statements = new ArrayList<>();
		List<SqlToken> current = new ArrayList<>();
		TriggerTracker trigger = new TriggerTracker();
		for (SqlToken token : tokens) {
			if (token.is(';') && !trigger.insideBody()) {
				if (!current.isEmpty()) {
					statements.add(current);
				}
				current = new ArrayList<>();
				trigger = new TriggerTracker();
				continue;
			}
			trigger.accept(current, token);
			current.add(token);
		}
		if (!current.isEmpty()) {
			statements.add(current);
		}
		return statements;
	}

	/**
	 * Follows {@code CREATE [TEMP|TEMPORARY] TRIGGER … BEGIN … END} so that the body's
	 * semicolons are kept inside the statement.
	 */
	private static final class TriggerTracker {

		private boolean trigger;

		private boolean inBody;

		private int caseDepth;

		boolean insideBody() {
			return this.inBody;
		}

		void accept(List<SqlToken> before, SqlToken token) {
			if (!this.trigger) {
				this.trigger = token.isKeyword("TRIGGER") && startsWithCreate(before);
				return;
			}
			if (!this.inBody) {
				this.inBody = token.isKeyword("BEGIN");
				return;
			}
			if (token.isKeyword("CASE")) {
				this.caseDepth++;
			}
			else if (token.isKeyword("END") && (this.caseDepth > 0 || before.get(before.size() - 1).is(';'))) {
				if (this.caseDepth > 0) {
					this.caseDepth--;
				}
				else {
					this.inBody = false;
				}
			}
		}

		private static boolean startsWithCreate(List<SqlToken> before) {
			if (before.isEmpty() || !before.get(0).isKeyword("CREATE")) {
				return false;
			}
			return before.size() == 1 || (before.size() == 2
					&& (before.get(1).isKeyword("TEMP") || before.get(1).isKeyword("TEMPORARY")));
		}

	}

}
