/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.metrics;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.core.ScriptedServer;
import ai.cohesivity.management.ManagementApi;
import ai.cohesivity.observability.EmulatorWorkload;
import ai.cohesivity.observability.ObservabilityClient;
import ai.cohesivity.observability.ObservabilityPoller;
import ai.cohesivity.observability.VirtualTimePolling;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CohesivityObservabilityMetrics} fed by a poller against the emulator (and a
 * scripted server for shapes the emulator does not produce).
 */
class CohesivityObservabilityMetricsTests {

	private static final Duration INTERVAL = Duration.ofMinutes(1);

	private static final String PATH = "/api/observability";

	private final VirtualTimePolling time = new VirtualTimePolling();

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private CohesivityEmulator emulator;

	private ObservabilityPoller poller;

	@BeforeEach
	void startEmulator() {
		this.emulator = CohesivityEmulator.builder().start();
	}

	@AfterEach
	void stop() {
		if (this.poller != null) {
			this.poller.close();
		}
		this.emulator.close();
	}

	@Test
	void afterAKnownWorkloadTheGaugesEqualTheEmulatorsOwnNumbers() {
		EmulatorTenant tenant = EmulatorWorkload.claimedTenantWithDatabase(this.emulator);
		EmulatorWorkload.topUp(this.emulator, tenant, 700);
		int queries = EmulatorWorkload.insertRows(EmulatorWorkload.edgeClient(this.emulator, tenant.applicationKey()),
				"notes", 5, 3);
		this.poller = this.time.poller(
				new ObservabilityClient(EmulatorWorkload.managementApi(this.emulator, tenant.managementKey())),
				INTERVAL);
		new CohesivityObservabilityMetrics(this.poller).bindTo(this.registry);
		this.time.start(this.poller);
		JsonNode own = EmulatorWorkload.rawObservability(this.emulator, tenant.managementKey(), "empty_buckets=true");
		// 5 INSERTs of 3 rows: 15 rows written, in 6 edge database queries (with the
		// CREATE TABLE)
		assertThat(bucket("used", "rows_written")).isEqualTo(15.0)
			.isEqualTo(ownBucket(own, "rows_written").path("used_account_total").asDouble());
		assertThat(queries).isEqualTo(6);
		assertThat(bucket("limit", "rows_written")).isEqualTo(ownBucket(own, "rows_written").path("limit").asDouble());
		assertThat(bucket("used.percent", "rows_written"))
			.isEqualTo(ownBucket(own, "rows_written").path("pct_account").asDouble());
		assertThat(bucket("used", "rows_read"))
			.isEqualTo(ownBucket(own, "rows_read").path("used_account_total").asDouble());
		JsonNode wallet = own.path("account").path("wallet");
		assertThat(gauge("cohesivity.wallet.balance")).isEqualTo(wallet.path("balance_cents").asDouble());
		assertThat(gauge("cohesivity.wallet.available")).isEqualTo(wallet.path("available_cents").asDouble());
		assertThat(gauge("cohesivity.wallet.reserved")).isEqualTo(wallet.path("reserved_cents").asDouble());
		assertThat(gauge("cohesivity.wallet.monthly.grant")).isEqualTo(wallet.path("monthly_grant_cents").asDouble());
		assertThat(gauge("cohesivity.wallet.topup.this.month")).isEqualTo(700.0)
			.isEqualTo(wallet.path("this_month_topup_cents").asDouble());
		assertThat(gauge("cohesivity.wallet.spent.this.month"))
			.isEqualTo(wallet.path("this_month_spent_cents").asDouble());
		for (JsonNode cost : wallet.path("spent_by_service_this_month")) {
			assertThat(this.registry.get("cohesivity.wallet.service.spent.this.month")
				.tag("service", cost.path("service").asString())
				.gauge()
				.value()).isEqualTo(cost.path("cost_cents").asDouble());
		}
		assertThat(gauge("cohesivity.account.cost.this.month"))
			.isEqualTo(own.path("account_cost").path("this_month_cents").asDouble());
		assertThat(gauge("cohesivity.account.cost.last.month"))
			.isEqualTo(own.path("account_cost").path("last_month_cents").asDouble());
		assertThat(this.registry.get("cohesivity.tenants.by.lifecycle").tag("lifecycle", "claimed").gauge().value())
			.isEqualTo(1.0);
		assertThat(this.registry.get("cohesivity.tenants.by.status").tag("status", "active").gauge().value())
			.isEqualTo(1.0);
		assertThat(gauge("cohesivity.tenants.paused")).isZero();
		assertThat(gauge("cohesivity.rate.limits.pressured")).isEqualTo(own.path("rate_limits_pressured").size());
		for (JsonNode advisory : own.path("advisories")) {
			assertThat(this.registry.get("cohesivity.advisories")
				.tag("code", advisory.path("code").asString())
				.gauge()
				.value()).isPositive();
		}
		double notifications = this.registry.find("cohesivity.notifications")
			.gauges()
			.stream()
			.mapToDouble((gauge) -> gauge.value())
			.sum();
		assertThat(notifications).isEqualTo(own.path("notifications").path("items").size()).isPositive();
		assertThat(this.registry.get("cohesivity.observability.poll.requests").functionCounter().count())
			.isEqualTo(1.0);
		assertThat(this.registry.get("cohesivity.observability.snapshot.age").timeGauge().value(TimeUnit.SECONDS))
			.isZero();
	}

