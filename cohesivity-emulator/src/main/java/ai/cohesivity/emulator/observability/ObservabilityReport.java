package ai.cohesivity.emulator.observability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.emulator.accounts.EmulatorAccount;
import ai.cohesivity.emulator.accounts.UsageLedger;
import ai.cohesivity.emulator.accounts.UsageLimits;
import ai.cohesivity.emulator.accounts.UsageRollups;
import ai.cohesivity.emulator.accounts.Wallet;
import ai.cohesivity.emulator.support.WireFormats;
import ai.cohesivity.emulator.tenants.ProvisionedResource;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * Builds the {@code /api/observability} document from what the account's tenants actually
 * did: the usage totals and events, the wallet ledger, notifications and tenant state.
 * Nothing is canned.
 */
final class ObservabilityReport {

	private final ObservabilitySources sources;

	private final Tenant caller;

	private final ObservabilityQuery query;

	private final PlanCaps caps;

	private final Instant now;

	private final List<Tenant> accountTenants;

	private final UsageRollups rollups;

	private final ObservabilityPages pages;

	ObservabilityReport(ObservabilitySources sources, Tenant caller, ObservabilityQuery query, PlanCaps caps) {
		this.sources = sources;
		this.caller = caller;
		this.query = query;
		this.caps = caps;
		this.now = sources.clock().instant();
		this.accountTenants = sources.registry().all().stream().filter(Tenant::isClaimed).toList();
		this.rollups = sources.rollups();
		this.pages = new ObservabilityPages(query, caps);
	}

