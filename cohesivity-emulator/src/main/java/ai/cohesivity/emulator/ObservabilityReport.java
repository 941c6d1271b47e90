package ai.cohesivity.emulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Builds the {@code /api/observability} document from what the account's tenants actually did:
 * the usage ledger, the wallet ledger, notifications and tenant state. Nothing is canned.
 */
final class ObservabilityReport {

	private final EmulatorServices services;

	private final Tenant caller;

	private final ObservabilityQuery query;

	private final PlanCaps caps;

	private final Instant now;

	private final List<Tenant> accountTenants;

	ObservabilityReport(EmulatorServices services, Tenant caller, ObservabilityQuery query, PlanCaps caps) {
		this.services = services;
		this.caller = caller;
		this.query = query;
		this.caps = caps;
		this.now = services.clock().instant();
		this.accountTenants = services.registry().all().stream().filter(Tenant::isClaimed).toList();
	}

	Map<String, Object> build() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("auth", auth(this.caller));
		body.put("generated_at", WireFormats.timestamp(this.now));
		body.put("request_id", "req_" + this.services.credentials().lowercase(16));
		body.put("account", account());
		if (this.query.includes("buckets")) {
			List<Map<String, Object>> buckets = sharedBuckets();
			body.put("shared_buckets", buckets);
			body.put("rate_limits_pressured", buckets.stream()
				.filter((bucket) -> ((Number) bucket.get("pct_account")).doubleValue() >= 50)
				.toList());
		}
		if (this.query.includes("summary")) {
			body.put("tenants_summary", tenantsSummary());
		}
		List<UsageLedger.UsageEvent> events = eventsPage();
		if (this.query.includes("tenants")) {
			body.put("tenants", tenants(events));
		}
		if (this.query.includes("cost")) {
			body.put("account_cost", accountCost());
		}
		if (this.query.includes("notifications")) {
			body.put("notifications",
					page("ntf", this.caps.notificationsMax(), this.services.account().notifications(),
							EmulatorAccount.Notification::id, EmulatorAccount.Notification::ts,
							EmulatorAccount.Notification::toMap));
		}
		if (this.query.includes("events")) {
			body.put("events", eventsSlice(events));
		}
		if (this.query.includes("ledger")) {
			body.put("ledger",
					page("led", this.caps.ledgerMax(), this.services.account().ledger(),
							EmulatorAccount.LedgerEntry::id, EmulatorAccount.LedgerEntry::ts,
							EmulatorAccount.LedgerEntry::toMap));
		}
		if (this.query.includes("deploy_history")) {
			body.put("deploy_history", Map.of("by_tenant", perTenant((tenant) -> List.of())));
		}
		if (this.query.includes("end_user_sessions")) {
			body.put("end_user_sessions",
					Map.of("by_tenant", perTenant((tenant) -> Map.of("active_count", 0, "total_users", 0))));
		}
		if (this.query.includes("poller_health")) {
			Map<String, Object> edge = new LinkedHashMap<>();
			edge.put("last_bucket_end", WireFormats.timestamp(this.now));
			edge.put("age_minutes", 0);
			body.put("poller_health", Map.of("by_source", Map.of("emulator_usage_ledger", edge)));
		}
		if (this.query.includes("webhook_history")) {
			Map<String, Object> webhooks = new LinkedHashMap<>();
			webhooks.put("items", List.of());
			webhooks.put("next_cursor", null);
			body.put("webhook_history", webhooks);
		}
		if (this.query.includes("recent_events")) {
			body.put("recent_events", recentEvents(events));
		}
		body.put("advisories", advisories());
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
		EmulatorAccount account = this.services.account();
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("user_id", EmulatorAccount.USER_ID);
		map.put("email", EmulatorAccount.EMAIL);
		map.put("name", "Emulator Developer");
		map.put("plan", account.plan());
		map.put("enforcement_mode", "enforce");
		map.put("status", "active");
		EmulatorAccount.Subscription subscription = account.subscription();
		map.put("subscription", (subscription != null) ? subscription.toMap() : null);
		map.put("wallet", wallet());
		return map;
	}

	private Map<String, Object> wallet() {
		Wallet wallet = Wallet.of(this.services, this.now);
		YearMonth month = YearMonth.from(LocalDate.ofInstant(this.now, ZoneOffset.UTC));
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("balance_cents", wallet.balanceCents());
		map.put("reserved_cents", 0);
		map.put("available_cents", Math.max(0, wallet.balanceCents()));
		map.put("monthly_grant_cents", wallet.monthlyGrantCents());
		map.put("month_start", month.atDay(1).toString());
		map.put("month_end", month.atEndOfMonth().toString());
		map.put("this_month_topup_cents", wallet.topupThisMonthCents());
		map.put("this_month_spent_cents", wallet.spentThisMonthCents());
		List<Map<String, Object>> byTenant = new ArrayList<>();
		for (Tenant tenant : this.accountTenants) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("tenant_id", tenant.id());
			item.put("cost_cents", sum(tenant.id(), null, month.atDay(1), (usage) -> usage.costCents.sum()));
			item.put("is_self", tenant == this.caller);
			byTenant.add(item);
		}
		map.put("spent_by_tenant_this_month", byTenant);
		map.put("spent_by_service_this_month", costByService(month.atDay(1)));
		return map;
	}

	private List<Map<String, Object>> sharedBuckets() {
		LocalDate monthStart = YearMonth.from(LocalDate.ofInstant(this.now, ZoneOffset.UTC)).atDay(1);
		List<Map<String, Object>> buckets = new ArrayList<>();
		EmulatorSettings settings = this.services.settings();
		addBucket(buckets, "database", "rows_read", settings.claimedRowsReadBucket, monthStart);
		addBucket(buckets, "database", "rows_written", settings.claimedRowsWrittenBucket, monthStart);
		return buckets;
	}

	private void addBucket(List<Map<String, Object>> buckets, String service, String metric, long limit,
			LocalDate from) {
		long total = 0;
		List<Map<String, Object>> byTenant = new ArrayList<>();
		Map<String, Long> used = new LinkedHashMap<>();
		for (Tenant tenant : this.accountTenants) {
			long tenantUsed = sum(tenant.id(), service, from, (usage) -> usage.metric(metric));
			used.put(tenant.id(), tenantUsed);
			total += tenantUsed;
		}
		if (total == 0 && !this.query.emptyBuckets()) {
			return;
		}
		for (Map.Entry<String, Long> entry : used.entrySet()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("tenant_id", entry.getKey());
			item.put("used", entry.getValue());
			item.put("pct_of_account_used", (total > 0) ? round(100.0 * entry.getValue() / total) : 0.0);
			item.put("is_self", entry.getKey().equals(this.caller.id()));
			byTenant.add(item);
		}
		Map<String, Object> bucket = new LinkedHashMap<>();
		bucket.put("service", service);
		bucket.put("metric", metric);
		bucket.put("window", "month");
		bucket.put("limit", limit);
		bucket.put("used_account_total", total);
		bucket.put("pct_account", round(100.0 * total / limit));
		bucket.put("fluid_overflow_enabled", true);
		bucket.put("paused", this.services.account().isDatabasePaused(this.now));
		bucket.put("by_tenant", byTenant);
		buckets.add(bucket);
	}

	private Map<String, Object> tenantsSummary() {
		Map<String, Object> byLifecycle = new TreeMap<>();
		Map<String, Object> byStatus = new TreeMap<>();
		long paused = 0;
		for (Tenant tenant : this.accountTenants) {
			byLifecycle.merge(tenant.lifecycle(), 1L, (a, b) -> (Long) a + (Long) b);
			byStatus.merge(tenant.state(this.now), 1L, (a, b) -> (Long) a + (Long) b);
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
		LocalDate from = windowStart();
		LocalDate monthStart = YearMonth.from(LocalDate.ofInstant(this.now, ZoneOffset.UTC)).atDay(1);
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
			item.put("usage", usage(tenant, from));
			List<Map<String, Object>> monthBuckets = new ArrayList<>();
			for (String metric : List.of("rows_read", "rows_written")) {
				long mine = sum(tenant.id(), "database", monthStart, (usage) -> usage.metric(metric));
				long total = 0;
				for (Tenant other : this.accountTenants) {
					total += sum(other.id(), "database", monthStart, (usage) -> usage.metric(metric));
				}
				if (total == 0 && !this.query.emptyBuckets()) {
					continue;
				}
				Map<String, Object> bucket = new LinkedHashMap<>();
				bucket.put("service", "database");
				bucket.put("metric", metric);
				bucket.put("this_tenant_used", mine);
				bucket.put("account_total_used", total);
				EmulatorSettings settings = this.services.settings();
				bucket.put("account_limit", "rows_read".equals(metric) ? settings.claimedRowsReadBucket
						: settings.claimedRowsWrittenBucket);
				bucket.put("this_tenant_pct_of_account", (total > 0) ? round(100.0 * mine / total) : 0.0);
				bucket.put("fluid_overflow", true);
				monthBuckets.add(bucket);
			}
			item.put("current_month_buckets", monthBuckets);
			item.put("pending_actions", List.of());
			if (this.query.includes("events")) {
				item.put("recent_events", Map.of("items", events.stream()
					.filter((event) -> event.tenantId().equals(tenant.id()))
					.map(ObservabilityReport::eventMap)
					.toList()));
			}
			tenants.add(item);
		}
		return tenants;
	}

	private Map<String, Object> usage(Tenant tenant, LocalDate from) {
		Map<String, long[]> byService = new TreeMap<>();
		Map<LocalDate, long[]> byDay = new TreeMap<>();
		for (Map.Entry<UsageLedger.DayKey, UsageLedger.DailyUsage> entry : this.services.usage().daily().entrySet()) {
			UsageLedger.DayKey key = entry.getKey();
			if (key.tenantId().equals(tenant.id()) && !key.date().isBefore(from)) {
				long events = entry.getValue().events.sum();
				long cost = entry.getValue().costCents.sum();
				add(byService.computeIfAbsent(key.service(), (s) -> new long[2]), events, cost);
				add(byDay.computeIfAbsent(key.date(), (d) -> new long[2]), events, cost);
			}
		}
		long events = 0;
		long cost = 0;
		List<Map<String, Object>> services = new ArrayList<>();
		for (Map.Entry<String, long[]> entry : byService.entrySet()) {
			events += entry.getValue()[0];
			cost += entry.getValue()[1];
			services.add(Map.of("service", entry.getKey(), "events", entry.getValue()[0], "cost_cents",
					entry.getValue()[1]));
		}
		List<Map<String, Object>> days = new ArrayList<>();
		byDay.forEach((date, totals) -> days
			.add(Map.of("date", date.toString(), "events", totals[0], "cost_cents", totals[1])));
		Map<String, Object> usage = new LinkedHashMap<>();
		usage.put("window", this.query.window());
		usage.put("event_count", events);
		usage.put("cost_cents", cost);
		usage.put("by_service", services);
		usage.put("by_day", days);
		return usage;
	}

	private Map<String, Object> accountCost() {
		LocalDate monthStart = YearMonth.from(LocalDate.ofInstant(this.now, ZoneOffset.UTC)).atDay(1);
		LocalDate lastMonthStart = monthStart.minusMonths(1);
		long thisMonth = 0;
		long lastMonth = 0;
		Map<String, Long> byTenant = new TreeMap<>();
		Map<String, Long> byDay = new TreeMap<>();
		for (Map.Entry<UsageLedger.DayKey, UsageLedger.DailyUsage> entry : this.services.usage().daily().entrySet()) {
			if (!isAccountTenant(entry.getKey().tenantId())) {
				continue;
			}
			LocalDate date = entry.getKey().date();
			long cost = entry.getValue().costCents.sum();
			if (!date.isBefore(monthStart)) {
				thisMonth += cost;
				byTenant.merge(entry.getKey().tenantId(), cost, Long::sum);
				byDay.merge(date.toString(), cost, Long::sum);
			}
			else if (!date.isBefore(lastMonthStart)) {
				lastMonth += cost;
			}
		}
		thisMonth += this.services.account().chargedCentsThisMonth(this.now);
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("this_month_cents", thisMonth);
		map.put("last_month_cents", lastMonth);
		map.put("by_service", costByService(monthStart));
		map.put("by_tenant", byTenant.entrySet()
			.stream()
			.map((entry) -> Map.of("tenant_id", entry.getKey(), "cost_cents", entry.getValue()))
			.toList());
		map.put("by_day", byDay.entrySet()
			.stream()
			.map((entry) -> Map.of("date", entry.getKey(), "cost_cents", entry.getValue()))
			.toList());
		return map;
	}

	private List<Map<String, Object>> costByService(LocalDate from) {
		Map<String, Long> byService = new TreeMap<>();
		for (Map.Entry<UsageLedger.DayKey, UsageLedger.DailyUsage> entry : this.services.usage().daily().entrySet()) {
			if (isAccountTenant(entry.getKey().tenantId()) && !entry.getKey().date().isBefore(from)) {
				byService.merge(entry.getKey().service(), entry.getValue().costCents.sum(), Long::sum);
			}
		}
		long charges = this.services.account().chargedCentsThisMonth(this.now);
		if (charges > 0) {
			byService.merge("managed-agents", charges, Long::sum);
		}
		return byService.entrySet()
			.stream()
			.map((entry) -> Map.<String, Object>of("service", entry.getKey(), "cost_cents", entry.getValue()))
			.toList();
	}

	/**
	 * The account's events in the window, after the since/cursor position, one page long.
	 */
	private List<UsageLedger.UsageEvent> eventsPage() {
		Instant windowStart = windowStart().atStartOfDay(ZoneOffset.UTC).toInstant();
		long after = this.query.after("evt");
		Instant since = (after == 0) ? this.query.since() : null;
		String focus = this.query.tenantId();
		return this.services.usage()
			.events()
			.stream()
			.filter((event) -> isAccountTenant(event.tenantId()))
			.filter((event) -> focus == null || focus.equals(event.tenantId()))
			.filter((event) -> !event.ts().isBefore(windowStart))
			.filter((event) -> event.id() > after && (since == null || event.ts().isAfter(since)))
			.limit(this.query.pageSize(this.caps.eventsMax()) + 1L)
			.toList();
	}

	private Map<String, Object> eventsSlice(List<UsageLedger.UsageEvent> page) {
		int size = this.query.pageSize(this.caps.eventsMax());
		List<UsageLedger.UsageEvent> items = page.subList(0, Math.min(size, page.size()));
		Map<String, Object> slice = new LinkedHashMap<>();
		slice.put("items", items.stream().map(ObservabilityReport::eventMap).toList());
		slice.put("next_cursor", (page.size() > size) ? "evt_" + items.get(items.size() - 1).id() : null);
		return slice;
	}

	private Map<String, Object> recentEvents(List<UsageLedger.UsageEvent> page) {
		int size = Math.min(this.query.pageSize(this.caps.recentEventsMax()), page.size());
		List<Map<String, Object>> items = new ArrayList<>();
		for (UsageLedger.UsageEvent event : page.subList(0, size)) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("ts", WireFormats.timestamp(event.ts()));
			item.put("event", event.service() + "." + event.operation());
			item.put("tenant_id", event.tenantId());
			item.put("request_id", event.requestId());
			item.put("status", 200);
			items.add(item);
		}
		Map<String, Object> slice = new LinkedHashMap<>();
		slice.put("items", items);
		slice.put("next_cursor", (page.size() > size && size > 0) ? "evt_" + page.get(size - 1).id() : null);
		return slice;
	}

	static Map<String, Object> eventMap(UsageLedger.UsageEvent event) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", "evt_" + event.id());
		map.put("ts", WireFormats.timestamp(event.ts()));
		map.put("tenant_id", event.tenantId());
		map.put("service", event.service());
		map.put("operation", event.operation());
		map.put("source", "edge");
		map.put("metrics", event.metrics());
		map.put("cost_cents", event.costCents());
		map.put("request_id", event.requestId());
		return map;
	}

	private <T> Map<String, Object> page(String prefix, int planMax, List<T> all, ToLongFunction<T> id,
			Function<T, Instant> ts, Function<T, Map<String, Object>> mapper) {
		long after = this.query.after(prefix);
		Instant since = (after == 0) ? this.query.since() : null;
		int size = this.query.pageSize(planMax);
		List<T> matching = all.stream()
			.filter((item) -> id.applyAsLong(item) > after && (since == null || ts.apply(item).isAfter(since)))
			.limit(size + 1L)
			.toList();
		List<T> items = matching.subList(0, Math.min(size, matching.size()));
		Map<String, Object> slice = new LinkedHashMap<>();
		slice.put("items", items.stream().map(mapper).toList());
		slice.put("next_cursor",
				(matching.size() > size) ? prefix + "_" + id.applyAsLong(items.get(items.size() - 1)) : null);
		return slice;
	}

	private List<Map<String, Object>> advisories() {
		List<Map<String, Object>> advisories = new ArrayList<>();
		Wallet wallet = Wallet.of(this.services, this.now);
		String topupUrl = this.services.baseUrl().get() + "/api/billing/topup";
		if (wallet.balanceCents() <= 0) {
			advisories.add(advisory("fluid_exhausted", "top_up", topupUrl,
					Map.of("balance_cents", wallet.balanceCents())));
		}
		else if (wallet.balanceCents() * 5 < wallet.monthlyGrantCents()) {
			advisories.add(advisory("fluid_low", "top_up", topupUrl, Map.of("balance_cents", wallet.balanceCents())));
		}
		for (Tenant tenant : this.accountTenants) {
			if (tenant.isPaused()) {
				advisories.add(advisory("paused_tenant", "resume_tenant", this.services.baseUrl().get() + "/api/status",
						Map.of("tenant_id", tenant.id())));
			}
		}
		if (this.query.includes("buckets")) {
			for (Map<String, Object> bucket : sharedBuckets()) {
				if (((Number) bucket.get("pct_account")).doubleValue() >= 80) {
					advisories.add(advisory("shared_bucket_pressure", "review_usage", null,
							Map.of("service", bucket.get("service"), "metric", bucket.get("metric"))));
				}
			}
		}
		EmulatorAccount.Subscription subscription = this.services.account().subscription();
		if (subscription != null && subscription.cancelAtPeriodEnd()) {
			advisories.add(advisory("subscription_will_cancel", "resubscribe",
					this.services.baseUrl().get() + "/api/billing/subscription",
					Map.of("current_period_end", WireFormats.timestamp(subscription.periodEnd()))));
		}
		return advisories;
	}

	private static Map<String, Object> advisory(String code, String action, String targetUrl,
			Map<String, Object> fields) {
		Map<String, Object> advisory = new LinkedHashMap<>();
		advisory.put("code", code);
		advisory.put("action", action);
		advisory.put("target_url", targetUrl);
		advisory.putAll(fields);
		return advisory;
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

	private boolean isAccountTenant(String tenantId) {
		Tenant tenant = this.services.registry().byId(tenantId);
		return tenant != null && tenant.isClaimed();
	}

	private LocalDate windowStart() {
		return LocalDate.ofInstant(this.now, ZoneOffset.UTC).minusDays(PlanCaps.days(this.query.window()) - 1L);
	}

	private long sum(String tenantId, String service, LocalDate from,
			ToLongFunction<UsageLedger.DailyUsage> metric) {
		long total = 0;
		for (Map.Entry<UsageLedger.DayKey, UsageLedger.DailyUsage> entry : this.services.usage().daily().entrySet()) {
			UsageLedger.DayKey key = entry.getKey();
			if (key.tenantId().equals(tenantId) && (service == null || key.service().equals(service))
					&& !key.date().isBefore(from)) {
				total += metric.applyAsLong(entry.getValue());
			}
		}
		return total;
	}

	private static void add(long[] totals, long events, long cost) {
		totals[0] += events;
		totals[1] += cost;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
