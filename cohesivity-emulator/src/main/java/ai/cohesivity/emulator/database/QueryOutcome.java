package ai.cohesivity.emulator.database;

/**
 * The answer to one {@code /edge/database} request: the JSON body, ready to send, and the
 * usage it cost.
 */
record QueryOutcome(byte[] json, long rowsRead, long rowsWritten) {
}
