package ai.cohesivity.emulator.database;

import java.util.List;
import java.util.Set;

/**
 * What Cloudflare D1 refuses although stock SQLite accepts it: attaching databases,
 * transaction control (each request already runs atomically) and requests over D1's
 * limits of 100 bound parameters and 100 KB per statement.
 */
final class D1Restrictions {

	static final int MAX_BOUND_PARAMETERS = 100;

	static final int MAX_STATEMENT_BYTES = 100_000;

	private static final Set<String> ATTACHMENT = Set.of("ATTACH", "DETACH");

	private static final Set<String> TRANSACTION_CONTROL = Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT",
			"RELEASE");

	private D1Restrictions() {
	}

	static void check(List<SqlStatement> statements, int parameterCount) {
		if (statements.isEmpty()) {
			throw new SqlRejectedException("The query is empty: send at least one SQL statement in \"query\"");
		}
		if (parameterCount > MAX_BOUND_PARAMETERS) {
			throw new SqlRejectedException("too many SQL variables: " + parameterCount
					+ " bound parameters exceed D1's limit of " + MAX_BOUND_PARAMETERS + " per query");
		}
		for (SqlStatement statement : statements) {
			if (ATTACHMENT.contains(statement.keyword())) {
				throw new SqlRejectedException("not authorized: " + statement.keyword()
						+ " is not supported by D1; each tenant has exactly one database");
			}
			if (TRANSACTION_CONTROL.contains(statement.keyword())) {
				throw new SqlRejectedException("not authorized: " + statement.keyword()
						+ " is not supported by D1; every request already runs atomically, so send the statements"
						+ " of one transaction together in one query");
			}
			int bytes = statement.utf8Length();
			if (bytes > MAX_STATEMENT_BYTES) {
				throw new SqlRejectedException("statement too long: " + bytes + " bytes exceed D1's limit of "
						+ MAX_STATEMENT_BYTES + " bytes per statement; pass large values as parameters");
			}
		}
	}

}
