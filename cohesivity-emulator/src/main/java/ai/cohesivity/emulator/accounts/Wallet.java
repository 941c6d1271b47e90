package ai.cohesivity.emulator.accounts;

import java.time.Instant;

/**
 * The account's fluid wallet at one instant, computed from the ledger and the recorded
 * usage: this month's grant plus all top-ups, minus what was spent this month.
 *
 * @param monthlyGrantCents the monthly grant
 * @param topupThisMonthCents top-ups credited this month
 * @param usageSpentThisMonthCents metered usage cost this month (all claimed tenants)
 * @param chargesThisMonthCents flat charges this month (e.g. a managed agent's fee)
 * @param balanceCents what is left
 */
public record Wallet(long monthlyGrantCents, long topupThisMonthCents, long usageSpentThisMonthCents,
		long chargesThisMonthCents, long balanceCents) {

	/**
	 * The wallet at an instant.
	 * @param account the account (grant, top-ups, charges)
	 * @param rollups the recorded usage
	 * @param now the emulator's time
	 * @return the wallet
	 */
	public static Wallet of(EmulatorAccount account, UsageRollups rollups, Instant now) {
		long usage = rollups.total(null, null, UsageRollups.monthStart(now), UsageRollups.COST_CENTS);
		long charges = account.chargedCentsThisMonth(now);
		long grant = EmulatorAccount.FREE_MONTHLY_GRANT_CENTS;
		long balance = grant + account.topupCentsAllTime() - usage - charges;
		return new Wallet(grant, account.topupCentsThisMonth(now), usage, charges, balance);
	}

	public long spentThisMonthCents() {
		return this.usageSpentThisMonthCents + this.chargesThisMonthCents;
	}

}
