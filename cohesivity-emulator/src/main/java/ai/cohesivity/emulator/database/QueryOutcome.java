package ai.cohesivity.emulator.database;

/**
 * The answer to one {@code /edge/database} request: the JSON body, ready to send, and the
 * usage it cost.
 *
 * @param body the JSON body
 * @param rowsRead the rows the request read
 * @param rowsWritten the rows it wrote
 */
record QueryOutcome(AnswerBuffer body, long rowsRead, long rowsWritten) {
}