	Map<String, Object> build() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("auth", auth(this.caller));
		body.put("generated_at", WireFormats.timestamp(this.now));
		body.put("request_id", "req_" + this.sources.credentials().lowercase(16));
		body.put("account", account());
		List<Map<String, Object>> buckets = sharedBuckets();
		if (this.query.includes("buckets")) {
			body.put("shared_buckets", buckets);
			body.put("rate_limits_pressured",
					buckets.stream()
						.filter((bucket) -> ((Number) bucket.get("pct_account")).doubleValue() >= 50)
						.toList());
		}
		if (this.query.includes("summary")) {
			body.put("tenants_summary", tenantsSummary());
		}
		List<UsageLedger.UsageEvent> events = this.pages.events(this.sources.usage().events(), this.accountTenants,
				windowStart());
		if (this.query.includes("tenants")) {
			body.put("tenants", tenants(events));
		}
		if (this.query.includes("cost")) {
			body.put("account_cost", accountCost());
		}
		if (this.query.includes("notifications")) {
			body.put("notifications", this.pages.notifications(this.sources.account().notifications()));
		}
		if (this.query.includes("events")) {
			body.put("events", this.pages.eventsSlice(events));
		}
		if (this.query.includes("ledger")) {
			body.put("ledger", this.pages.ledger(this.sources.account().ledger()));
		}
		if (this.query.includes("deploy_history")) {
			body.put("deploy_history", Map.of("by_tenant", perTenant((tenant) -> List.of())));
		}
		if (this.query.includes("end_user_sessions")) {
			body.put("end_user_sessions", Map.of("by_tenant", perTenant((tenant) -> {
				Map<String, Object> sessions = new LinkedHashMap<>();
				sessions.put("active_count", 0);
				sessions.put("total_users", 0);
				return sessions;
			})));
		}
		if (this.query.includes("poller_health")) {
			Map<String, Object> ledger = new LinkedHashMap<>();
			ledger.put("last_bucket_end", WireFormats.timestamp(this.now));
			ledger.put("age_minutes", 0);
			body.put("poller_health", Map.of("by_source", Map.of("emulator_usage_ledger", ledger)));
		}
		if (this.query.includes("webhook_history")) {
			Map<String, Object> webhooks = new LinkedHashMap<>();
			webhooks.put("items", List.of());
			webhooks.put("next_cursor", null);
			body.put("webhook_history", webhooks);
		}
		if (this.query.includes("recent_events")) {
			body.put("recent_events", this.pages.recentEvents(events));
		}
		body.put("advisories", new ObservabilityAdvisories(this.sources).of(this.now, this.accountTenants, buckets));
		body.put("limits_for_this_response", this.caps.toMap(this.query.window()));
		return body;
	}

	static Map<String, Object> auth(Tenant caller) {
		Map<String, Object> auth = new LinkedHashMap<>();
		auth.put("mode", "tenant_management_key");
		auth.put("via_tenant_id", caller.id());
		return auth;
	}

	private Map<String, Object> account() {
		EmulatorAccount account = this.sources.account();
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("user_id", EmulatorAccount.USER_ID);
		map.put("email", EmulatorAccount.EMAIL);
		map.put("name", "Emulator Developer");
		map.put("plan", account.plan());
		map.put("enforcement_mode", "enforce");
		map.put("status", "active");
		EmulatorAccount.Subscription subscription = account.subscription();
		map.put("subscription", (subscription != null) ? subscription.toWire(this.sources.baseUrl().get()) : null);
		map.put("wallet", wallet());
		return map;
	}

	private Map<String, Object> wallet() {
		Wallet wallet = this.sources.wallet(this.now);
		LocalDate monthStart = UsageRollups.monthStart(this.now);
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("balance_cents", wallet.balanceCents());
		map.put("reserved_cents", 0);
		map.put("available_cents", Math.max(0, wallet.balanceCents()));
		map.put("monthly_grant_cents", wallet.monthlyGrantCents());
		map.put("month_start", monthStart.toString());
		map.put("month_end", monthStart.plusMonths(1).minusDays(1).toString());
		map.put("this_month_topup_cents", wallet.topupThisMonthCents());
		map.put("this_month_spent_cents", wallet.spentThisMonthCents());
		List<Map<String, Object>> byTenant = new ArrayList<>();
		for (Tenant tenant : this.accountTenants) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("tenant_id", tenant.id());
			item.put("cost_cents", this.rollups.total(tenant.id(), null, monthStart, UsageRollups.COST_CENTS));
			item.put("is_self", tenant == this.caller);
			byTenant.add(item);
		}
		map.put("spent_by_tenant_this_month", byTenant);
		map.put("spent_by_service_this_month", costByService(monthStart));
		return map;
	}

	private List<Map<String, Object>> sharedBuckets() {
		UsageLimits limits = this.sources.limits();
		List<Map<String, Object>> buckets = new ArrayList<>();
		addBucket(buckets, "rows_read", limits.claimedRowsReadBucket());
		addBucket(buckets, "rows_written", limits.claimedRowsWrittenBucket());
		return buckets;
	}

	private void addBucket(List<Map<String, Object>> buckets, String metric, long limit) {
		LocalDate monthStart = UsageRollups.monthStart(this.now);
		Map<String, Long> used = new LinkedHashMap<>();
		long total = 0;
		for (Tenant tenant : this.accountTenants) {
			long tenantUsed = this.rollups.total(tenant.id(), "database", monthStart, UsageRollups.metric(metric));
			used.put(tenant.id(), tenantUsed);
			total += tenantUsed;
		}
		if (total == 0 && !this.query.emptyBuckets()) {
			return;
		}
		List<Map<String, Object>> byTenant = new ArrayList<>();
		for (Map.Entry<String, Long> entry : used.entrySet()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("tenant_id", entry.getKey());
			item.put("used", entry.getValue());
			item.put("pct_of_account_used", percent(entry.getValue(), total));
			item.put("is_self", entry.getKey().equals(this.caller.id()));
			byTenant.add(item);
		}
		Map<String, Object> bucket = new LinkedHashMap<>();
		bucket.put("service", "database");
		bucket.put("metric", metric);
		bucket.put("window", "month");
		bucket.put("limit", limit);
		bucket.put("used_account_total", total);
		bucket.put("pct_account", percent(total, limit));
		bucket.put("fluid_overflow_enabled", true);
		bucket.put("paused", this.sources.account().isDatabasePaused(this.now));
		bucket.put("by_tenant", byTenant);
		buckets.add(bucket);
	}

	private Map<String, Object> tenantsSummary() {
		Map<String, Long> byLifecycle = new TreeMap<>();
		Map<String, Long> byStatus = new TreeMap<>();
		long paused = 0;
		for (Tenant tenant : this.accountTenants) {
			byLifecycle.merge(tenant.lifecycle(), 1L, Long::sum);
			byStatus.merge(tenant.state(this.now), 1L, Long::sum);
			paused += tenant.isPaused() ? 1 : 0;
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("total", this.accountTenants.size());
		summary.put("by_lifecycle", byLifecycle);
		summary.put("by_status", byStatus);
		summary.put("paused_count", paused);
		summary.put("runtime_drift_count", 0);
		return summary;
	}

	private List<Map<String, Object>> tenants(List<UsageLedger.UsageEvent> events) {
		List<Map<String, Object>> tenants = new ArrayList<>();
		for (Tenant tenant : focusedTenants()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("tenant_id", tenant.id());
			item.put("is_self", tenant == this.caller);
			item.put("lifecycle", tenant.lifecycle());
			item.put("status", tenant.state(this.now));
			Map<String, Object> runtime = new LinkedHashMap<>();
			runtime.put("profile", tenant.runtimeProfile());
			runtime.put("version", tenant.runtimeProfile());
			runtime.put("is_latest_live", true);
			item.put("runtime", runtime);
			item.put("claimed_at", (tenant.claimedAt() != null) ? WireFormats.timestamp(tenant.claimedAt()) : null);
			item.put("paused_at", (tenant.pausedAt() != null) ? WireFormats.timestamp(tenant.pausedAt()) : null);
			item.put("pause_reason", tenant.isPaused() ? tenant.pauseReasonKind() : null);
			List<Map<String, Object>> resources = new ArrayList<>();
			for (ProvisionedResource resource : tenant.resources()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("resource_name", resource.name());
				entry.put("status", "active");
				entry.put("provisioned_at", WireFormats.timestamp(resource.provisionedAt()));
				resources.add(entry);
			}
			item.put("resources", resources);
			item.put("usage", usage(tenant));
			item.put("current_month_buckets", currentMonthBuckets(tenant));
			item.put("pending_actions", List.of());
			if (this.query.includes("events")) {
				item.put("recent_events",
						Map.of("items",
								events.stream()
									.filter((event) -> event.tenantId().equals(tenant.id()))
									.map(ObservabilityPages::eventMap)
									.toList()));
			}
			tenants.add(item);
		}
		return tenants;
	}

	private Map<String, Object> usage(Tenant tenant) {
		LocalDate from = windowStart();
		Map<String, Long> eventsByService = this.rollups.byService(tenant.id(), from, UsageRollups.EVENTS);
		Map<String, Long> costByService = this.rollups.byService(tenant.id(), from, UsageRollups.COST_CENTS);
		Map<String, Long> eventsByDay = this.rollups.byDay(tenant.id(), from, UsageRollups.EVENTS);
		Map<String, Long> costByDay = this.rollups.byDay(tenant.id(), from, UsageRollups.COST_CENTS);
		List<Map<String, Object>> byService = new ArrayList<>();
		eventsByService.forEach(
				(service, events) -> byService.add(usageRow("service", service, events, costByService.get(service))));
		List<Map<String, Object>> byDay = new ArrayList<>();
		eventsByDay.forEach((date, events) -> byDay.add(usageRow("date", date, events, costByDay.get(date))));
		Map<String, Object> usage = new LinkedHashMap<>();
		usage.put("window", this.query.window());
		usage.put("event_count", eventsByService.values().stream().mapToLong(Long::longValue).sum());
		usage.put("cost_cents", costByService.values().stream().mapToLong(Long::longValue).sum());
		usage.put("by_service", byService);
		usage.put("by_day", byDay);
		return usage;
	}

	/**
	 * One row of {@code usage.by_service} or {@code usage.by_day}, in the documented
	 * field order.
	 */
	private static Map<String, Object> usageRow(String keyName, String key, long events, @Nullable Long costCents) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put(keyName, key);
		row.put("events", events);
		row.put("cost_cents", costCents);
		return row;
	}

	private List<Map<String, Object>> currentMonthBuckets(Tenant tenant) {
		LocalDate monthStart = UsageRollups.monthStart(this.now);
		UsageLimits limits = this.sources.limits();
		List<Map<String, Object>> buckets = new ArrayList<>();
		for (String metric : List.of("rows_read", "rows_written")) {
			long mine = this.rollups.total(tenant.id(), "database", monthStart, UsageRollups.metric(metric));
			long total = this.rollups.total(null, "database", monthStart, UsageRollups.metric(metric));
			if (total == 0 && !this.query.emptyBuckets()) {
				continue;
			}
			Map<String, Object> bucket = new LinkedHashMap<>();
			bucket.put("service", "database");
			bucket.put("metric", metric);
			bucket.put("this_tenant_used", mine);
			bucket.put("account_total_used", total);
			bucket.put("account_limit",
					"rows_read".equals(metric) ? limits.claimedRowsReadBucket() : limits.claimedRowsWrittenBucket());
			bucket.put("this_tenant_pct_of_account", percent(mine, total));
			bucket.put("fluid_overflow", true);
			buckets.add(bucket);
		}
		return buckets;
	}

	private Map<String, Object> accountCost() {
		LocalDate monthStart = UsageRollups.monthStart(this.now);
		LocalDate lastMonthStart = monthStart.minusMonths(1);
		long thisMonth = this.rollups.total(null, null, monthStart, UsageRollups.COST_CENTS)
				+ this.sources.account().chargedCentsThisMonth(this.now);
		long lastMonth = this.rollups.total(null, null, lastMonthStart, UsageRollups.COST_CENTS)
				- this.rollups.total(null, null, monthStart, UsageRollups.COST_CENTS);
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("this_month_cents", thisMonth);
		map.put("last_month_cents", lastMonth);
		map.put("by_service", costByService(monthStart));
		map.put("by_tenant", costRows("tenant_id", this.rollups.byTenant(monthStart, UsageRollups.COST_CENTS)));
		map.put("by_day", costRows("date", this.rollups.byDay(null, monthStart, UsageRollups.COST_CENTS)));
		return map;
	}

	private List<Map<String, Object>> costByService(LocalDate from) {
		Map<String, Long> byService = this.rollups.byService(null, from, UsageRollups.COST_CENTS);
		long charges = this.sources.account().chargedCentsThisMonth(this.now);
		if (charges > 0) {
			byService.merge("managed-agents", charges, Long::sum);
		}
		return costRows("service", byService);
	}

	/**
	 * {@code [{<keyName>: key, cost_cents: n}, ...]}, in the documented field order.
	 */
	private static List<Map<String, Object>> costRows(String keyName, Map<String, Long> costs) {
		List<Map<String, Object>> rows = new ArrayList<>();
		costs.forEach((key, cents) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put(keyName, key);
			row.put("cost_cents", cents);
			rows.add(row);
		});
		return rows;
	}

	private List<Tenant> focusedTenants() {
		String focus = this.query.tenantId();
		List<Tenant> tenants = (focus == null) ? this.accountTenants
				: this.accountTenants.stream().filter((tenant) -> tenant.id().equals(focus)).toList();
		return tenants.subList(0, Math.min(tenants.size(), this.caps.tenantsEnumeratedMax()));
	}

	private Map<String, Object> perTenant(Function<Tenant, Object> value) {
		Map<String, Object> byTenant = new LinkedHashMap<>();
		for (Tenant tenant : focusedTenants()) {
			byTenant.put(tenant.id(), value.apply(tenant));
		}
		return byTenant;
	}

	private LocalDate windowStart() {
		return LocalDate.ofInstant(this.now, ZoneOffset.UTC).minusDays(PlanCaps.days(this.query.window()) - 1L);
	}

	private static double percent(long part, long whole) {
		return (whole > 0) ? Math.round(10_000.0 * part / whole) / 100.0 : 0.0;
	}

}
