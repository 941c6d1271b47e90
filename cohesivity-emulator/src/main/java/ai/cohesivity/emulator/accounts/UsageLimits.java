package ai.cohesivity.emulator.accounts;

/**
 * The D1 limits the admin API turns at run time: an ephemeral tenant's all-time caps
 * (breaching one pauses it) and a claimed account's monthly buckets (beyond them usage
 * buys overuse blocks).
 */
public final class UsageLimits {

	/** An ephemeral tenant's all-time D1 rows read (§12). */
	public static final long EPHEMERAL_ROWS_READ_CAP = 250_000;

	/** An ephemeral tenant's all-time D1 rows written (§12). */
	public static final long EPHEMERAL_ROWS_WRITTEN_CAP = 50_000;

	/** The claimed Free plan's monthly D1 rows read (§12). */
	public static final long FREE_PLAN_ROWS_READ = 10_000_000;

	/** The claimed Free plan's monthly D1 rows written (§12). */
	public static final long FREE_PLAN_ROWS_WRITTEN = 1_000_000;

	private volatile long rowsReadCap = EPHEMERAL_ROWS_READ_CAP;

	private volatile long rowsWrittenCap = EPHEMERAL_ROWS_WRITTEN_CAP;

	private volatile long claimedRowsReadBucket = FREE_PLAN_ROWS_READ;

	private volatile long claimedRowsWrittenBucket = FREE_PLAN_ROWS_WRITTEN;

	/**
	 * An ephemeral tenant's all-time rows-read cap.
	 * @return the cap
	 */
	public long rowsReadCap() {
		return this.rowsReadCap;
	}

	/**
	 * An ephemeral tenant's all-time rows-written cap.
	 * @return the cap
	 */
	public long rowsWrittenCap() {
		return this.rowsWrittenCap;
	}

	/**
	 * Sets the ephemeral caps.
	 * @param rowsRead the rows-read cap
	 * @param rowsWritten the rows-written cap
	 */
	public void caps(long rowsRead, long rowsWritten) {
		if (rowsRead < 0 || rowsWritten < 0) {
			throw new IllegalArgumentException("Caps must not be negative");
		}
		this.rowsReadCap = rowsRead;
		this.rowsWrittenCap = rowsWritten;
	}

	/**
	 * The claimed account's monthly rows-read bucket.
	 * @return the bucket
	 */
	public long claimedRowsReadBucket() {
		return this.claimedRowsReadBucket;
	}

	/**
	 * The claimed account's monthly rows-written bucket.
	 * @return the bucket
	 */
	public long claimedRowsWrittenBucket() {
		return this.claimedRowsWrittenBucket;
	}

	/**
	 * Sets the claimed account's monthly buckets.
	 * @param rowsRead the rows-read bucket
	 * @param rowsWritten the rows-written bucket
	 */
	public void claimedBuckets(long rowsRead, long rowsWritten) {
		if (rowsRead < 0 || rowsWritten < 0) {
			throw new IllegalArgumentException("Buckets must not be negative");
		}
		this.claimedRowsReadBucket = rowsRead;
		this.claimedRowsWrittenBucket = rowsWritten;
	}

	/**
	 * The rows-read limit that applies to a tenant: its cap while ephemeral, the
	 * account's bucket once claimed.
	 * @param claimed whether the tenant is claimed
	 * @return the limit
	 */
	public long rowsReadLimit(boolean claimed) {
		return claimed ? this.claimedRowsReadBucket : this.rowsReadCap;
	}

	/**
	 * The rows-written limit that applies to a tenant.
	 * @param claimed whether the tenant is claimed
	 * @return the limit
	 */
	public long rowsWrittenLimit(boolean claimed) {
		return claimed ? this.claimedRowsWrittenBucket : this.rowsWrittenCap;
	}

	/**
	 * Restores the defaults.
	 */
	public void reset() {
		this.rowsReadCap = EPHEMERAL_ROWS_READ_CAP;
		this.rowsWrittenCap = EPHEMERAL_ROWS_WRITTEN_CAP;
		this.claimedRowsReadBucket = FREE_PLAN_ROWS_READ;
		this.claimedRowsWrittenBucket = FREE_PLAN_ROWS_WRITTEN;
	}

}
