package ai.cohesivity.emulator.observability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.cohesivity.emulator.http.ApiError;

/**
 * The per-plan caps of {@code /api/observability} (free, plus, pro), echoed under
 * {@code limits_for_this_response}.
 *
 * @param plan the plan name
 * @param maxWindowDays the longest {@code window} in days
 * @param eventsMax events per call
 * @param ledgerMax ledger entries per call
 * @param notificationsMax notifications per call
 * @param tenantsEnumeratedMax tenants listed per call
 * @param recentEventsMax recent events per call
 * @param rateLimitPerMinute observability calls per minute
 */
record PlanCaps(String plan, int maxWindowDays, int eventsMax, int ledgerMax, int notificationsMax,
		int tenantsEnumeratedMax, int recentEventsMax, int rateLimitPerMinute) {

	static final List<String> WINDOWS = List.of("24h", "7d", "30d", "90d");

	static PlanCaps of(String plan) {
		return switch (plan) {
			case "plus" -> new PlanCaps("plus", 30, 200, 100, 100, 200, 200, 120);
			case "pro" -> new PlanCaps("pro", 90, 1000, 500, 500, 1000, 500, 300);
			default -> new PlanCaps("free", 7, 50, 25, 25, 50, 50, 60);
		};
	}

	static int days(String window) {
		return switch (window) {
			case "24h" -> 1;
			case "7d" -> 7;
			case "30d" -> 30;
			case "90d" -> 90;
			default ->
				throw ApiError.control(400, "invalid_window", "Unknown window '" + window + "': use one of " + WINDOWS);
		};
	}

	/**
	 * The window actually served: the requested one, capped at the plan's longest.
	 */
	String cap(String window) {
		return (days(window) <= this.maxWindowDays) ? window : this.maxWindowDays + "d";
	}

	Map<String, Object> toMap(String window) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("plan", this.plan);
		map.put("window", window);
		map.put("events_max", this.eventsMax);
		map.put("ledger_max", this.ledgerMax);
		map.put("notifications_max", this.notificationsMax);
		map.put("tenants_enumerated_max", this.tenantsEnumeratedMax);
		map.put("recent_events_max", this.recentEventsMax);
		map.put("rate_limit_per_minute", this.rateLimitPerMinute);
		return map;
	}

}
