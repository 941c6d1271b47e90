package ai.cohesivity.emulator.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every metered thing tenants did: a bounded tail of individual usage events (for the
 * events page) plus exact per-tenant, per-service, per-day totals (for rollups, buckets
 * and the wallet; saved in the data directory).
 */
public final class UsageLedger {

	public static final int EVENTS_KEPT = 10_000;

	private final AtomicLong ids = new AtomicLong();

	private final Deque<UsageEvent> tail = new ArrayDeque<>();

	private final Map<DayKey, DailyUsage> daily = new ConcurrentHashMap<>();

	public UsageEvent record(Instant now, String tenantId, String service, String operation, Map<String, Long> metrics,
			long costCents) {
		long id = this.ids.incrementAndGet();
		UsageEvent event = new UsageEvent(id, now, tenantId, service, operation, metrics, costCents, "req_" + id);
		synchronized (this.tail) {
			this.tail.addLast(event);
			if (this.tail.size() > EVENTS_KEPT) {
				this.tail.removeFirst();
			}
		}
		DailyUsage usage = this.daily.computeIfAbsent(
				new DayKey(tenantId, service, LocalDate.ofInstant(now, ZoneOffset.UTC)), (key) -> new DailyUsage());
		usage.events.increment();
		usage.costCents.add(costCents);
		metrics.forEach((name, value) -> usage.metrics.computeIfAbsent(name, (n) -> new LongAdder()).add(value));
		return event;
	}

	/**
	 * The kept events, oldest first.
	 */
	public List<UsageEvent> events() {
		synchronized (this.tail) {
			return new ArrayList<>(this.tail);
		}
	}

	public Map<DayKey, DailyUsage> daily() {
		return this.daily;
	}

	public void clear() {
		synchronized (this.tail) {
			this.tail.clear();
		}
		this.daily.clear();
	}

	/**
	 * The per-day totals, for saving in the data directory.
	 */
	public List<Map<String, Object>> dailyTotals() {
		List<Map<String, Object>> totals = new ArrayList<>();
		this.daily.forEach((key, usage) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("tenant_id", key.tenantId());
			item.put("service", key.service());
			item.put("date", key.date().toString());
			item.put("events", usage.events.sum());
			item.put("cost_cents", usage.costCents.sum());
			Map<String, Long> metrics = new LinkedHashMap<>();
			usage.metrics.forEach((name, value) -> metrics.put(name, value.sum()));
			item.put("metrics", metrics);
			totals.add(item);
		});
		return totals;
	}

	@SuppressWarnings("unchecked")
	public void restoreDailyTotals(List<Map<String, Object>> totals) {
		for (Map<String, Object> item : totals) {
			DailyUsage usage = new DailyUsage();
			usage.events.add(((Number) item.get("events")).longValue());
			usage.costCents.add(((Number) item.get("cost_cents")).longValue());
			((Map<String, Object>) item.getOrDefault("metrics", Map.of()))
				.forEach((name, value) -> usage.metrics.computeIfAbsent(name, (n) -> new LongAdder())
					.add(((Number) value).longValue()));
			this.daily.put(new DayKey((String) item.get("tenant_id"), (String) item.get("service"),
					LocalDate.parse((String) item.get("date"))), usage);
		}
	}

	public static String month(Instant instant) {
		return instant.toString().substring(0, 7);
	}

	/**
	 * One metered request.
	 */
	public record UsageEvent(long id, Instant ts, String tenantId, String service, String operation,
			Map<String, Long> metrics, long costCents, String requestId) {
	}

	/**
	 * Totals for one tenant, service and UTC day.
	 */
	public record DayKey(String tenantId, String service, LocalDate date) {
	}

	/**
	 * Running totals of one {@link DayKey}.
	 */
	public static final class DailyUsage {

		final LongAdder events = new LongAdder();

		final LongAdder costCents = new LongAdder();

		final Map<String, LongAdder> metrics = new ConcurrentHashMap<>();

		public long metric(String name) {
			LongAdder adder = this.metrics.get(name);
			return (adder != null) ? adder.sum() : 0;
		}

	}

}
