package ai.cohesivity.emulator;

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
record Wallet(long monthlyGrantCents, long topupThisMonthCents, long usageSpentThisMonthCents,
		long chargesThisMonthCents, long balanceCents) {

	static Wallet of(EmulatorServices services, Instant now) {
		EmulatorAccount account = services.account();
		long usage = UsageRollups.of(services).total(null, null, UsageRollups.monthStart(now), UsageRollups.COST_CENTS);
		long charges = account.chargedCentsThisMonth(now);
		long grant = EmulatorAccount.FREE_MONTHLY_GRANT_CENTS;
		long balance = grant + account.topupCentsAllTime() - usage - charges;
		return new Wallet(grant, account.topupCentsThisMonth(now), usage, charges, balance);
	}

	long spentThisMonthCents() {
		return this.usageSpentThisMonthCents + this.chargesThisMonthCents;
	}

}
