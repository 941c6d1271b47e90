/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

import ai.cohesivity.core.KeyRedactor;
import ai.cohesivity.observability.ObservabilityPoller;
import ai.cohesivity.observability.ObservabilitySnapshot;
import ai.cohesivity.observability.PollFailureReason;

/**
 * {@link MeterBinder} for the Cohesivity account, fed by the one
 * {@link ObservabilityPoller}: every gauge is a lookup into the poller's last snapshot,
 * so scrapes never cause requests, and a failed poll leaves every gauge at its last value
 * while {@code cohesivity.observability.snapshot.age} grows. Before the first snapshot
 * the gauges read {@code NaN}.
 * <p>
 * Fixed gauges (never removed): wallet balance, reserved, available, monthly grant, this
 * month's top-ups and spending, account cost this and last month, paused tenants, buckets
 * under rate-limit pressure, snapshot age; counters of poll requests and failures (by
 * reason). Sets that change are {@link MultiGauge}s, capped at a number of distinct tag
 * values per meter: spending by service, tenants by lifecycle and by status, advisories
 * by code and notifications by severity keep a row for every value seen, at {@code 0}
 * when absent; the shared buckets' rows follow the snapshot (a bucket no longer listed is
 * removed). Tags are bounded: services, metrics, windows, lifecycles, statuses, codes and
 * severities — never a tenant or request id.
 */
public class CohesivityObservabilityMetrics implements MeterBinder {

	/**
	 * The default cap on distinct tag values per meter.
	 */
	public static final int DEFAULT_MAX_TAG_VALUES = 50;

	private static final int MAX_TAG_LENGTH = 64;

	private static final String CENTS = "cents";

	private final ObservabilityPoller poller;

	private final int maxTagValues;

	private final List<List<Rows>> boundRows = new ArrayList<>();

	private boolean listening;

	/**
	 * Create the binder with the default cap on distinct tag values.
	 * @param poller the poller whose snapshot the meters read
	 */
	public CohesivityObservabilityMetrics(ObservabilityPoller poller) {
		this(poller, DEFAULT_MAX_TAG_VALUES);
	}

