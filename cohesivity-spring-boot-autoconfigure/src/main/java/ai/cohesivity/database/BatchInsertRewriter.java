/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.ArrayList;
import java.util.Collections;
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
 * numbered {@code ?NNN}). Values that {@link SqliteLiteral} writes exactly (NULL,
 * integers, short plain text) are inlined as literals, so that a chunk is limited mostly
 * by {@value StatementLimits#MAX_STATEMENT_BYTES} bytes of SQL rather than by
 * {@value StatementLimits#MAX_BOUND_PARAMETERS} bound parameters (1,000 rows of five
 * short columns fit in one or two requests instead of 50); the other values stay bound
 * parameters. Each chunk is one statement and therefore atomic; the batch as a whole is
 * not.
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
		/**
		 * Splits the rows into multi-row INSERTs. Each value that {@link SqliteLiteral}
		 * can write exactly is inlined as a literal; the others stay bound parameters. A
		 * chunk holds as many rows as fit in
		 * {@value StatementLimits#MAX_BOUND_PARAMETERS} bound parameters and
		 * {@value StatementLimits#MAX_STATEMENT_BYTES} bytes of SQL; a row whose literals
		 * alone would not fit is sent with all its values bound.
		 * @param rows the rows
		 * @return the chunks, in row order
		 */
		List<BatchChunk> chunks(List<@Nullable Object[]> rows) {
			List<BatchChunk> chunks = new ArrayList<>();
			long prefixBytes = utf8Length(this.prefix);
			StringBuilder sql = new StringBuilder();
			List<@Nullable Object> args = new ArrayList<>();
			long bytes = 0;
			int first = 0;
			int count = 0;
			for (int row = 0; row < rows.size(); row++) {
				@Nullable Object[] rowArgs = rows.get(row);
				if (rowArgs == null || rowArgs.length != this.parametersPerRow) {
					throw new InvalidDataAccessApiUsageException(
							"Batch row " + row + " has " + ((rowArgs != null) ? rowArgs.length : 0)
									+ " arguments but the INSERT has " + this.parametersPerRow + " placeholders");
				}
				List<@Nullable Object> rowParams = new ArrayList<>(rowArgs.length);
				String tuple = tuple(rowArgs, rowParams);
				long tupleBytes = utf8Length(tuple) + 2;
				if (prefixBytes + tupleBytes > StatementLimits.MAX_STATEMENT_BYTES) {
					rowParams.clear();
					for (Object arg : rowArgs) {
						rowParams.add(BindValueConverter.toJson(arg));
					}
					tuple = this.tuple;
					tupleBytes = utf8Length(tuple) + 2;
				}
				if (count > 0 && (args.size() + rowParams.size() > StatementLimits.MAX_BOUND_PARAMETERS
						|| bytes + tupleBytes > StatementLimits.MAX_STATEMENT_BYTES)) {
					chunks.add(new BatchChunk(sql.toString(), Collections.unmodifiableList(new ArrayList<>(args)),
							first, count));
					sql.setLength(0);
					args.clear();
					count = 0;
				}
				if (count == 0) {
					sql.append(this.prefix);
					bytes = prefixBytes;
					first = row;
				}
				else {
					sql.append(", ");
				}
				sql.append(tuple);
				args.addAll(rowParams);
				bytes += tupleBytes;
				count++;
			}
			if (count > 0) {
				chunks.add(new BatchChunk(sql.toString(), Collections.unmodifiableList(new ArrayList<>(args)), first,
						count));
			}
			return chunks;
		}

		private String tuple(@Nullable Object[] rowArgs, List<@Nullable Object> rowParams) {
			StringBuilder tuple = new StringBuilder("(");
			for (int i = 0; i < rowArgs.length; i++) {
				Object value = BindValueConverter.toJson(rowArgs[i]);
				String literal = SqliteLiteral.of(value);
				tuple.append((i > 0) ? ", " : "").append((literal != null) ? literal : "?");
				if (literal == null) {
					rowParams.add(value);
				}
			}
			return tuple.append(')').toString();
		}

		private static long utf8Length(CharSequence text) {
			long bytes = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				bytes += (c < 0x80) ? 1 : (c < 0x800) ? 2 : Character.isSurrogate(c) ? 2 : 3;
			}
			return bytes;
		}

	}

	record BatchChunk(String sql, List<@Nullable Object> args, int firstRow, int rowCount) {
	}

}
