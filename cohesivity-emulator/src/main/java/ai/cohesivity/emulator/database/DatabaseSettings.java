package ai.cohesivity.emulator.database;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The knobs of {@code /edge/database} that the admin API turns at run time: what the
 * answers carry beyond the documented {@code {rows, rowCount}} (the wire profile, or a
 * pattern of answers with and without {@code meta}) and how long one request may run.
 * Read per request.
 */
public final class DatabaseSettings {

	/** D1's limit on one request's run time. */
	public static final Duration DEFAULT_QUERY_TIME_LIMIT = Duration.ofSeconds(30);

	private final boolean initialMeta;

	private final boolean initialErrorObject;

	private volatile boolean meta;

	private volatile boolean errorObject;

	private volatile Duration queryTimeLimit = DEFAULT_QUERY_TIME_LIMIT;

	private volatile List<Boolean> metaSequence = List.of();

	private final AtomicLong answers = new AtomicLong();

	/**
	 * Creates the settings with the wire profile the emulator starts with.
	 * @param meta whether answers carry D1's {@code meta}
	 * @param errorObject whether a SQL error is
	 * {@code {"error":{"code":400,"message":…}}} rather than {@code {"error":"…"}}
	 */
	public DatabaseSettings(boolean meta, boolean errorObject) {
		this.initialMeta = meta;
		this.initialErrorObject = errorObject;
		this.meta = meta;
		this.errorObject = errorObject;
	}

	/**
	 * Switches the wire profile.
	 * @param meta whether answers carry D1's {@code meta}
	 * @param errorObject whether a SQL error is an object
	 */
	public void wireProfile(boolean meta, boolean errorObject) {
		this.meta = meta;
		this.errorObject = errorObject;
	}

	/**
	 * Makes successful answers carry {@code meta} or not by a repeating pattern instead
	 * of by the wire profile: {@code [true, false]} alternates, starting with an answer
	 * that carries it. An empty pattern goes back to the wire profile.
	 * @param pattern whether each answer in turn carries {@code meta}
	 */
	public void metaSequence(List<Boolean> pattern) {
		this.metaSequence = List.copyOf(pattern);
		this.answers.set(0);
	}

	/**
	 * Whether the next successful answer carries {@code meta}; each call is one answer.
	 * @return whether it does
	 */
	boolean nextAnswerCarriesMeta() {
		List<Boolean> pattern = this.metaSequence;
		if (pattern.isEmpty()) {
			return this.meta;
		}
		return pattern.get((int) (this.answers.getAndIncrement() % pattern.size()));
	}

	boolean errorObject() {
		return this.errorObject;
	}

	/**
	 * How long one request may run before it is interrupted.
	 * @return the limit
	 */
	public Duration queryTimeLimit() {
		return this.queryTimeLimit;
	}

	/**
	 * Sets how long one request may run.
	 * @param limit at least one second
	 */
	public void queryTimeLimit(Duration limit) {
		if (limit.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("The query time limit must be at least one second, not " + limit);
		}
		this.queryTimeLimit = limit;
	}

	/**
	 * Restores the wire profile the emulator started with and the default time limit.
	 */
	public void reset() {
		this.meta = this.initialMeta;
		this.errorObject = this.initialErrorObject;
		this.queryTimeLimit = DEFAULT_QUERY_TIME_LIMIT;
		this.metaSequence = List.of();
		this.answers.set(0);
	}

}
