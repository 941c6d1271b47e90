package ai.cohesivity.emulator.observability;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.server.ServerRequest;

import ai.cohesivity.emulator.http.ApiError;

/**
 * The validated query parameters of {@code GET /api/observability}: {@code tenant_id},
 * {@code include}, {@code window}, {@code since}, {@code cursor}, {@code limit},
 * {@code empty_buckets}.
 *
 * @param tenantId the tenant to focus on, if any
 * @param include the slices to include
 * @param requestedWindow the window asked for
 * @param window the window served (capped by the plan)
 * @param since only items after this instant
 * @param cursor continue a page: {@code evt_N}, {@code led_N} or {@code ntf_N}
 * @param limit page size asked for
 * @param emptyBuckets whether zero-usage buckets are listed
 */
record ObservabilityQuery(@Nullable String tenantId, Set<String> include, String requestedWindow, String window,
		@Nullable Instant since, @Nullable String cursor, @Nullable Integer limit, boolean emptyBuckets) {

	static final List<String> SLICES = List.of("summary", "tenants", "buckets", "cost", "notifications", "events",
			"ledger", "deploy_history", "end_user_sessions", "poller_health", "webhook_history", "recent_events");

	static final String DEFAULT_INCLUDE = "summary,tenants,buckets,cost,notifications";

	static ObservabilityQuery parse(ServerRequest request, PlanCaps caps) {
		Set<String> include = new LinkedHashSet<>();
		for (String slice : request.queryParam("include").orElse(DEFAULT_INCLUDE).split(",")) {
			String name = slice.trim();
			if (name.isEmpty()) {
				continue;
			}
			if (!SLICES.contains(name)) {
				throw ApiError.control(400, "invalid_include",
						"Unknown include slice '" + name + "': use any of " + SLICES);
			}
			include.add(name);
		}
		String requestedWindow = request.queryParam("window").orElse("7d");
		String window = caps.cap(requestedWindow);
		Instant since = null;
		String sinceText = request.queryParam("since").orElse(null);
		if (sinceText != null && !sinceText.isBlank()) {
			try {
				since = Instant.parse(sinceText);
			}
			catch (DateTimeParseException ex) {
				throw ApiError.control(400, "invalid_since", "since must be an ISO-8601 UTC timestamp such as"
						+ " 2026-04-27T00:00:00Z, not '" + sinceText + "'");
			}
		}
		Integer limit = null;
		String limitText = request.queryParam("limit").orElse(null);
		if (limitText != null) {
			try {
				limit = Integer.parseInt(limitText);
			}
			catch (NumberFormatException ex) {
				limit = -1;
			}
			if (limit < 1) {
				throw ApiError.control(400, "invalid_limit",
						"limit must be a positive integer, not '" + limitText + "'");
			}
		}
		String cursor = request.queryParam("cursor").filter((value) -> !value.isBlank()).orElse(null);
		if (cursor != null && !cursor.matches("(evt|led|ntf)_[0-9]+")) {
			throw ApiError.control(400, "invalid_cursor", "Unknown cursor: pass back a next_cursor value unchanged");
		}
		return new ObservabilityQuery(request.queryParam("tenant_id").orElse(null), include, requestedWindow, window,
				since, cursor, limit, "true".equalsIgnoreCase(request.queryParam("empty_buckets").orElse("false")));
	}

	boolean includes(String slice) {
		return this.include.contains(slice);
	}

	/**
	 * The page size for a slice: the requested limit, capped at the plan's maximum.
	 */
	int pageSize(int planMax) {
		return (this.limit != null) ? Math.min(this.limit, planMax) : planMax;
	}

	/**
	 * Where a page of ids with this prefix starts: after the cursor when it is for this
	 * slice, else from the beginning.
	 */
	long after(String prefix) {
		if (this.cursor != null && this.cursor.startsWith(prefix + "_")) {
			return Long.parseLong(this.cursor.substring(prefix.length() + 1));
		}
		return 0;
	}

}