	/**
	 * Create the binder.
	 * @param poller the poller whose snapshot the meters read
	 * @param maxTagValues the most distinct tag values (rows) per multi-row meter
	 */
	public CohesivityObservabilityMetrics(ObservabilityPoller poller, int maxTagValues) {
		this.poller = poller;
		this.maxTagValues = maxTagValues;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		walletGauge(registry, "cohesivity.wallet.balance", "Wallet balance",
				ObservabilitySnapshot.Wallet::balanceCents);
		walletGauge(registry, "cohesivity.wallet.reserved", "Wallet amount reserved by pending charges",
				ObservabilitySnapshot.Wallet::reservedCents);
		walletGauge(registry, "cohesivity.wallet.available", "Wallet amount available to spend",
				ObservabilitySnapshot.Wallet::availableCents);
		walletGauge(registry, "cohesivity.wallet.monthly.grant", "Monthly grant of the wallet",
				ObservabilitySnapshot.Wallet::monthlyGrantCents);
		walletGauge(registry, "cohesivity.wallet.topup.this.month", "Top-ups credited to the wallet this month",
				ObservabilitySnapshot.Wallet::thisMonthTopupCents);
		walletGauge(registry, "cohesivity.wallet.spent.this.month", "Spent from the wallet this month",
				ObservabilitySnapshot.Wallet::thisMonthSpentCents);
		snapshotGauge(registry, "cohesivity.account.cost.this.month", CENTS, "Account cost this month", (
				snapshot) -> number((snapshot.accountCost() != null) ? snapshot.accountCost().thisMonthCents() : null));
		snapshotGauge(registry, "cohesivity.account.cost.last.month", CENTS, "Account cost last month", (
				snapshot) -> number((snapshot.accountCost() != null) ? snapshot.accountCost().lastMonthCents() : null));
		snapshotGauge(registry, "cohesivity.tenants.paused", null, "Paused tenants of the account",
				(snapshot) -> number(
						(snapshot.tenantsSummary() != null) ? snapshot.tenantsSummary().pausedCount() : null));
		snapshotGauge(registry, "cohesivity.rate.limits.pressured", null,
				"Shared buckets at 50 percent or more of their limit",
				(snapshot) -> snapshot.rateLimitsPressured().size());
		TimeGauge
			.builder("cohesivity.observability.snapshot.age", this.poller, TimeUnit.MILLISECONDS,
					(poller) -> millis(poller.snapshotAge()))
			.description("Age of the last observability snapshot (grows while polls fail)")
			.strongReference(true)
			.register(registry);
		FunctionCounter
			.builder("cohesivity.observability.poll.requests", this.poller, ObservabilityPoller::requestCount)
			.description("Requests sent to GET /api/observability")
			.register(registry);
		for (PollFailureReason reason : PollFailureReason.values()) {
			FunctionCounter
				.builder("cohesivity.observability.poll.failures", this.poller, (poller) -> poller.failureCount(reason))
				.description("Failed observability polls")
				.tag("reason", reason.tagValue())
				.register(registry);
		}
		List<Rows> rows = List.of(
				new Rows(rows(registry, "cohesivity.wallet.service.spent.this.month", CENTS,
						"Spent from the wallet this month, by service", true), this::spentByService),
				new Rows(rows(registry, "cohesivity.bucket.used", null, "Used amount of a shared bucket", false),
						(snapshot) -> buckets(snapshot, ObservabilitySnapshot.SharedBucket::usedAccountTotal)),
				new Rows(rows(registry, "cohesivity.bucket.limit", null, "Limit of a shared bucket", false),
						(snapshot) -> buckets(snapshot, ObservabilitySnapshot.SharedBucket::limit)),
				new Rows(
						rows(registry, "cohesivity.bucket.used.percent", "percent",
								"Used share of a shared bucket's limit", false),
						(snapshot) -> buckets(snapshot, ObservabilitySnapshot.SharedBucket::pctAccount)),
				new Rows(
						rows(registry, "cohesivity.tenants.by.lifecycle", null, "Tenants of the account by lifecycle",
								true),
						(snapshot) -> counts("lifecycle",
								(snapshot.tenantsSummary() != null) ? snapshot.tenantsSummary().byLifecycle()
										: Map.of())),
				new Rows(rows(registry, "cohesivity.tenants.by.status", null, "Tenants of the account by status", true),
						(snapshot) -> counts("status",
								(snapshot.tenantsSummary() != null) ? snapshot.tenantsSummary().byStatus() : Map.of())),
				new Rows(rows(registry, "cohesivity.advisories", null, "Advisories of the account, by code", true),
						this::advisories),
				new Rows(
						rows(registry, "cohesivity.notifications", null,
								"Notifications in the latest snapshot's page, by severity", true),
						this::notifications));
		synchronized (this.boundRows) {
			this.boundRows.add(rows);
			if (!this.listening) {
				this.listening = true;
				this.poller.addSnapshotListener(this::update);
			}
			else {
				ObservabilitySnapshot current = this.poller.state().snapshot();
				if (current != null) {
					rows.forEach((row) -> row.update(current));
				}
			}
		}
	}

	private void update(ObservabilitySnapshot snapshot) {
		synchronized (this.boundRows) {
			for (List<Rows> rows : this.boundRows) {
				rows.forEach((row) -> row.update(snapshot));
			}
		}
	}

	private void walletGauge(MeterRegistry registry, String name, String description,
			Function<ObservabilitySnapshot.Wallet, @Nullable Long> value) {
		snapshotGauge(registry, name, CENTS, description, (snapshot) -> {
			ObservabilitySnapshot.Wallet wallet = snapshot.wallet();
			return (wallet != null) ? number(value.apply(wallet)) : Double.NaN;
		});
	}

