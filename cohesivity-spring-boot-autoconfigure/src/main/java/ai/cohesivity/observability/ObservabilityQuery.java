/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

import ai.cohesivity.core.CohesivityRequest;

/**
 * The query parameters of {@code GET /api/observability}. Start from {@link #defaults()}
 * (no parameter at all: Cohesivity's default slices and window) and narrow it:
 *
 * <pre class="code">
 * ObservabilityQuery.defaults()
 *     .include(ObservabilitySlice.SUMMARY, ObservabilitySlice.EVENTS)
 *     .window(ObservabilityWindow.LAST_30_DAYS)
 *     .since(Instant.parse("2026-04-27T00:00:00Z"));
 * </pre>
 *
 * @param tenantId {@code tenant_id}: focus one tenant (account context is still
 * returned), or {@code null}
 * @param include {@code include}: the slices to return; empty for Cohesivity's default
 * ({@code summary,tenants,buckets,cost,notifications})
 * @param window {@code window}: the rollup window, or {@code null} for Cohesivity's
 * default
 * @param since {@code since}: delta poll of events, ledger and notifications after this
 * instant, or {@code null}
 * @param cursor {@code cursor}: continue a page (a {@code next_cursor} passed back
 * unchanged; it wins over {@code since}), or {@code null}
 * @param limit {@code limit}: page size (capped per plan), or {@code null}
 * @param emptyBuckets {@code empty_buckets}: whether zero-usage buckets are listed too,
 * or {@code null} for Cohesivity's default ({@code false})
 */
public record ObservabilityQuery(@Nullable String tenantId, Set<ObservabilitySlice> include,
		@Nullable ObservabilityWindow window, @Nullable Instant since, @Nullable String cursor, @Nullable Integer limit,
		@Nullable Boolean emptyBuckets) {

	private static final ObservabilityQuery DEFAULTS = new ObservabilityQuery(null, Set.of(), null, null, null, null,
			null);

	/**
	 * Validate the query.
	 * @param tenantId the tenant to focus
	 * @param include the slices
	 * @param window the window
	 * @param since the delta start
	 * @param cursor the page cursor
	 * @param limit the page size
	 * @param emptyBuckets whether zero-usage buckets are listed
	 */
	public ObservabilityQuery {
		Assert.isTrue(limit == null || limit > 0, "limit must be positive");
		include = include.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(include));
	}

	/**
	 * Return the query without any parameter: Cohesivity's defaults.
	 * @return the default query
	 */
	public static ObservabilityQuery defaults() {
		return DEFAULTS;
	}

	/**
	 * Return a copy focused on one tenant.
	 * @param tenantId the tenant id, or {@code null} for the whole account
	 * @return the new query
	 */
	public ObservabilityQuery tenant(@Nullable String tenantId) {
		return new ObservabilityQuery(tenantId, this.include, this.window, this.since, this.cursor, this.limit,
				this.emptyBuckets);
	}

	/**
	 * Return a copy that includes exactly these slices.
	 * @param slices the slices; none for Cohesivity's default
	 * @return the new query
	 */
	public ObservabilityQuery include(ObservabilitySlice... slices) {
		Set<ObservabilitySlice> include = (slices.length == 0) ? Set.of() : EnumSet.copyOf(Arrays.asList(slices));
		return new ObservabilityQuery(this.tenantId, include, this.window, this.since, this.cursor, this.limit,
				this.emptyBuckets);
	}

	/**
	 * Return a copy with another window.
	 * @param window the window, or {@code null} for Cohesivity's default
	 * @return the new query
	 */
	public ObservabilityQuery window(@Nullable ObservabilityWindow window) {
		return new ObservabilityQuery(this.tenantId, this.include, window, this.since, this.cursor, this.limit,
				this.emptyBuckets);
	}

	/**
	 * Return a copy that asks only for events, ledger entries and notifications after an
	 * instant.
	 * @param since the instant, or {@code null} for no delta
	 * @return the new query
	 */
	public ObservabilityQuery since(@Nullable Instant since) {
		return new ObservabilityQuery(this.tenantId, this.include, this.window, since, this.cursor, this.limit,
				this.emptyBuckets);
	}

	/**
	 * Return a copy that continues a page.
	 * @param cursor a {@code next_cursor} from an earlier answer, or {@code null}
	 * @return the new query
	 */
	public ObservabilityQuery cursor(@Nullable String cursor) {
		return new ObservabilityQuery(this.tenantId, this.include, this.window, this.since, cursor, this.limit,
				this.emptyBuckets);
	}

	/**
	 * Return a copy with a page size.
	 * @param limit the page size (capped per plan by Cohesivity), or {@code null}
	 * @return the new query
	 */
	public ObservabilityQuery limit(@Nullable Integer limit) {
		return new ObservabilityQuery(this.tenantId, this.include, this.window, this.since, this.cursor, limit,
				this.emptyBuckets);
	}

	/**
	 * Return a copy that also lists (or not) zero-usage buckets.
	 * @param emptyBuckets whether zero-usage buckets are listed, or {@code null} for
	 * Cohesivity's default
	 * @return the new query
	 */
	public ObservabilityQuery emptyBuckets(@Nullable Boolean emptyBuckets) {
		return new ObservabilityQuery(this.tenantId, this.include, this.window, this.since, this.cursor, this.limit,
				emptyBuckets);
	}

	/**
	 * Return the request for this query. Values travel as URI variables, encoded by the
	 * client; only the parameters that are set are sent.
	 * @return the request
	 */
	CohesivityRequest toRequest() {
		List<String> parameters = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		add(parameters, values, "tenant_id", this.tenantId);
		if (!this.include.isEmpty()) {
			// fixed slice names, written as the documentation writes them: commas
			// unescaped
			parameters.add("include=" + this.include.stream()
				.sorted()
				.map(ObservabilitySlice::wireName)
				.collect(Collectors.joining(",")));
		}
		add(parameters, values, "window", (this.window != null) ? this.window.wireName() : null);
		add(parameters, values, "since", (this.since != null) ? this.since.toString() : null);
		add(parameters, values, "cursor", this.cursor);
		add(parameters, values, "limit", this.limit);
		add(parameters, values, "empty_buckets", this.emptyBuckets);
		String query = parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
		return CohesivityRequest.of(HttpMethod.GET, "/api/observability" + query, values.toArray());
	}

	private static void add(List<String> parameters, List<Object> values, String name, @Nullable Object value) {
		if (value != null) {
			parameters.add(name + "={" + name + "}");
			values.add(value);
		}
	}

}
