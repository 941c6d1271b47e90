package ai.cohesivity.emulator.observability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import ai.cohesivity.emulator.accounts.EmulatorAccount;
import ai.cohesivity.emulator.accounts.UsageLedger;
import ai.cohesivity.emulator.support.WireFormats;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * The paged slices of {@code /api/observability} — events, recent events, ledger,
 * notifications: {@code since} for delta polls, {@code cursor} to continue a page (it
 * wins over {@code since}), {@code limit} capped by the plan, and a {@code next_cursor}
 * while more items follow.
 */
final class ObservabilityPages {

	private final ObservabilityQuery query;

	private final PlanCaps caps;

	ObservabilityPages(ObservabilityQuery query, PlanCaps caps) {
		this.query = query;
		this.caps = caps;
	}

	/**
	 * The account's events in the window, after the since/cursor position: one page plus
	 * one more event (to tell whether a next page exists).
	 */
	List<UsageLedger.UsageEvent> events(List<UsageLedger.UsageEvent> all, List<Tenant> accountTenants,
			LocalDate windowStart) {
		Instant from = windowStart.atStartOfDay(ZoneOffset.UTC).toInstant();
		long after = this.query.after("evt");
		Instant since = (after == 0) ? this.query.since() : null;
		String focus = this.query.tenantId();
		List<String> account = accountTenants.stream().map(Tenant::id).toList();
		return all.stream()
			.filter((event) -> account.contains(event.tenantId()))
			.filter((event) -> focus == null || focus.equals(event.tenantId()))
			.filter((event) -> !event.ts().isBefore(from))
			.filter((event) -> event.id() > after && (since == null || event.ts().isAfter(since)))
			.limit(this.query.pageSize(this.caps.eventsMax()) + 1L)
			.toList();
	}

	Map<String, Object> eventsSlice(List<UsageLedger.UsageEvent> page) {
		int size = this.query.pageSize(this.caps.eventsMax());
		List<UsageLedger.UsageEvent> items = page.subList(0, Math.min(size, page.size()));
		Map<String, Object> slice = new LinkedHashMap<>();
		slice.put("items", items.stream().map(ObservabilityPages::eventMap).toList());
		slice.put("next_cursor", (page.size() > size) ? "evt_" + items.get(items.size() - 1).id() : null);
		return slice;
	}

	Map<String, Object> recentEvents(List<UsageLedger.UsageEvent> page) {
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

	Map<String, Object> notifications(List<EmulatorAccount.Notification> all) {
		return page("ntf", this.caps.notificationsMax(), all, EmulatorAccount.Notification::id,
				EmulatorAccount.Notification::ts, EmulatorAccount.Notification::toMap);
	}

	Map<String, Object> ledger(List<EmulatorAccount.LedgerEntry> all) {
		return page("led", this.caps.ledgerMax(), all, EmulatorAccount.LedgerEntry::id, EmulatorAccount.LedgerEntry::ts,
				EmulatorAccount.LedgerEntry::toMap);
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

}
