/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.Statement;

/**
 * How the affected-row count of one statement is had, chosen from the statement's shape
 * alone (never from earlier answers) and read from the answer in hand.
 * <p>
 * Cohesivity documents only {@code {rows,rowCount}} for {@code POST /edge/database}; D1's
 * {@code meta.changes} may or may not come along (open question Q1), and may come on one
 * answer and not the next. So a single {@code INSERT}, {@code UPDATE}, {@code DELETE} or
 * {@code REPLACE} is always sent with a {@code RETURNING} clause and counted by the rows
 * that come back: exact on every wire shape, at about 8 bytes of answer per changed row,
 * counted from the answer's bytes without building a row. Where no such clause can be
 * added (a script, an {@code UPDATE}/{@code DELETE} ending in
 * {@code ORDER BY}/{@code LIMIT}), the count is {@code meta.changes} when the answer
 * carries it and {@link Statement#SUCCESS_NO_INFO} otherwise. An answer too large to read
 * (beyond {@code cohesivity.edge.max-in-memory-size}: more than about 2,000,000 changed
 * rows at the 16 MiB default) still means the statement was applied; its count is
 * {@link Statement#SUCCESS_NO_INFO}.
 */
enum AffectedRowCounting {

	/**
	 * A single statement that changes no rows by nature (DDL, {@code SELECT}): {@code 0},
	 * as JDBC reports.
	 */
	NOT_A_CHANGE,

	/**
	 * A data change with its own {@code RETURNING} clause: one answer row per changed
	 * row.
	 */
	OWN_RETURNING,

	/**
	 * A data change sent with {@code RETURNING 1} appended: one small answer row per
	 * changed row.
	 */
	APPENDED_RETURNING,

	/**
	 * A statement no {@code RETURNING} clause can be added to: {@code meta.changes} of
	 * the answer, else {@link Statement#SUCCESS_NO_INFO}.
	 */
	REPORTED_CHANGES;

	/**
	 * Chooses the counting for a statement.
	 * @param shape the statement's shape
	 * @return how its affected rows are counted
	 */
	static AffectedRowCounting of(SqlStatementShape shape) {
		if (shape.isDataChange()) {
			if (shape.returning()) {
				return OWN_RETURNING;
			}
			return shape.canAppendReturning() ? APPENDED_RETURNING : REPORTED_CHANGES;
		}
		return (shape.statementCount() <= 1) ? NOT_A_CHANGE : REPORTED_CHANGES;
	}

	/**
	 * Returns the SQL to send for this counting: with {@code RETURNING 1} appended for
	 * {@link #APPENDED_RETURNING}, unchanged otherwise.
	 * @param sql the statement's SQL
	 * @param shape its shape
	 * @return the SQL to send
	 */
	String sqlToSend(String sql, SqlStatementShape shape) {
		return (this == APPENDED_RETURNING) ? shape.withReturning(sql, "1") : sql;
	}

	/**
	 * Reads the count from an answer.
	 * @param answer the answer to the statement sent with {@link #sqlToSend}
	 * @return the count, or {@link Statement#SUCCESS_NO_INFO}
	 */
	long count(EdgeQueryResult answer) {
		return switch (this) {
			case NOT_A_CHANGE -> 0;
			case OWN_RETURNING, APPENDED_RETURNING -> answer.rowsReturned();
			case REPORTED_CHANGES -> (answer.changes() != null) ? answer.changes() : Statement.SUCCESS_NO_INFO;
		};
	}

	/**
	 * Returns the count when the statement ran but its answer was too large to read.
	 * @return {@code 0} for {@link #NOT_A_CHANGE}, {@link Statement#SUCCESS_NO_INFO}
	 * otherwise
	 */
	long countOfUnreadAnswer() {
		return (this == NOT_A_CHANGE) ? 0 : Statement.SUCCESS_NO_INFO;
	}

}
