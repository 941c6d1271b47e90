package ai.cohesivity.emulator;

import java.time.Instant;
import java.time.LocalDate;

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

	private final EmulatorServices services;

	AccountBuckets(EmulatorServices services) {
		this.services = services;
	}

	/**
	 * Buys the overuse blocks this month's usage needs, as far as the wallet allows, and
	 * pauses or resumes {@code database} accordingly. Called after each claimed tenant's
	 * query and after a top-up.
	 */
	synchronized void settle(Instant now, String tenantId) {
		EmulatorSettings settings = this.services.settings();
		UsageRollups rollups = UsageRollups.of(this.services);
		LocalDate monthStart = UsageRollups.monthStart(now);
		long readUsed = rollups.total(null, "database", monthStart, UsageRollups.metric("rows_read"));
		long writeUsed = rollups.total(null, "database", monthStart, UsageRollups.metric("rows_written"));
		if (readUsed <= settings.claimedRowsReadBucket && writeUsed <= settings.claimedRowsWrittenBucket
				&& !this.services.account().isDatabasePaused(now)) {
			return;
		}
		long readOwed = blocksNeeded(readUsed, settings.claimedRowsReadBucket, READ_BLOCK_ROWS)
				- blocksBought(now, READ_BLOCK);
		long writeOwed = blocksNeeded(writeUsed, settings.claimedRowsWrittenBucket, WRITE_BLOCK_ROWS)
				- blocksBought(now, WRITE_BLOCK);
		while (readOwed > 0 && buy(now, tenantId, READ_BLOCK)) {
			readOwed--;
		}
		while (writeOwed > 0 && buy(now, tenantId, WRITE_BLOCK)) {
			writeOwed--;
		}
		boolean owing = readOwed > 0 || writeOwed > 0;
		EmulatorAccount account = this.services.account();
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
		this.services.registry().changed();
	}

	void reset() {
		this.services.account().databasePausedInMonth(null);
	}

	private long blocksBought(Instant now, String description) {
		String month = UsageLedger.month(now);
		return this.services.account()
			.ledger()
			.stream()
			.filter((entry) -> entry.description().equals(description) && UsageLedger.month(entry.ts()).equals(month))
			.count();
	}

	private boolean buy(Instant now, String tenantId, String description) {
		if (Wallet.of(this.services, now).balanceCents() < BLOCK_CENTS) {
			return false;
		}
		this.services.account().record(now, "charge", BLOCK_CENTS, description, tenantId);
		return true;
	}

	private static long blocksNeeded(long used, long bucket, long blockRows) {
		return (used <= bucket) ? 0 : (used - bucket + blockRows - 1) / blockRows;
	}

}
