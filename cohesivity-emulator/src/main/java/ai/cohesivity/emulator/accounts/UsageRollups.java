package ai.cohesivity.emulator.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.emulator.tenants.Tenant;
import ai.cohesivity.emulator.tenants.TenantRegistry;

/**
 * Sums over the daily usage totals: one tenant's or the whole account's (its claimed
 * tenants), one service's or all, from a date on — grouped by service, tenant or day when
 * asked. The wallet, the account's buckets and the observability report all read usage
 * through here.
 */
public final class UsageRollups {

	/** Events per day. */
	public static final ToLongFunction<UsageLedger.DailyUsage> EVENTS = (usage) -> usage.events.sum();

	/** Cost per day. */
	public static final ToLongFunction<UsageLedger.DailyUsage> COST_CENTS = (usage) -> usage.costCents.sum();

	private final UsageLedger usage;

	private final TenantRegistry registry;

	/**
	 * Creates the rollups.
	 * @param usage the recorded usage
	 * @param registry tells which tenants are claimed
	 */
	public UsageRollups(UsageLedger usage, TenantRegistry registry) {
		this.usage = usage;
		this.registry = registry;
	}

	public static LocalDate monthStart(Instant now) {
		return YearMonth.from(LocalDate.ofInstant(now, ZoneOffset.UTC)).atDay(1);
	}

	public static ToLongFunction<UsageLedger.DailyUsage> metric(String name) {
		return (usage) -> usage.metric(name);
	}

	/**
	 * The total of a quantity for one tenant ({@code null}: every claimed tenant) and one
	 * service ({@code null}: every service) from {@code from} on.
	 */
	public long total(@Nullable String tenantId, @Nullable String service, LocalDate from,
			ToLongFunction<UsageLedger.DailyUsage> quantity) {
		long total = 0;
		for (Map.Entry<UsageLedger.DayKey, UsageLedger.DailyUsage> entry : this.usage.daily().entrySet()) {
			if (matches(entry.getKey(), tenantId, service, from)) {
				total += quantity.applyAsLong(entry.getValue());
			}
		}
		return total;
	}

	public Map<String, Long> byService(@Nullable String tenantId, LocalDate from,
			ToLongFunction<UsageLedger.DailyUsage> quantity) {
		return grouped(tenantId, from, quantity, UsageLedger.DayKey::service);
	}

	public Map<String, Long> byTenant(LocalDate from, ToLongFunction<UsageLedger.DailyUsage> quantity) {
		return grouped(null, from, quantity, UsageLedger.DayKey::tenantId);
	}

	public Map<String, Long> byDay(@Nullable String tenantId, LocalDate from,
			ToLongFunction<UsageLedger.DailyUsage> quantity) {
		return grouped(tenantId, from, quantity, (key) -> key.date().toString());
	}

	private Map<String, Long> grouped(@Nullable String tenantId, LocalDate from,
			ToLongFunction<UsageLedger.DailyUsage> quantity, Function<UsageLedger.DayKey, String> group) {
		Map<String, Long> totals = new TreeMap<>();
		for (Map.Entry<UsageLedger.DayKey, UsageLedger.DailyUsage> entry : this.usage.daily().entrySet()) {
			if (matches(entry.getKey(), tenantId, null, from)) {
				totals.merge(group.apply(entry.getKey()), quantity.applyAsLong(entry.getValue()), Long::sum);
			}
		}
		return totals;
	}

	private boolean matches(UsageLedger.DayKey key, @Nullable String tenantId, @Nullable String service,
			LocalDate from) {
		if (key.date().isBefore(from) || (service != null && !service.equals(key.service()))) {
			return false;
		}
		if (tenantId != null) {
			return tenantId.equals(key.tenantId());
		}
		Tenant tenant = this.registry.byId(key.tenantId());
		return tenant != null && tenant.isClaimed();
	}

}
