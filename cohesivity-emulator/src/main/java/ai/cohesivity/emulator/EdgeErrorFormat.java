package ai.cohesivity.emulator;

/**
 * The shape of the data plane's errors ({@code /edge/*}: 401, 402, 403, 410, 429 and
 * injected failures). {@code cohesivity-api.md} §1.4 documents the first; clients that
 * only knew a string {@code error} exist, so a client must read every one.
 *
 * @see EmulatorAdmin#edgeErrorFormat(EdgeErrorFormat)
 */
public enum EdgeErrorFormat {

	/**
	 * The default, as documented: {@code {"error":{"code":403,"message":"[Cohesivity]
	 * Tenant paused: …"},"tenant_state":…}}.
	 */
	OBJECT,

	/**
	 * The control plane's family: {@code {"error":"tenant_paused","message":"[Cohesivity]
	 * Tenant paused: …","tenant_state":…}}.
	 */
	CODE_AND_MESSAGE,

	/**
	 * A string {@code error} that reads like a sentence, and nothing else:
	 * {@code {"error":"[Cohesivity] Tenant paused: …"}}.
	 */
	SENTENCE

}
