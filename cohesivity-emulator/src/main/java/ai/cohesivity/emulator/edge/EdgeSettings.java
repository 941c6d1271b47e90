package ai.cohesivity.emulator.edge;

import java.time.Duration;

/**
 * The knobs of the edge that the admin API turns at run time: the edge-token lifetime and
 * the per-tenant request limits. Handlers read them per request.
 */
public final class EdgeSettings {

	/** The documented edge-token lifetime (§4). */
	public static final Duration DEFAULT_EDGE_TOKEN_TTL = Duration.ofSeconds(60);

	private volatile Duration edgeTokenTtl = DEFAULT_EDGE_TOKEN_TTL;

	private volatile int requestsPerMinute;

	private volatile long requestsAllTime;

	/**
	 * The lifetime of tokens minted from now on.
	 * @return the lifetime
	 */
	public Duration edgeTokenTtl() {
		return this.edgeTokenTtl;
	}

	/**
	 * Sets the lifetime of tokens minted from now on.
	 * @param ttl at least one second
	 */
	public void edgeTokenTtl(Duration ttl) {
		if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("The edge token TTL must be at least one second, not " + ttl);
		}
		this.edgeTokenTtl = ttl;
	}

	/**
	 * Edge requests per tenant per UTC minute.
	 * @return the limit, 0 for none
	 */
	public int requestsPerMinute() {
		return this.requestsPerMinute;
	}

	/**
	 * Sets the per-minute limit.
	 * @param limit requests per tenant per UTC minute, 0 for none
	 */
	public void requestsPerMinute(int limit) {
		this.requestsPerMinute = Math.max(0, limit);
	}

	/**
	 * Edge requests per tenant over its lifetime.
	 * @return the limit, 0 for none
	 */
	public long requestsAllTime() {
		return this.requestsAllTime;
	}

	/**
	 * Sets the lifetime limit.
	 * @param limit requests per tenant, 0 for none
	 */
	public void requestsAllTime(long limit) {
		this.requestsAllTime = Math.max(0, limit);
	}

	/**
	 * Restores the defaults.
	 */
	public void reset() {
		this.edgeTokenTtl = DEFAULT_EDGE_TOKEN_TTL;
		this.requestsPerMinute = 0;
		this.requestsAllTime = 0;
	}

}
