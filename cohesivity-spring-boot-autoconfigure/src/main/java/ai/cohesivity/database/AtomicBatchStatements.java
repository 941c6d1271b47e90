/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Several different statements joined into the one request the edge database runs all or
 * nothing: one multi-statement {@code query}, which D1 runs as a batch (a transaction: a
 * failing statement rolls back the ones before it) and the emulator runs in one SQLite
 * transaction.
 * <p>
 * Parameters: the request carries one {@code params} array for all statements, and how a
 * server hands it out across statements is not documented (the emulator gives plain
 * {@code ?} the next values in order across statements and {@code ?NNN} value
 * {@code NNN}). So every placeholder is renumbered to an absolute {@code ?NNN} — the
 * second statement's first {@code ?} becomes {@code ?k+1} when the first statement binds
 * {@code k} values — which means the same under either reading. D1's limit of 100 bound
 * parameters is applied to the whole request.
 * <p>
 * Affected rows: the answer carries only the last statement's rows (and, on some wire
 * shapes, D1's {@code meta.changes}, a total for all statements). So the last statement
 * is counted exactly, with {@code RETURNING 1} appended where it is a single data change,
 * statements that change no rows by nature count {@code 0}, and every other count is
 * {@link Statement#SUCCESS_NO_INFO} ({@code -2}): ran, count unknown.
 */
final class AtomicBatchStatements {

	private final List<String> written;

	private final List<SqlStatementShape> shapes;

	private final EdgeDatabaseRequest request;

	private final AffectedRowCounting lastCounting;

	private AtomicBatchStatements(List<String> written, List<SqlStatementShape> shapes, EdgeDatabaseRequest request,
			AffectedRowCounting lastCounting) {
		this.written = written;
		this.shapes = shapes;
		this.request = request;
		this.lastCounting = lastCounting;
	}

	/**
	 * Joins statements into one request.
	 * @param sql each statement as the user wrote it
	 * @param bindings each statement's parameters
	 * @return the joined statements
	 * @throws InvalidDataAccessApiUsageException if there is no statement, an entry holds
	 * several statements, or the batch binds more than 100 parameters
	 */
	static AtomicBatchStatements of(List<String> sql, List<StatementBindings> bindings) {
		if (sql.isEmpty()) {
			throw new InvalidDataAccessApiUsageException("An atomic batch needs at least one statement");
		}
		List<SqlStatementShape> shapes = new ArrayList<>(sql.size());
		List<String> sent = new ArrayList<>(sql.size());
		List<@Nullable Object> params = new ArrayList<>();
		AffectedRowCounting lastCounting = AffectedRowCounting.NOT_A_CHANGE;
		for (int i = 0; i < sql.size(); i++) {
			EdgeDatabaseRequest statement = bindings.get(i).toRequest(sql.get(i));
			SqlStatementShape shape = SqlStatementShape.of(statement.sql());
			if (shape.statementCount() != 1) {
				throw new InvalidDataAccessApiUsageException("Statement " + (i + 1) + " of the atomic batch holds "
						+ shape.statementCount() + " statements; add each statement on its own");
			}
			String renumbered = renumber(statement.sql(), params.size());
			SqlStatementShape renumberedShape = SqlStatementShape.of(renumbered);
			String text = renumbered.substring(0, renumberedShape.end());
			if (i == sql.size() - 1) {
				lastCounting = AffectedRowCounting.of(shape);
				text = lastCounting.sqlToSend(text, SqlStatementShape.of(text));
			}
			shapes.add(shape);
			sent.add(text);
			params.addAll(statement.params());
		}
		if (params.size() > StatementLimits.MAX_BOUND_PARAMETERS) {
			throw new InvalidDataAccessApiUsageException("An atomic batch is sent as one request, and the edge "
					+ "database binds at most " + StatementLimits.MAX_BOUND_PARAMETERS + " parameters per request; "
					+ "this batch binds " + params.size());
		}
		return new AtomicBatchStatements(List.copyOf(sql), shapes,
				new EdgeDatabaseRequest(String.join(";\n", sent), params), lastCounting);
	}

	/**
	 * Rewrites every placeholder of one statement to an absolute {@code ?NNN}, following
	 * SQLite's numbering within the statement (a plain {@code ?} takes the number after
	 * the largest one so far).
	 */
	private static String renumber(String sql, int offset) {
		StringBuilder text = new StringBuilder(sql.length() + 16);
		int copied = 0;
		int largest = 0;
		for (SqlToken token : SqlLexer.tokenize(sql)) {
			if (token.type() != SqlToken.Type.PARAMETER) {
				continue;
			}
			int number = token.text().equals("?") ? largest + 1 : Integer.parseInt(token.text().substring(1));
			largest = Math.max(largest, number);
			text.append(sql, copied, token.start()).append('?').append(offset + number);
			copied = token.end();
		}
		return text.append(sql, copied, sql.length()).toString();
	}

	/**
	 * Returns the request to send.
	 * @return the request
	 */
	EdgeDatabaseRequest request() {
		return this.request;
	}

	/**
	 * Returns the statements as the user wrote them, for messages.
	 * @return the statements joined with {@code "; "}
	 */
	String written() {
		return this.written.stream().collect(Collectors.joining("; "));
	}

	/**
	 * Returns the affected-row count of each statement.
	 * @param answer the answer, or {@code null} when it was too large to read
	 * @return the counts, in statement order
	 */
	int[] counts(@Nullable EdgeQueryResult answer) {
		int[] counts = new int[this.shapes.size()];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = (AffectedRowCounting.of(this.shapes.get(i)) == AffectedRowCounting.NOT_A_CHANGE) ? 0
					: Statement.SUCCESS_NO_INFO;
		}
		int last = counts.length - 1;
		boolean countable = this.lastCounting == AffectedRowCounting.APPENDED_RETURNING
				|| this.lastCounting == AffectedRowCounting.OWN_RETURNING;
		if (answer != null && countable) {
			counts[last] = (int) Math.min(Integer.MAX_VALUE, answer.rowsReturned());
		}
		return counts;
	}

	@Override
	public String toString() {
		return "AtomicBatchStatements[" + this.shapes.size() + " statements, " + this.request + "]";
	}

}
