package ai.cohesivity.emulator.agents;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * The managed agent's knobs that the admin API turns at run time — cold starts and how a
 * streamed answer is written — and the count of streamed answers a client cancelled.
 */
public final class AgentSettings {

	/** The default {@code Retry-After} of {@code 503 agent_starting}, in seconds. */
	public static final int DEFAULT_COLD_START_RETRY_AFTER_SECONDS = 30;

	private volatile boolean coldStart;

	private volatile int coldStartRetryAfterSeconds = DEFAULT_COLD_START_RETRY_AFTER_SECONDS;

	private volatile Duration chunkDelay = Duration.ZERO;

	private volatile @Nullable Integer breakAfterChunks;

	private final AtomicLong cancelledStreams = new AtomicLong();

	/**
	 * Whether the agent answers {@code 503 agent_starting} on its first call after being
	 * idle.
	 * @return whether cold starts are emulated
	 */
	public boolean coldStart() {
		return this.coldStart;
	}

	/**
	 * Sets whether cold starts are emulated.
	 * @param enabled whether they are
	 */
	public void coldStart(boolean enabled) {
		this.coldStart = enabled;
	}

	/**
	 * The {@code Retry-After} of {@code 503 agent_starting}.
	 * @return the seconds
	 */
	public int coldStartRetryAfterSeconds() {
		return this.coldStartRetryAfterSeconds;
	}

	/**
	 * Sets the {@code Retry-After} of {@code 503 agent_starting}.
	 * @param seconds at least 0
	 */
	public void coldStartRetryAfterSeconds(int seconds) {
		if (seconds < 0) {
			throw new IllegalArgumentException("Retry-After is at least 0 seconds, not " + seconds);
		}
		this.coldStartRetryAfterSeconds = seconds;
	}

	/**
	 * The pause before each chunk of a streamed answer.
	 * @return the pause
	 */
	public Duration chunkDelay() {
		return this.chunkDelay;
	}

	/**
	 * After how many chunks a streamed answer breaks off (the connection is closed, no
	 * {@code [DONE]}).
	 * @return the chunks, or {@code null} for whole answers
	 */
	public @Nullable Integer breakAfterChunks() {
		return this.breakAfterChunks;
	}

	/**
	 * Sets how streamed answers are written.
	 * @param chunkDelay the pause before each chunk
	 * @param breakAfterChunks after how many chunks the stream breaks off, or
	 * {@code null} for whole answers
	 */
	public void stream(Duration chunkDelay, @Nullable Integer breakAfterChunks) {
		if (chunkDelay.isNegative()) {
			throw new IllegalArgumentException("The chunk delay is not negative: " + chunkDelay);
		}
		if (breakAfterChunks != null && breakAfterChunks < 0) {
			throw new IllegalArgumentException("A stream breaks after 0 or more chunks, not " + breakAfterChunks);
		}
		this.chunkDelay = chunkDelay;
		this.breakAfterChunks = breakAfterChunks;
	}

	/**
	 * Counts a streamed answer the client cancelled (closed its connection) before the
	 * end.
	 */
	void streamCancelled() {
		this.cancelledStreams.incrementAndGet();
	}

	/**
	 * How many streamed answers clients cancelled before their end.
	 * @return the count
	 */
	public long cancelledStreams() {
		return this.cancelledStreams.get();
	}

	/**
	 * Restores the defaults (no cold starts, whole streams without pauses) and clears the
	 * count of cancelled streams.
	 */
	public void reset() {
		this.coldStart = false;
		this.coldStartRetryAfterSeconds = DEFAULT_COLD_START_RETRY_AFTER_SECONDS;
		this.chunkDelay = Duration.ZERO;
		this.breakAfterChunks = null;
		this.cancelledStreams.set(0);
	}

}
