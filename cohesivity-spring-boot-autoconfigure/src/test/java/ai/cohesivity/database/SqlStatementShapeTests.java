/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SqlStatementShape}.
 */
class SqlStatementShapeTests {

	@Test
	void selectIsARead() {
		SqlStatementShape shape = SqlStatementShape.of("  -- comment\n select * from notes;");
		assertThat(shape.verb()).isEqualTo("SELECT");
		assertThat(shape.isRead()).isTrue();
		assertThat(shape.isDataChange()).isFalse();
	}

	@Test
	void withClauseLooksThroughToTheMainVerb() {
		assertThat(SqlStatementShape.of("WITH x(n) AS (SELECT 1) UPDATE t SET a = 1").verb()).isEqualTo("UPDATE");
		assertThat(SqlStatementShape.of("WITH RECURSIVE c(n) AS (SELECT 1 UNION SELECT n + 1 FROM c) SELECT n FROM c")
			.isRead()).isTrue();
	}

	@Test
	void scriptIsNeitherReadNorSingleDataChange() {
		SqlStatementShape shape = SqlStatementShape.of("SELECT 1; SELECT 2");
		assertThat(shape.statementCount()).isEqualTo(2);
		assertThat(shape.isRead()).isFalse();
	}

	@Test
	void returningIsFoundOnlyAtTopLevelAndOutsideStrings() {
		assertThat(SqlStatementShape.of("INSERT INTO t VALUES (1) RETURNING id").returning()).isTrue();
		assertThat(SqlStatementShape.of("INSERT INTO t VALUES ('RETURNING')").returning()).isFalse();
		assertThat(SqlStatementShape.of("INSERT INTO \"returning\" VALUES (1)").returning()).isFalse();
	}

	@Test
	void appendsReturningAfterDroppingTrailingSemicolonAndComment() {
		String sql = "DELETE FROM t WHERE id = ?; -- done";
		SqlStatementShape shape = SqlStatementShape.of(sql);
		assertThat(shape.canAppendReturning()).isTrue();
		assertThat(shape.withReturning(sql, "1")).isEqualTo("DELETE FROM t WHERE id = ? RETURNING 1");
	}

	@Test
	void doesNotAppendReturningWhereItCannotGo() {
		assertThat(SqlStatementShape.of("UPDATE t SET a = 1 ORDER BY id LIMIT 2").canAppendReturning()).isFalse();
		assertThat(SqlStatementShape.of("INSERT INTO t VALUES (1) RETURNING id").canAppendReturning()).isFalse();
		assertThat(SqlStatementShape.of("CREATE TABLE t (a)").canAppendReturning()).isFalse();
		assertThat(SqlStatementShape.of("INSERT INTO t SELECT a FROM s ORDER BY a").canAppendReturning()).isTrue();
	}

	@Test
	void countsPlaceholdersOutsideQuotesAndComments() {
		SqlStatementShape shape = SqlStatementShape.of("SELECT '?', \"?\" FROM t WHERE a = ? -- ?\n AND b IN (?, ?)");
		assertThat(shape.plainParameters()).isEqualTo(3);
		assertThat(shape.highestNumberedParameter()).isZero();
		assertThat(shape.namedParameter()).isNull();
		SqlStatementShape numbered = SqlStatementShape.of("SELECT ?2, ?10, ?1, :name, @other");
		assertThat(numbered.plainParameters()).isZero();
		assertThat(numbered.highestNumberedParameter()).isEqualTo(10);
		assertThat(numbered.namedParameter()).isEqualTo(":name");
	}

	@Test
	void shapeOfTheSameSqlIsLexedOnceAndReused() {
		String sql = "UPDATE notes SET done = 1 WHERE id = ?";
		SqlStatementShape first = SqlStatementShape.of(sql);
		assertThat(SqlStatementShape.of(new String(sql))).isSameAs(first);
		assertThat(first).isEqualTo(SqlStatementShape.parse(sql)).isNotSameAs(SqlStatementShape.parse(sql));
	}

	@Test
	void sqlLongerThanTheCacheLimitIsLexedEachTime() {
		String sql = "SELECT ? " + "-".repeat(SqlStatementShape.MAX_CACHED_LENGTH);
		SqlStatementShape first = SqlStatementShape.of(sql);
		assertThat(first.plainParameters()).isEqualTo(1);
		assertThat(SqlStatementShape.of(sql)).isEqualTo(first).isNotSameAs(first);
	}

}
