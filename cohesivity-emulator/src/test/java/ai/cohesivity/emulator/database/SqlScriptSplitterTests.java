package ai.cohesivity.emulator.database;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statement splitting as SQLite's {@code sqlite3_complete} sees it.
 */
class SqlScriptSplitterTests {

	@Test
	void splitsAtTopLevelSemicolonsOnly() {
		List<SqlStatement> statements = SqlScriptSplitter.split("CREATE TABLE \"a;b\" (x TEXT DEFAULT ';');"
				+ " /* ; */ INSERT INTO [a;b] VALUES ('it''s; fine') -- trailing; comment\n; SELECT `x;y` FROM t;;");
		assertThat(statements).extracting(SqlStatement::keyword).containsExactly("CREATE", "INSERT", "SELECT");
		// As the client's splitter does: from the first token to the last, no comments
		// around.
		assertThat(statements.get(1).text()).isEqualTo("INSERT INTO [a;b] VALUES ('it''s; fine')");
	}

	@Test
	void keepsTriggerBodiesTogether() {
		List<SqlStatement> statements = SqlScriptSplitter.split("CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN"
				+ " UPDATE b SET n = n + 1; DELETE FROM c; END; SELECT 1");
		assertThat(statements).hasSize(2);
		assertThat(statements.get(0).text()).endsWith("END");
	}

	@Test
	void detectsNumberedParametersAndIgnoresEmptyStatements() {
		assertThat(SqlScriptSplitter.split("SELECT ?1, ?2").get(0).numberedParameters()).isTrue();
		assertThat(SqlScriptSplitter.split("SELECT ?, '?1'").get(0).numberedParameters()).isFalse();
		assertThat(SqlScriptSplitter.split(" ; -- nothing\n ;")).isEmpty();
	}

}
