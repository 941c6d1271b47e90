/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Rewrites a batch of one simple {@code INSERT … VALUES (?, …)} into multi-row INSERTs,
 * the way MySQL Connector/J ({@code rewriteBatchedStatements}) and PgJDBC
 * ({@code reWriteBatchedInserts}) do, so that a batch costs one round trip per chunk
 * instead of one per row.
 * <p>
 * A statement is rewritten only when it is exactly
 * {@code INSERT [OR action] INTO table [(columns)]
 * VALUES (?, …, ?)} or {@code REPLACE INTO …} with plain {@code ?} placeholders and
 * nothing after the tuple (no {@code ON CONFLICT}, no {@code RETURNING}, no literals, no
 * numbered {@code ?NNN}). Each chunk holds as many rows as fit in
 * {@value StatementLimits#MAX_BOUND_PARAMETERS} bound parameters and
 * {@value StatementLimits#MAX_STATEMENT_BYTES} bytes of SQL. Each chunk is one statement
 * and therefore atomic; the batch as a whole is not.
 */
final class BatchInsertRewriter {

	private BatchInsertRewriter() {
	}

	/**
	 * Recognizes a rewritable INSERT.
	 * @param sql the batch SQL
	 * @return the INSERT split into its prefix and value tuple, or {@code null} if the
	 * statement must run row by row
	 */
	static @Nullable RewritableInsert parse(String sql) {
		List<List<SqlToken>> statements = SqlScriptSplitter.splitTokens(SqlLexer.tokenize(sql));
		if (statements.size() != 1) {
			return null;
		}
		List<SqlToken> tokens = statements.get(0);
		int i = skipInsertInto(tokens);
		if (i < 0 || i >= tokens.size() || !isName(tokens.get(i))) {
			return null;
		}
		i++;
		if (i + 1 < tokens.size() && tokens.get(i).is('.') && isName(tokens.get(i + 1))) {
			i += 2;
		}
		if (i < tokens.size() && tokens.get(i).is('(')) {
			i = skipColumnList(tokens, i);
			if (i < 0) {
				return null;
			}
		}
		if (i >= tokens.size() || !tokens.get(i).isKeyword("VALUES")) {
			return null;
		}
		i++;
		int tupleStart = i;
		int parameters = countPlaceholderTuple(tokens, i);
		if (parameters <= 0) {
			return null;
		}
		int tupleEnd = tupleStart + 2 * parameters + 1;
		if (tupleEnd != tokens.size()) {
			return null;
		}
		String prefix = sql.substring(0, tokens.get(tupleStart).start());
		String tuple = sql.substring(tokens.get(tupleStart).start(), tokens.get(tupleEnd - 1).end());
		return new RewritableInsert(prefix, tuple, parameters);
	}

	private static int skipInsertInto(List<SqlToken> tokens) {
		if (tokens.isEmpty()) {
			return -1;
		}
		int i = 0;
		if (tokens.get(0).isKeyword("REPLACE")) {
			i = 1;
		}
		else if (tokens.get(0).isKeyword("INSERT")) {
			i = 1;
			if (i < tokens.size() && tokens.get(i).isKeyword("OR")) {
				i += 2;
			}
		}
		else {
			return -1;
		}
		return (i < tokens.size() && tokens.get(i).isKeyword("INTO")) ? i + 1 : -1;
	}

	private static int skipColumnList(List<SqlToken> tokens, int open) {
		int i = open + 1;
		while (i < tokens.size() && isName(tokens.get(i))) {
			i++;
			if (i < tokens.size() && tokens.get(i).is(')')) {
				return i + 1;
			}
			if (i >= tokens.size() || !tokens.get(i).is(',')) {
				return -1;
			}
			i++;
		}
		return -1;
	}

	/**
	 * Counts the placeholders of a tuple {@code (?, ?, …)} starting at {@code open}.
	 * @return the count, or {@code -1} if the tuple holds anything but plain {@code ?}
	 */
	private static int countPlaceholderTuple(List<SqlToken> tokens, int open) {
		if (open >= tokens.size() || !tokens.get(open).is('(')) {
			return -1;
		}
		int count = 0;
		int i = open + 1;
		while (i < tokens.size()) {
			SqlToken token = tokens.get(i);
			if (token.type() != SqlToken.Type.PARAMETER || !token.text().equals("?")) {
				return -1;
			}
			count++;
			i++;
			if (i < tokens.size() && tokens.get(i).is(')')) {
				return count;
			}
			if (i >= tokens.size() || !tokens.get(i).is(',')) {
				return -1;
			}
			i++;
		}
		return -1;
	}

	private static boolean isName(SqlToken token) {
		return token.type() == SqlToken.Type.WORD || token.type() == SqlToken.Type.QUOTED_IDENTIFIER;
	}

	/**
	 * A rewritable INSERT: everything before the value tuple, and the tuple.
	 *
	 * @param prefix the SQL up to {@code VALUES } inclusive
	 * @param tuple the value tuple, for example {@code (?, ?)}
	 * @param parametersPerRow the number of placeholders in the tuple
	 */
	record RewritableInsert(String prefix, String tuple, int parametersPerRow) {

		/**
		 * Splits the batch into multi-row statements within the statement limits.
		 * @param rows the arguments of each row
		 * @return the chunks in order
		 * @throws InvalidDataAccessApiUsageException if a row has the wrong number of
		 * arguments (values are converted and the limits checked when each chunk is
		 * bound)
		 */
		List<BatchChunk> chunks(List<@Nullable Object[]> rows) {
			int rowsPerChunk = rowsPerChunk();
			List<BatchChunk> chunks = new ArrayList<>();
			for (int first = 0; first < rows.size(); first += rowsPerChunk) {
				int count = Math.min(rowsPerChunk, rows.size() - first);
				StringBuilder sql = new StringBuilder(this.prefix.length() + count * (this.tuple.length() + 2));
				sql.append(this.prefix);
				List<@Nullable Object> args = new ArrayList<>(count * this.parametersPerRow);
				for (int row = first; row < first + count; row++) {
					@Nullable Object[] rowArgs = rows.get(row);
					if (rowArgs == null || rowArgs.length != this.parametersPerRow) {
						throw new InvalidDataAccessApiUsageException(
								"Batch row " + row + " has " + ((rowArgs != null) ? rowArgs.length : 0)
										+ " arguments but the INSERT has " + this.parametersPerRow + " placeholders");
					}
					sql.append((row > first) ? ", " : "").append(this.tuple);
					args.addAll(Arrays.asList(rowArgs));
				}
				chunks.add(new BatchChunk(sql.toString(), args, first, count));
			}
			return chunks;
		}

		private int rowsPerChunk() {
			int byParameters = Math.max(1, StatementLimits.MAX_BOUND_PARAMETERS / this.parametersPerRow);
			// Worst case three UTF-8 bytes per character.
			long bytesPerRow = 3L * (this.tuple.length() + 2);
			long room = StatementLimits.MAX_STATEMENT_BYTES - 3L * this.prefix.length();
			int byLength = (int) Math.max(1, room / bytesPerRow);
			return Math.min(byParameters, byLength);
		}

	}

	/**
	 * One multi-row statement of a rewritten batch.
	 *
	 * @param sql the multi-row INSERT
	 * @param args the arguments of all its rows, in order (not yet converted)
	 * @param firstRow index of the first batch row it holds
	 * @param rowCount number of batch rows it holds
	 */
	record BatchChunk(String sql, List<@Nullable Object> args, int firstRow, int rowCount) {
	}

}
