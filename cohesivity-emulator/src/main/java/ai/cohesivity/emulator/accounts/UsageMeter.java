package ai.cohesivity.emulator.accounts;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.support.StateChanges;
import ai.cohesivity.emulator.tenants.Tenant;
import ai.cohesivity.emulator.tenants.TenantRegistry;

/**
 * Books what an edge call used — on the tenant's all-time counters and in the usage
 * ledger — and enforces the limits: for an ephemeral tenant its caps (crossing 80 %
 * notifies, breaching one pauses the whole tenant), for a claimed one the account's
 * monthly buckets ({@link AccountBuckets}).
 */
public final class UsageMeter {

	private final EmulatorClock clock;

	private final UsageLedger usage;

	private final EmulatorAccount account;

	private final UsageLimits limits;

	private final TenantRegistry registry;

	private final Set<String> notified = ConcurrentHashMap.newKeySet();

	private final AccountBuckets accountBuckets;

	/**
	 * Creates the meter.
	 * @param clock the emulator clock
	 * @param usage where usage is recorded
	 * @param account the account (notifications, wallet, buckets)
	 * @param limits the caps and buckets
	 * @param rollups sums the recorded usage
	 * @param registry pauses a tenant that breaches a cap
	 * @param changes told after a change worth saving
	 */
	public UsageMeter(EmulatorClock clock, UsageLedger usage, EmulatorAccount account, UsageLimits limits,
			UsageRollups rollups, TenantRegistry registry, StateChanges changes) {
		this.clock = clock;
		this.usage = usage;
		this.account = account;
		this.limits = limits;
		this.registry = registry;
		this.accountBuckets = new AccountBuckets(limits, rollups, account, changes);
	}

	/**
	 * Books one {@code /edge/database} request.
	 * @param tenant the calling tenant
	 * @param rowsRead the rows it read
	 * @param rowsWritten the rows it wrote
	 */
	public void databaseQuery(Tenant tenant, long rowsRead, long rowsWritten) {
		Instant now = this.clock.instant();
		long read = tenant.rowsRead().addAndGet(rowsRead);
		long written = tenant.rowsWritten().addAndGet(rowsWritten);
		this.usage.record(now, tenant.id(), "database", "query",
				Map.of("rows_read", rowsRead, "rows_written", rowsWritten), 0);
		if (tenant.isClaimed()) {
			this.accountBuckets.settle(now, tenant.id());
			return;
		}
		checkCap(tenant, now, "d1_rows_read", read, this.limits.rowsReadCap());
		checkCap(tenant, now, "d1_rows_written", written, this.limits.rowsWrittenCap());
	}

	private void checkCap(Tenant tenant, Instant now, String metric, long used, long cap) {
		if (used * 100 >= cap * 80 && this.notified.add(tenant.id() + "/" + metric + "/80")) {
			String message = "Tenant " + tenant.id() + " used " + used + " of " + cap + " " + metric + " (80 %)";
			this.account.notify(now, "usage_80_percent", "warning", message, tenant.id());
		}
		if (used > cap && !tenant.isPaused()) {
			this.account.notify(now, "tenant_paused", "critical", "Tenant " + tenant.id()
					+ " exceeded its ephemeral cap of " + cap + " " + metric + " and is paused until it is claimed",
					tenant.id());
			this.registry.pause(tenant, "all_time_cap");
		}
	}

	/**
	 * The wallet was credited: buy the overuse blocks still owed and lift a
	 * lack-of-credit pause.
	 */
	public void walletCredited(Instant now, String tenantId) {
		this.accountBuckets.settle(now, tenantId);
	}

	/**
	 * Forgets which 80 % notices were sent and lifts a lack-of-credit pause.
	 */
	public void reset() {
		this.notified.clear();
		this.accountBuckets.reset();
	}

}
