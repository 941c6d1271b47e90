package ai.cohesivity.emulator.database;

/**
 * A query that fails with a SQL error: the message is what goes on the wire, shaped by
 * the wire profile ({@link ai.cohesivity.emulator.http.ApiError#sql}).
 */
final class SqlRejectedException extends RuntimeException {

	SqlRejectedException(String message) {
		super(message, null, false, false);
	}

}
