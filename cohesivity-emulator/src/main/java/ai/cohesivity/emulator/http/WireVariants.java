package ai.cohesivity.emulator.http;

/**
 * The documented variants of the wire that the admin API switches on, so that a client
 * can be tested against every shape the real Cohesivity may send: the shape of data-plane
 * errors, which signals a per-minute 429 carries, and gzip. The defaults are the shapes
 * of {@code cohesivity-api.md} §1.4 and gzip only when asked for.
 */
public final class WireVariants {

	private volatile ErrorShape edgeErrorShape = ErrorShape.OBJECT;

	private volatile boolean rateLimitRetryAfter = true;

	private volatile boolean rateLimitWindowKind = true;

	private volatile Gzip gzip = Gzip.WHEN_ACCEPTED;

	/**
	 * The shape of data-plane errors.
	 * @return the shape
	 */
	public ErrorShape edgeErrorShape() {
		return this.edgeErrorShape;
	}

	/**
	 * Sets the shape of data-plane errors.
	 * @param shape the shape
	 */
	public void edgeErrorShape(ErrorShape shape) {
		this.edgeErrorShape = shape;
	}

	/**
	 * Sets which signals a data-plane per-minute 429 carries.
	 * @param retryAfter whether it carries {@code Retry-After}
	 * @param windowKind whether it carries {@code window_kind: utc_minute}
	 */
	public void rateLimitSignals(boolean retryAfter, boolean windowKind) {
		this.rateLimitRetryAfter = retryAfter;
		this.rateLimitWindowKind = windowKind;
	}

	boolean rateLimitRetryAfter() {
		return this.rateLimitRetryAfter;
	}

	boolean rateLimitWindowKind() {
		return this.rateLimitWindowKind;
	}

	/**
	 * When JSON answers are gzipped.
	 * @return the mode
	 */
	public Gzip gzip() {
		return this.gzip;
	}

	/**
	 * Sets when JSON answers are gzipped.
	 * @param gzip the mode
	 */
	public void gzip(Gzip gzip) {
		this.gzip = gzip;
	}

	/**
	 * Restores the defaults.
	 */
	public void reset() {
		this.edgeErrorShape = ErrorShape.OBJECT;
		this.rateLimitRetryAfter = true;
		this.rateLimitWindowKind = true;
		this.gzip = Gzip.WHEN_ACCEPTED;
	}

	/**
	 * The shapes of a data-plane error.
	 */
	public enum ErrorShape {

		/** {@code {"error":{"code":403,"message":"[Cohesivity] …"}, …}} (§1.4). */
		OBJECT,

		/** {@code {"error":"tenant_paused","message":"[Cohesivity] …", …}}. */
		CODE_AND_MESSAGE,

		/** {@code {"error":"[Cohesivity] …"}} and nothing else. */
		SENTENCE

	}

	/**
	 * When JSON answers are gzipped.
	 */
	public enum Gzip {

		/** Never. */
		OFF,

		/** When the request carries {@code Accept-Encoding: gzip}. */
		WHEN_ACCEPTED,

		/** Always, even when the request did not ask. */
		ALWAYS

	}

}