	private void snapshotGauge(MeterRegistry registry, String name, @Nullable String baseUnit, String description,
			ToDoubleFunction<ObservabilitySnapshot> value) {
		Gauge.builder(name, this.poller, (poller) -> {
			ObservabilitySnapshot snapshot = poller.state().snapshot();
			return (snapshot != null) ? value.applyAsDouble(snapshot) : Double.NaN;
		}).description(description).baseUnit(baseUnit).strongReference(true).register(registry);
	}

	private SnapshotRows rows(MeterRegistry registry, String name, @Nullable String baseUnit, String description,
			boolean zeroFill) {
		MultiGauge gauge = MultiGauge.builder(name).description(description).baseUnit(baseUnit).register(registry);
		return new SnapshotRows(name, gauge, this.maxTagValues, zeroFill);
	}

	private Map<Tags, Double> spentByService(ObservabilitySnapshot snapshot) {
		Map<Tags, Double> rows = new LinkedHashMap<>();
		ObservabilitySnapshot.Wallet wallet = snapshot.wallet();
		if (wallet != null) {
			for (ObservabilitySnapshot.ServiceCost cost : wallet.spentByServiceThisMonth()) {
				put(rows, Tags.of("service", tag(cost.service())), number(cost.costCents()));
			}
		}
		return rows;
	}

	private Map<Tags, Double> buckets(ObservabilitySnapshot snapshot,
			Function<ObservabilitySnapshot.SharedBucket, @Nullable Double> value) {
		Map<Tags, Double> rows = new LinkedHashMap<>();
		for (ObservabilitySnapshot.SharedBucket bucket : snapshot.sharedBuckets()) {
			put(rows, Tags.of("service", tag(bucket.service()), "metric", tag(bucket.metric()), "window",
					tag(bucket.window())), number(value.apply(bucket)));
		}
		return rows;
	}

	private Map<Tags, Double> counts(String tagKey, Map<String, Long> counts) {
		Map<Tags, Double> rows = new LinkedHashMap<>();
		counts.forEach((value, count) -> put(rows, Tags.of(tagKey, tag(value)), count.doubleValue()));
		return rows;
	}

	private Map<Tags, Double> advisories(ObservabilitySnapshot snapshot) {
		Map<Tags, Double> rows = new LinkedHashMap<>();
		snapshot.advisories().forEach((advisory) -> put(rows, Tags.of("code", tag(advisory.code())), 1.0));
		return rows;
	}

	private Map<Tags, Double> notifications(ObservabilitySnapshot snapshot) {
		Map<Tags, Double> rows = new LinkedHashMap<>();
		if (snapshot.notifications() != null) {
			snapshot.notifications()
				.items()
				.forEach((notification) -> put(rows, Tags.of("severity", tag(notification.severity())), 1.0));
		}
		return rows;
	}

	private static void put(Map<Tags, Double> rows, Tags tags, double value) {
		if (tags.stream().noneMatch((tag) -> tag.getValue().isEmpty())) {
			rows.merge(tags, value, (a, b) -> (Double.isNaN(a) || Double.isNaN(b)) ? Double.NaN : a + b);
		}
	}

	/**
	 * A bounded, safe tag value: a short token of letters, digits and {@code _ . : -};
	 * {@code unknown} when absent, empty (the row is left out) when it could carry a key.
	 */
	static String tag(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return "unknown";
		}
		if (KeyRedactor.containsKey(value)) {
			return "";
		}
		String cleaned = value.strip().replaceAll("[^A-Za-z0-9_.:-]", "_");
		return (cleaned.length() > MAX_TAG_LENGTH) ? cleaned.substring(0, MAX_TAG_LENGTH) : cleaned;
	}

	private static double number(@Nullable Number value) {
		return (value != null) ? value.doubleValue() : Double.NaN;
	}

	private static double millis(@Nullable Duration age) {
		return (age != null) ? age.toMillis() : Double.NaN;
	}

	private record Rows(SnapshotRows rows, Function<ObservabilitySnapshot, Map<Tags, Double>> values) {

		void update(ObservabilitySnapshot snapshot) {
			this.rows.update(this.values.apply(snapshot));
		}

	}

}
