package ai.cohesivity.emulator;

/**
 * How much the emulator puts on the wire beyond what Cohesivity documents.
 *
 * @see CohesivityEmulator.Builder#wireProfile(WireProfile)
 * @see EmulatorAdmin#wireProfile(WireProfile)
 */
public enum WireProfile {

	/**
	 * Only documented fields: {@code /edge/database} answers {@code {rows, rowCount}} and
	 * a SQL error is {@code 400 {"error":"<sqlite message>"}}.
	 */
	MINIMAL,

	/**
	 * Adds Cloudflare D1's {@code meta} object to {@code /edge/database} results and
	 * answers a SQL error as {@code 400 {"error":{"code":400,"message":"<sqlite
	 * message>"}}}.
	 */
	FULL

}
