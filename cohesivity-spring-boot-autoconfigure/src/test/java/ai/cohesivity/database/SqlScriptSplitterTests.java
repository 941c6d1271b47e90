/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SqlScriptSplitter}.
 */
class SqlScriptSplitterTests {

	@Test
	void splitsAtTopLevelSemicolons() {
		assertThat(SqlScriptSplitter.split("CREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);\n"))
			.containsExactly("CREATE TABLE a (x INTEGER)", "INSERT INTO a VALUES (1)");
	}

	@Test
	void keepsSemicolonsInsideStringsAndQuotedIdentifiers() {
		String script = "INSERT INTO a VALUES ('x;y', 'it''s; fine');INSERT INTO \"odd;name\" VALUES (`b;c`, [d;e])";
		assertThat(SqlScriptSplitter.split(script)).containsExactly("INSERT INTO a VALUES ('x;y', 'it''s; fine')",
				"INSERT INTO \"odd;name\" VALUES (`b;c`, [d;e])");
	}

	@Test
	void ignoresSemicolonsInCommentsAndDropsCommentOnlyPieces() {
		String script = """
				-- schema; version 1
				CREATE TABLE a (x INTEGER); /* a; b */
				/* only a comment; */
				-- trailing comment;
				""";
		assertThat(SqlScriptSplitter.split(script)).containsExactly("CREATE TABLE a (x INTEGER)");
	}

	@Test
	void keepsTriggerBodyTogetherIncludingCaseExpressions() {
		String trigger = """
				CREATE TRIGGER notes_audit AFTER UPDATE ON notes BEGIN
				  INSERT INTO audit VALUES (new.id, CASE WHEN new.done THEN 'done' ELSE 'open' END);
				  UPDATE notes SET touched = 1 WHERE id = new.id;
				END""";
		String script = "CREATE TABLE notes (id INTEGER);\n" + trigger + ";\nSELECT 1;";
		assertThat(SqlScriptSplitter.split(script)).containsExactly("CREATE TABLE notes (id INTEGER)", trigger,
				"SELECT 1");
	}

	@Test
	void temporaryTriggerIsRecognized() {
		String script = "CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM b; DELETE FROM c; END; SELECT 2";
		assertThat(SqlScriptSplitter.split(script)).containsExactly(
				"CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN DELETE FROM b; DELETE FROM c; END", "SELECT 2");
	}

	@Test
	void unterminatedStringRunsToTheEnd() {
		assertThat(SqlScriptSplitter.split("SELECT 'abc; def")).containsExactly("SELECT 'abc; def");
	}

	@Test
	void emptyScriptHasNoStatements() {
		assertThat(SqlScriptSplitter.split(" ;; -- nothing\n")).isEmpty();
	}

}
