package ai.cohesivity.emulator;

import java.time.Instant;

/**
 * The claimed account's monthly D1 buckets (§8.4): usage beyond a bucket buys overuse blocks from
 * the fluid wallet; when the wallet cannot pay for the next block, {@code database} pauses for the
 * account (edge calls answer 402 with a {@code topup_url}) until a top-up pays for it or the month
 * ends. Monthly counters live in memory (a restart starts them afresh); the pause is saved.
 */
final class AccountBuckets {

	/** Rows read that one overuse block buys. */
	static final long READ_BLOCK_ROWS = 1_000_000;

	/** Rows written that one overuse block buys. */
	static final long WRITE_BLOCK_ROWS = 100_000;

	/** What one overuse block costs (emulator pricing; Cohesivity does not publish it). */
	static final long BLOCK_CENTS = 100;

	private final EmulatorServices services;

	private String month = "";

	private long rowsRead;

	private long rowsWritten;

	private long readBlocksBought;

	private long writeBlocksBought;

	AccountBuckets(EmulatorServices services) {
		this.services = services;
	}

	/**
	 * Books a claimed tenant's D1 usage and buys the overuse blocks it needs.
	 */
	synchronized void consume(Instant now, String tenantId, long read, long written) {
		rollMonth(now);
		this.rowsRead += read;
		this.rowsWritten += written;
		settle(now, tenantId);
	}

	/**
	 * Tries again to buy the blocks still owed, after a top-up; lifts the pause when it can.
	 */
	synchronized void settle(Instant now, String tenantId) {
		rollMonth(now);
		EmulatorSettings settings = this.services.settings();
		long readNeeded = blocksNeeded(this.rowsRead, settings.claimedRowsReadBucket, READ_BLOCK_ROWS);
		long writeNeeded = blocksNeeded(this.rowsWritten, settings.claimedRowsWrittenBucket, WRITE_BLOCK_ROWS);
		while (this.readBlocksBought < readNeeded && buy(now, tenantId, "rows read")) {
			this.readBlocksBought++;
		}
		while (this.writeBlocksBought < writeNeeded && buy(now, tenantId, "rows written")) {
			this.writeBlocksBought++;
		}
		boolean owing = this.readBlocksBought < readNeeded || this.writeBlocksBought < writeNeeded;
		EmulatorAccount account = this.services.account();
		boolean paused = account.isDatabasePaused(now);
		if (owing && !paused) {
			this.services.account()
				.notify(now, "offering_paused", "critical",
						"database used its monthly bucket and the wallet cannot buy more; top up to resume", tenantId);
		}
		else if (!owing && paused) {
			this.services.account().notify(now, "offering_resumed", "info", "database resumed", tenantId);
		}
		account.databasePausedInMonth(owing ? this.month : null);
		if (owing != paused) {
			this.services.registry().changed();
		}
	}

	synchronized long rowsReadThisMonth(Instant now) {
		rollMonth(now);
		return this.rowsRead;
	}

	synchronized long rowsWrittenThisMonth(Instant now) {
		rollMonth(now);
		return this.rowsWritten;
	}

	synchronized void reset() {
		this.month = "";
		this.services.account().databasePausedInMonth(null);
	}

	private boolean buy(Instant now, String tenantId, String what) {
		if (Wallet.of(this.services, now).balanceCents() < BLOCK_CENTS) {
			return false;
		}
		this.services.account().record(now, "charge", BLOCK_CENTS, "database overuse block (" + what + ")", tenantId);
		return true;
	}

	private static long blocksNeeded(long used, long bucket, long blockRows) {
		return (used <= bucket) ? 0 : (used - bucket + blockRows - 1) / blockRows;
	}

	private void rollMonth(Instant now) {
		String current = UsageLedger.month(now);
		if (!current.equals(this.month)) {
			this.month = current;
			this.rowsRead = 0;
			this.rowsWritten = 0;
			this.readBlocksBought = 0;
			this.writeBlocksBought = 0;
		}
	}

}