	@Test
	void beforeTheFirstSnapshotGaugesAreNaN() {
		EmulatorTenant tenant = EmulatorWorkload.claimedTenantWithDatabase(this.emulator);
		this.poller = this.time.poller(
				new ObservabilityClient(EmulatorWorkload.managementApi(this.emulator, tenant.managementKey())),
				INTERVAL);
		new CohesivityObservabilityMetrics(this.poller).bindTo(this.registry);
		assertThat(gauge("cohesivity.wallet.balance")).isNaN();
		assertThat(this.registry.get("cohesivity.observability.snapshot.age").timeGauge().value(TimeUnit.SECONDS))
			.isNaN();
		assertThat(this.registry.find("cohesivity.bucket.used").gauges()).isEmpty();
	}

	@Test
	void additiveRowsStayAtZeroAndBucketRowsFollowTheSnapshotAndTagsAreCapped() throws IOException {
		try (ScriptedServer server = new ScriptedServer()) {
			server.enqueue(PATH, ScriptedServer.json(200,
					"""
							{"advisories":[{"code":"fluid_low"},{"code":"paused_tenant"},{"code":"paused_tenant"},
							  {"code":"third"},{"code":"coh_man_abcdefghij0123456789"}],
							 "shared_buckets":[{"service":"database","metric":"rows_read","window":"month","used_account_total":3}]}
							"""));
			server.respond(PATH, (request) -> ScriptedServer.json(200, "{\"advisories\":[{\"code\":\"fluid_low\"}]}"));
			ManagementApi api = ManagementApi.builder(server.connection("coh_man_abcdefghij0123456789", null))
				.configurer(ScriptedServer.configurer(RetrySettings.defaults()))
				.build();
			this.poller = this.time.poller(new ObservabilityClient(api), INTERVAL);
			new CohesivityObservabilityMetrics(this.poller, 2).bindTo(this.registry);
			this.time.start(this.poller);
			assertThat(advisories()).hasSize(2);
			assertThat(advisory("fluid_low")).isEqualTo(1.0);
			assertThat(advisory("paused_tenant")).isEqualTo(2.0);
			assertThat(this.registry.get("cohesivity.bucket.used").gauges()).hasSize(1);
			this.time.advance(this.poller, INTERVAL);
			assertThat(advisory("fluid_low")).isEqualTo(1.0);
			assertThat(advisory("paused_tenant")).isZero();
			assertThat(this.registry.find("cohesivity.bucket.used").gauges()).isEmpty();
			assertThat(this.registry.getMeters()).flatExtracting((meter) -> meter.getId().getTags())
				.noneMatch((tag) -> tag.getValue().contains("coh_man_"));
		}
	}

	private java.util.List<Meter> advisories() {
		return this.registry.find("cohesivity.advisories").meters().stream().toList();
	}

	private double advisory(String code) {
		return this.registry.get("cohesivity.advisories").tag("code", code).gauge().value();
	}

	private double gauge(String name) {
		return this.registry.get(name).gauge().value();
	}

	private double bucket(String suffix, String metric) {
		return this.registry.get("cohesivity.bucket." + suffix)
			.tags("service", "database", "metric", metric, "window", "month")
			.gauge()
			.value();
	}

	private static JsonNode ownBucket(JsonNode own, String metric) {
		for (JsonNode bucket : own.path("shared_buckets")) {
			if (metric.equals(bucket.path("metric").asString())) {
				return bucket;
			}
		}
		throw new AssertionError("no bucket " + metric + " in " + own.path("shared_buckets"));
	}

}
