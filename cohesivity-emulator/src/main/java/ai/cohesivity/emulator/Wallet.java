package ai.cohesivity.emulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The account's fluid wallet at one instant, computed from the ledger and the recorded usage:
 * this month's grant plus all top-ups, minus what was spent this month.
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
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		long usage = 0;
		for (Map.Entry<UsageLedger.DayKey, UsageLedger.DailyUsage> entry : services.usage().daily().entrySet()) {
			LocalDate date = entry.getKey().date();
			Tenant tenant = services.registry().byId(entry.getKey().tenantId());
			if (tenant != null && tenant.isClaimed() && date.getYear() == today.getYear()
					&& date.getMonth() == today.getMonth()) {
				usage += entry.getValue().costCents.sum();
			}
		}
		long charges = account.chargedCentsThisMonth(now);
		long grant = EmulatorAccount.FREE_MONTHLY_GRANT_CENTS;
		long balance = grant + account.topupCentsAllTime() - usage - charges;
		return new Wallet(grant, account.topupCentsThisMonth(now), usage, charges, balance);
	}

	long spentThisMonthCents() {
		return this.usageSpentThisMonthCents + this.chargesThisMonthCents;
	}

}
