package ai.cohesivity.emulator.tenants;

/**
 * The knobs of this room that the admin API turns at run time. Handlers read them per
 * request.
 */
public final class TenantSettings {

	/** Genesis calls per client IP per 60 s, by default (§2). */
	public static final int DEFAULT_GENESIS_LIMIT = 10;

	private volatile int genesisLimitPerMinute = DEFAULT_GENESIS_LIMIT;

	private volatile ProvisioningReply provisioningReply = ProvisioningReply.FULL;

	private volatile boolean claimInstructions;

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
	 * What a successful {@code POST /api/resources/{offering}} answers.
	 * @return the reply
	 */
	public ProvisioningReply provisioningReply() {
		return this.provisioningReply;
	}

	/**
	 * Sets what a successful {@code POST /api/resources/{offering}} answers.
	 * @param reply the reply
	 */
	public void provisioningReply(ProvisioningReply reply) {
		this.provisioningReply = reply;
	}

	/**
	 * Whether genesis' text answer ends with one-click claim instructions: lines that are
	 * neither {@code key=value} nor {@code #} comments, as the onboarding page describes
	 * the file.
	 * @return whether it does
	 */
	public boolean claimInstructions() {
		return this.claimInstructions;
	}

	/**
	 * Sets whether genesis' text answer ends with claim instructions.
	 * @param enabled whether it does
	 */
	public void claimInstructions(boolean enabled) {
		this.claimInstructions = enabled;
	}

	/**
	 * Restores the defaults.
	 */
	public void reset() {
		this.genesisLimitPerMinute = DEFAULT_GENESIS_LIMIT;
		this.provisioningReply = ProvisioningReply.FULL;
		this.claimInstructions = false;
	}

}
