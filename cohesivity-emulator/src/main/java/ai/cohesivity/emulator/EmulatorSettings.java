package ai.cohesivity.emulator;

import java.time.Duration;

/**
 * The knobs the admin API turns at run time. Every field is volatile: handlers read it
 * per request, tests change it between requests.
 */
final class EmulatorSettings {

	static final Duration DEFAULT_EDGE_TOKEN_TTL = Duration.ofSeconds(60);

	static final int DEFAULT_GENESIS_LIMIT = 10;

	static final long EPHEMERAL_ROWS_READ_CAP = 250_000;

	static final long EPHEMERAL_ROWS_WRITTEN_CAP = 50_000;

	static final Duration DEFAULT_QUERY_TIME_LIMIT = Duration.ofSeconds(30);

	/** The claimed Free plan's monthly D1 rows read (§12). */
	static final long FREE_PLAN_ROWS_READ = 10_000_000;

	/** The claimed Free plan's monthly D1 rows written (§12). */
	static final long FREE_PLAN_ROWS_WRITTEN = 1_000_000;

	private final WireProfile initialWireProfile;

	volatile WireProfile wireProfile;

	volatile Duration edgeTokenTtl = DEFAULT_EDGE_TOKEN_TTL;

	volatile int genesisLimitPerMinute = DEFAULT_GENESIS_LIMIT;

	volatile long rowsReadCap = EPHEMERAL_ROWS_READ_CAP;

	volatile long rowsWrittenCap = EPHEMERAL_ROWS_WRITTEN_CAP;

	/** The claimed account's monthly D1 rows-read bucket (Free plan: 10M). */
	volatile long claimedRowsReadBucket = FREE_PLAN_ROWS_READ;

	/** The claimed account's monthly D1 rows-written bucket (Free plan: 1M). */
	volatile long claimedRowsWrittenBucket = FREE_PLAN_ROWS_WRITTEN;

	/** How long one {@code /edge/database} request may run before it is interrupted. */
	volatile Duration queryTimeLimit = DEFAULT_QUERY_TIME_LIMIT;

	/** Edge requests per tenant per UTC minute; 0 means unlimited. */
	volatile int edgeRequestsPerMinute;

	/** Edge requests per tenant over its lifetime; 0 means unlimited. */
	volatile long edgeRequestsAllTime;

	/**
	 * Whether the managed agent answers {@code 503 agent_starting} on its first call
	 * after being idle.
	 */
	volatile boolean agentColdStart;

	EmulatorSettings(WireProfile wireProfile) {
		this.initialWireProfile = wireProfile;
		this.wireProfile = wireProfile;
	}

	void reset() {
		this.wireProfile = this.initialWireProfile;
		this.edgeTokenTtl = DEFAULT_EDGE_TOKEN_TTL;
		this.genesisLimitPerMinute = DEFAULT_GENESIS_LIMIT;
		this.rowsReadCap = EPHEMERAL_ROWS_READ_CAP;
		this.rowsWrittenCap = EPHEMERAL_ROWS_WRITTEN_CAP;
		this.edgeRequestsPerMinute = 0;
		this.edgeRequestsAllTime = 0;
		this.agentColdStart = false;
		this.queryTimeLimit = DEFAULT_QUERY_TIME_LIMIT;
		this.claimedRowsReadBucket = FREE_PLAN_ROWS_READ;
		this.claimedRowsWrittenBucket = FREE_PLAN_ROWS_WRITTEN;
	}

}
