/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.health;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import ai.cohesivity.autoconfigure.EmulatorContexts;
import ai.cohesivity.autoconfigure.health.CohesivityHealthContributorAutoConfiguration;
import ai.cohesivity.observability.EmulatorWorkload;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code cohesivity} health component against the emulator over HTTP, one tenant
 * state per test.
 */
class CohesivityHealthIndicatorTests {

	private static CohesivityEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = CohesivityEmulator.builder().start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void upForAnActiveClaimedTenantWithItsDatabase() {
		EmulatorTenant tenant = EmulatorWorkload.claimedTenantWithDatabase(emulator);
		Health health = health(tenant);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("tenantId", tenant.tenantId())
			.containsEntry("lifecycle", "claimed")
			.containsEntry("state", "active")
			.containsEntry("edgeSession", "minted")
			.containsEntry("database", "answered SELECT 1")
			.containsKey("runtimeProfile")
			.doesNotContainKeys("expiresAt", "claim", "reason");
		assertNoKey(health, tenant);
	}

	@Test
	void upWithExpiryDetailsForAnEphemeralTenant() {
		EmulatorTenant tenant = emulator.createTenant();
		Health health = health(tenant);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("lifecycle", "ephemeral")
			.containsEntry("expiresAt", tenant.expiresAt().truncatedTo(ChronoUnit.MILLIS).toString())
			.containsEntry("database", "not provisioned");
		Duration timeLeft = Duration.parse((String) health.getDetails().get("timeLeft"));
		assertThat(timeLeft).isPositive()
			.isLessThanOrEqualTo(Duration.between(Instant.now(), tenant.expiresAt()).plusSeconds(1));
		assertThat((String) health.getDetails().get("claim")).contains("POST /api/claim/url");
		assertNoKey(health, tenant);
	}

	@Test
	void downForAPausedTenantWithTheClaimHint() {
		EmulatorTenant tenant = emulator.createTenant();
		emulator.provision(tenant.tenantId(), "database");
		emulator.admin().pause(tenant.tenantId());
		Health health = health(tenant);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "paused").containsEntry("state", "paused");
		assertThat((String) health.getDetails().get("recovery")).contains("claim it", "POST /api/claim/url");
		assertNoKey(health, tenant);
	}

	@Test
	void downForAPausedTenantWithoutManagementKeyFromTheEdgeAnswer() {
		EmulatorTenant tenant = emulator.createTenant();
		emulator.provision(tenant.tenantId(), "database");
		emulator.admin().pause(tenant.tenantId());
		Health health = health(runner(tenant).withPropertyValues("cohesivity.management-key="));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "paused")
			.containsEntry("lifecycle", "unknown (no management key)");
	}

	@Test
	void downForAnExpiredTenant() {
		EmulatorTenant tenant = emulator.createTenant();
		emulator.admin().expire(tenant.tenantId());
		Health health = health(tenant);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "expired");
		assertThat((String) health.getDetails().get("recovery")).contains("cannot be recovered",
				"npx @cohesivity/init");
		assertNoKey(health, tenant);
	}

	@Test
	void downForABadApplicationKey() {
		EmulatorTenant tenant = EmulatorWorkload.claimedTenantWithDatabase(emulator);
		Health health = health(
				runner(tenant).withPropertyValues("cohesivity.application-key=coh_app_00000000000000000000"));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "invalid_application_key");
		assertThat((String) health.getDetails().get("recovery")).contains("cohesivity.application-key");
		assertThat(health.toString()).doesNotContain("coh_app_00000000000000000000");
	}

	@Test
	void downForABadManagementKey() {
		EmulatorTenant tenant = EmulatorWorkload.claimedTenantWithDatabase(emulator);
		Health health = health(
				runner(tenant).withPropertyValues("cohesivity.management-key=coh_man_00000000000000000000"));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "invalid_management_key");
		assertThat(health.toString()).doesNotContain("coh_man_00000000000000000000");
	}

	@Test
	void downAsUnreachableWhenNothingListens() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		EmulatorTenant tenant = EmulatorWorkload.claimedTenantWithDatabase(emulator);
		Health health = health(runner(tenant).withPropertyValues("cohesivity.base-url=http://127.0.0.1:" + port,
				"cohesivity.retry.max-attempts=1", "cohesivity.health.timeout=10s"));
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "unreachable");
	}

	@Test
	void downAsTimeoutWhenCohesivityIsSlowerThanTheTimeout() {
		EmulatorTenant tenant = EmulatorWorkload.claimedTenantWithDatabase(emulator);
		try (CohesivityEmulator slow = CohesivityEmulator.builder().start()) {
			EmulatorTenant slowTenant = EmulatorWorkload.claimedTenantWithDatabase(slow);
			slow.admin().latency(Duration.ofSeconds(20), Duration.ZERO);
			Health health = health(EmulatorContexts.runner(slow, slowTenant)
				.withConfiguration(AutoConfigurations.of(CohesivityHealthContributorAutoConfiguration.class))
				.withPropertyValues("cohesivity.health.timeout=200ms"));
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason", "timeout");
		}
		assertThat(tenant).isNotNull();
	}

	@Test
	void aFreshCachedResultSendsNoRequest() {
		EmulatorTenant tenant = EmulatorWorkload.claimedTenantWithDatabase(emulator);
		runner(tenant).run((context) -> {
			CohesivityHealthIndicator indicator = context.getBean(CohesivityHealthIndicator.class);
			Health first = indicator.health().block();
			Map<String, Long> before = counts();
			for (int i = 0; i < 5; i++) {
				assertThat(indicator.health().block()).isSameAs(first);
			}
			assertThat(counts()).isEqualTo(before);
		});
	}

	@Test
	void aZeroCacheTtlChecksEveryTime() {
		EmulatorTenant tenant = EmulatorWorkload.claimedTenantWithDatabase(emulator);
		runner(tenant).withPropertyValues("cohesivity.health.cache-ttl=0s").run((context) -> {
			CohesivityHealthIndicator indicator = context.getBean(CohesivityHealthIndicator.class);
			long before = emulator.requestCount("GET", "/api/status");
			indicator.health().block();
			indicator.health().block();
			assertThat(emulator.requestCount("GET", "/api/status") - before).isEqualTo(2);
		});
	}

	private static Map<String, Long> counts() {
		return Map.of("status", emulator.requestCount("GET", "/api/status"), "session",
				emulator.requestCount("POST", "/edge/session"), "database",
				emulator.requestCount("POST", "/edge/database"));
	}

	private static ApplicationContextRunner runner(EmulatorTenant tenant) {
		return EmulatorContexts.runner(emulator, tenant)
			.withConfiguration(AutoConfigurations.of(CohesivityHealthContributorAutoConfiguration.class));
	}

	private static Health health(EmulatorTenant tenant) {
		return health(runner(tenant));
	}

	private static Health health(ApplicationContextRunner runner) {
		Health[] health = new Health[1];
		runner.run((context) -> {
			assertThat(context).hasNotFailed();
			health[0] = context.getBean(CohesivityHealthIndicator.class).health().block(Duration.ofSeconds(30));
		});
		return health[0];
	}

	private static void assertNoKey(Health health, EmulatorTenant tenant) {
		assertThat(health.toString()).doesNotContain(tenant.managementKey(), tenant.applicationKey(), "coh_man_",
				"coh_app_");
	}

}
