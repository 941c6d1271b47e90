package ai.cohesivity.emulator;

/**
 * When JSON answers are gzipped ({@code Content-Encoding: gzip}, streamed as they are
 * written).
 *
 * @see EmulatorAdmin#compression(Compression)
 */
public enum Compression {

	/** Never. */
	OFF,

	/**
	 * The default, as Cloudflare does: when the request carries
	 * {@code Accept-Encoding: gzip}.
	 */
	WHEN_ACCEPTED,

	/** Always, even when the request did not ask (to test a client's tolerance). */
	ALWAYS

}
