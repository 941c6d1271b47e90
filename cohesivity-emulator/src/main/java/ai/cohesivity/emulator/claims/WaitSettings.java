package ai.cohesivity.emulator.claims;

import org.jspecify.annotations.Nullable;

/**
 * What the {@code wait} blob advertises and which methods {@code /api/wait} answers, as
 * the admin API sets them. The defaults: {@code method: "POST"},
 * {@code poll_interval_seconds: 2}, and both {@code POST} and {@code GET} answered.
 */
public final class WaitSettings {

	/** The blob's default {@code method}. */
	public static final String DEFAULT_METHOD = "POST";

	/** The blob's default {@code poll_interval_seconds}. */
	public static final int DEFAULT_POLL_INTERVAL_SECONDS = 2;

	private volatile @Nullable String blobMethod = DEFAULT_METHOD;

	private volatile @Nullable Integer pollIntervalSeconds = DEFAULT_POLL_INTERVAL_SECONDS;

	private volatile boolean acceptsPost = true;

	/**
	 * Sets what the blob advertises.
	 * @param method {@code GET} or {@code POST}, or {@code null} to leave {@code method}
	 * out of the blob
	 * @param pollIntervalSeconds at least 1, or {@code null} to leave
	 * {@code poll_interval_seconds} out
	 */
	public void blob(@Nullable String method, @Nullable Integer pollIntervalSeconds) {
		if (method != null && !method.equals("GET") && !method.equals("POST")) {
			throw new IllegalArgumentException("The wait blob's method is GET or POST, not '" + method + "'");
		}
		if (pollIntervalSeconds != null && pollIntervalSeconds < 1) {
			throw new IllegalArgumentException(
					"The wait blob's poll interval is at least 1 second, not " + pollIntervalSeconds);
		}
		this.blobMethod = method;
		this.pollIntervalSeconds = pollIntervalSeconds;
	}

	@Nullable String blobMethod() {
		return this.blobMethod;
	}

	@Nullable Integer pollIntervalSeconds() {
		return this.pollIntervalSeconds;
	}

	/**
	 * Sets whether {@code POST /api/wait} is answered; when not, it is {@code 405} with
	 * {@code Allow: GET} (a GET-only server).
	 * @param accepted whether POST is answered
	 */
	public void acceptsPost(boolean accepted) {
		this.acceptsPost = accepted;
	}

	boolean acceptsPost() {
		return this.acceptsPost;
	}

	/**
	 * Restores the defaults.
	 */
	public void reset() {
		this.blobMethod = DEFAULT_METHOD;
		this.pollIntervalSeconds = DEFAULT_POLL_INTERVAL_SECONDS;
		this.acceptsPost = true;
	}

}
