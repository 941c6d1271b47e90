package ai.cohesivity.emulator.tenants;

/**
 * The knobs of this room that the admin API turns at run time. Handlers read them per
 * request.
 */
public final class TenantSettings {

	/** Genesis calls per client IP per 60 s, by default (§2). */
	public static final int DEFAULT_GENESIS_LIMIT = 10;

	private volatile int genesisLimitPerMinute = DEFAULT_GENESIS_LIMIT;

	/**
	 * Genesis calls allowed per client IP per 60 s.
	 * @return the limit
	 */
	public int genesisLimitPerMinute() {
		return this.genesisLimitPerMinute;
	}

	/**
	 * Sets the genesis limit.
	 * @param limit calls per client IP per 60 s, at least 1
	 */
	public void genesisLimitPerMinute(int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("The genesis limit must be at least 1, not " + limit);
		}
		this.genesisLimitPerMinute = limit;
	}

	/**
	 * Restores the defaults.
	 */
	public void reset() {
		this.genesisLimitPerMinute = DEFAULT_GENESIS_LIMIT;
	}

}
