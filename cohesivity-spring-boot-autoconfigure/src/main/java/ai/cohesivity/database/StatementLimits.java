/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.nio.charset.StandardCharsets;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * The per-statement limits of the edge database (Cloudflare D1 platform limits, which
 * apply through Cohesivity): at most {@value #MAX_BOUND_PARAMETERS} bound parameters and
 * at most {@value #MAX_STATEMENT_BYTES} bytes of SQL text (UTF-8). Statements are checked
 * before anything is sent, so a statement over a limit fails at once with no request.
 */
final class StatementLimits {

	/** Maximum number of bound parameters in one statement. */
	static final int MAX_BOUND_PARAMETERS = 100;

	/** Maximum length of one statement's SQL text, in UTF-8 bytes. */
	static final int MAX_STATEMENT_BYTES = 100_000;

	private StatementLimits() {
	}

	/**
	 * Checks a statement against the limits.
	 * @param sql the SQL text
	 * @param parameterCount the number of bound parameters
	 * @throws InvalidDataAccessApiUsageException if a limit is exceeded
	 */
	static void check(String sql, int parameterCount) {
		if (parameterCount > MAX_BOUND_PARAMETERS) {
			throw new InvalidDataAccessApiUsageException("Statement binds " + parameterCount
					+ " parameters but the edge database accepts at most " + MAX_BOUND_PARAMETERS
					+ " per statement; split it (batchUpdate splits a simple multi-row INSERT for you)");
		}
		if (sql.length() * 3L > MAX_STATEMENT_BYTES) {
			int bytes = sql.getBytes(StandardCharsets.UTF_8).length;
			if (bytes > MAX_STATEMENT_BYTES) {
				throw new InvalidDataAccessApiUsageException("Statement is " + bytes
						+ " bytes long but the edge database accepts at most " + MAX_STATEMENT_BYTES
						+ " bytes per statement; bind large values as parameters or split the script");
			}
		}
	}

}
