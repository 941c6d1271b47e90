package ai.cohesivity.emulator;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Books what an edge call used — on the tenant's all-time counters and in the usage
 * ledger — and enforces the limits: for an ephemeral tenant its caps (crossing 80 %
 * notifies, breaching one pauses the whole tenant), for a claimed one the account's
 * monthly buckets ({@link AccountBuckets}).
 */
final class UsageMeter {

	private final EmulatorServices services;

	private final Set<String> notified = ConcurrentHashMap.newKeySet();

	private final AccountBuckets accountBuckets;

	UsageMeter(EmulatorServices services) {
		this.services = services;
		this.accountBuckets = new AccountBuckets(services);
	}

	void databaseQuery(Tenant tenant, QueryOutcome outcome) {
		Instant now = this.services.clock().instant();
		long read = tenant.rowsRead().addAndGet(outcome.rowsRead());
		long written = tenant.rowsWritten().addAndGet(outcome.rowsWritten());
		this.services.usage()
			.record(now, tenant.id(), "database", "query",
					Map.of("rows_read", outcome.rowsRead(), "rows_written", outcome.rowsWritten()), 0);
		if (tenant.isClaimed()) {
			this.accountBuckets.settle(now, tenant.id());
			return;
		}
		EmulatorSettings settings = this.services.settings();
		checkCap(tenant, now, "d1_rows_read", read, settings.rowsReadCap);
		checkCap(tenant, now, "d1_rows_written", written, settings.rowsWrittenCap);
	}

	private void checkCap(Tenant tenant, Instant now, String metric, long used, long cap) {
		if (used * 100 >= cap * 80 && this.notified.add(tenant.id() + "/" + metric + "/80")) {
			String message = "Tenant " + tenant.id() + " used " + used + " of " + cap + " " + metric + " (80 %)";
			this.services.account().notify(now, "usage_80_percent", "warning", message, tenant.id());
		}
		if (used > cap && !tenant.isPaused()) {
			tenant.pause(now, "all_time_cap");
			this.services.account()
				.notify(now, "tenant_paused", "critical", "Tenant " + tenant.id() + " exceeded its ephemeral cap of "
						+ cap + " " + metric + " and is paused until it is claimed", tenant.id());
			this.services.registry().changed();
		}
	}

	/**
	 * The wallet was credited: buy the overuse blocks still owed and lift a
	 * lack-of-credit pause.
	 */
	void walletCredited(Instant now, String tenantId) {
		this.accountBuckets.settle(now, tenantId);
	}

	void reset() {
		this.notified.clear();
		this.accountBuckets.reset();
	}

}
