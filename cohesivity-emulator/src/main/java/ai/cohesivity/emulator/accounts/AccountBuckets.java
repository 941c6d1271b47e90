package ai.cohesivity.emulator.accounts;

import java.time.Instant;
import java.time.LocalDate;

import ai.cohesivity.emulator.support.StateChanges;

/**
 * The claimed account's monthly D1 buckets (§8.4): usage beyond a bucket buys overuse
 * blocks from the fluid wallet; when the wallet cannot pay for the next block,
 * {@code database} pauses for the account (edge calls answer 402 with a
 * {@code topup_url}) until a top-up pays for it or the month ends. Usage comes from the
 * daily usage totals and purchases from the wallet ledger, so both survive a restart with
 * a data directory.
 */
final class AccountBuckets {

	/** Rows read that one overuse block buys. */
	static final long READ_BLOCK_ROWS = 1_000_000;

	/** Rows written that one overuse block buys. */
	static final long WRITE_BLOCK_ROWS = 100_000;

	/**
	 * What one overuse block costs (emulator pricing; Cohesivity does not publish it).
	 */
	static final long BLOCK_CENTS = 100;

	private static final String READ_BLOCK = "database overuse block (rows read)";

	private static final String WRITE_BLOCK = "database overuse block (rows written)";

	private final UsageLimits limits;

	private final UsageRollups rollups;

	private final EmulatorAccount account;

	private final StateChanges changes;

	AccountBuckets(UsageLimits limits, UsageRollups rollups, EmulatorAccount account, StateChanges changes) {
		this.limits = limits;
		this.rollups = rollups;
		this.account = account;
		this.changes = changes;
	}

	/**
	 * Buys the overuse blocks this month's usage needs, as far as the wallet allows, and
	 * pauses or resumes {@code database} accordingly. Called after each claimed tenant's
	 * query and after a top-up.
	 */
	synchronized void settle(Instant now, String tenantId) {
		LocalDate monthStart = UsageRollups.monthStart(now);
		long readUsed = this.rollups.total(null, "database", monthStart, UsageRollups.metric("rows_read"));
		long writeUsed = this.rollups.total(null, "database", monthStart, UsageRollups.metric("rows_written"));
		long readBucket = this.limits.claimedRowsReadBucket();
		long writeBucket = this.limits.claimedRowsWrittenBucket();
		if (readUsed <= readBucket && writeUsed <= writeBucket && !this.account.isDatabasePaused(now)) {
			return;
		}
		long readOwed = blocksNeeded(readUsed, readBucket, READ_BLOCK_ROWS) - blocksBought(now, READ_BLOCK);
		long writeOwed = blocksNeeded(writeUsed, writeBucket, WRITE_BLOCK_ROWS) - blocksBought(now, WRITE_BLOCK);
		while (readOwed > 0 && buy(now, tenantId, READ_BLOCK)) {
			readOwed--;
		}
		while (writeOwed > 0 && buy(now, tenantId, WRITE_BLOCK)) {
			writeOwed--;
		}
		boolean owing = readOwed > 0 || writeOwed > 0;
		EmulatorAccount account = this.account;
		boolean paused = account.isDatabasePaused(now);
		if (owing == paused) {
			return;
		}
		if (owing) {
			account.notify(now, "offering_paused", "critical",
					"database used its monthly bucket and the wallet cannot buy more; top up to resume", tenantId);
		}
		else {
			account.notify(now, "offering_resumed", "info", "database resumed", tenantId);
		}
		account.databasePausedInMonth(owing ? UsageLedger.month(now) : null);
		this.changes.changed();
	}

	void reset() {
		this.account.databasePausedInMonth(null);
	}

	private long blocksBought(Instant now, String description) {
		String month = UsageLedger.month(now);
		return this.account.ledger()
			.stream()
			.filter((entry) -> entry.description().equals(description) && UsageLedger.month(entry.ts()).equals(month))
			.count();
	}

	private boolean buy(Instant now, String tenantId, String description) {
		if (Wallet.of(this.account, this.rollups, now).balanceCents() < BLOCK_CENTS) {
			return false;
		}
		this.account.record(now, "charge", BLOCK_CENTS, description, tenantId);
		return true;
	}

	private static long blocksNeeded(long used, long bucket, long blockRows) {
		return (used <= bucket) ? 0 : (used - bucket + blockRows - 1) / blockRows;
	}

}
