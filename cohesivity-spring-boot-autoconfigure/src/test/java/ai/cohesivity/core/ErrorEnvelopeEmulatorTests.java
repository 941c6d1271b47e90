/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EdgeErrorFormat;
import ai.cohesivity.emulator.EmulatorTenant;
import ai.cohesivity.emulator.WireProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.http.HttpMethod;

import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.management.ManagementApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every typed exception, raised from the emulator's real error envelopes, in both wire
 * profiles, through clients built without an application context.
 */
class ErrorEnvelopeEmulatorTests {

	private static final RetrySettings FAST = new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50),
			Duration.ofSeconds(60));

	private static final Map<WireProfile, CohesivityEmulator> emulators = new EnumMap<>(WireProfile.class);

	private CohesivityEmulator emulator;

	private final List<EdgeClient> clients = new ArrayList<>();

	private CohesivityEmulator start(WireProfile profile) {
		this.emulator = emulators.computeIfAbsent(profile,
				(key) -> CohesivityEmulator.builder().wireProfile(key).start());
		return this.emulator;
	}

	@AfterEach
	void resetLimits() {
		this.clients.forEach(EdgeClient::close);
		if (this.emulator != null) {
			this.emulator.admin().edgeRateLimit(0);
			this.emulator.admin().edgePlanLimit(0);
			this.emulator.admin().edgeErrorFormat(EdgeErrorFormat.OBJECT);
			this.emulator.admin().rateLimitSignals(true, true);
			this.emulator.admin().failRequests("/edge/session", 429, 0);
		}
	}

	@AfterAll
	static void stopEmulators() {
		emulators.values().forEach(CohesivityEmulator::close);
	}

	private EmulatorTenant provisionedTenant() {
		EmulatorTenant tenant = this.emulator.createTenant();
		this.emulator.provision(tenant.tenantId(), "database");
		return tenant;
	}

	private CohesivityConnection connection(EmulatorTenant tenant) {
		return CohesivityConnection.of(this.emulator.baseUrl(), tenant.managementKey(), tenant.applicationKey());
	}

	private EdgeClient edgeClient(CohesivityConnection connection, RetrySettings retry) {
		EdgeClient client = EdgeClient.builder(connection)
			.configurer(CohesivityClientConfigurer.builder().retrySettings(retry).build())
			.build();
		this.clients.add(client);
		return client;
	}

	private EdgeClient edgeClient(EmulatorTenant tenant) {
		return edgeClient(connection(tenant), FAST);
	}

	private ManagementApi managementApi(EmulatorTenant tenant) {
		return ManagementApi.builder(connection(tenant))
			.configurer(CohesivityClientConfigurer.builder().retrySettings(FAST).build())
			.build();
	}

	private static Runnable select(EdgeClient client) {
		return () -> client.post("/edge/database", Map.of("query", "SELECT 1"), true).block(Duration.ofSeconds(20));
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void sqlErrorCarriesTheSqliteMessage(WireProfile profile) {
		start(profile);
		EdgeClient client = edgeClient(provisionedTenant());
		assertThatExceptionOfType(CohesivityApiException.class)
			.isThrownBy(() -> client.post("/edge/database", Map.of("query", "SELECT * FROM missing"), true).block())
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400))
			.satisfies((ex) -> assertThat(ex).isExactlyInstanceOf(CohesivityApiException.class))
			.withMessageContaining("no such table: missing");
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void invalidApplicationKeyIsUnauthorized(WireProfile profile) {
		start(profile);
		EmulatorTenant tenant = provisionedTenant();
		EdgeClient client = edgeClient(CohesivityConnection.of(this.emulator.baseUrl(), tenant.managementKey(),
				"coh_app_zzzzzzzzzzzzzzzzzzzz"), FAST);
		assertThatExceptionOfType(CohesivityUnauthorizedException.class).isThrownBy(() -> select(client).run())
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(401))
			.withMessageNotContaining("[Cohesivity]");
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void notProvisioned(WireProfile profile) {
		start(profile);
		EdgeClient client = edgeClient(this.emulator.createTenant());
		assertThatExceptionOfType(CohesivityNotProvisionedException.class).isThrownBy(() -> select(client).run())
			.withMessageContaining("not provisioned");
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void pausedTenant(WireProfile profile) {
		start(profile);
		EmulatorTenant tenant = provisionedTenant();
		EdgeClient client = edgeClient(tenant);
		select(client).run();
		this.emulator.admin().pause(tenant.tenantId());
		assertThatExceptionOfType(CohesivityTenantPausedException.class).isThrownBy(() -> select(client).run())
			.satisfies((ex) -> assertThat(ex.tenantState()).isEqualTo("paused"))
			.satisfies((ex) -> assertThat(ex.pauseReasonKind()).isNotBlank());
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void expiredTenant(WireProfile profile) {
		start(profile);
		EmulatorTenant tenant = provisionedTenant();
		EdgeClient client = edgeClient(tenant);
		select(client).run();
		this.emulator.admin().expire(tenant.tenantId());
		assertThatExceptionOfType(CohesivityTenantExpiredException.class).isThrownBy(() -> select(client).run())
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(410))
			.satisfies((ex) -> assertThat(ex.tenantState()).isEqualTo("expired"));
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void perMinuteRateLimitIsRetryableAndPlanLimitIsNot(WireProfile profile) {
		start(profile);
		EmulatorTenant tenant = provisionedTenant();
		EdgeClient client = edgeClient(connection(tenant),
				new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ZERO));
		this.emulator.admin().edgeRateLimit(1);
		// Three calls in quick succession: at least two fall into the same UTC minute.
		assertThatExceptionOfType(CohesivityRateLimitedException.class).isThrownBy(() -> {
			for (int call = 0; call < 3; call++) {
				select(client).run();
			}
		})
			.satisfies((ex) -> assertThat(ex.isRetryable()).isTrue())
			.satisfies((ex) -> assertThat(ex.windowKind()).isEqualTo("utc_minute"))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isNotNull());
		this.emulator.admin().edgeRateLimit(0);
		this.emulator.admin().edgePlanLimit(1);
		assertThatExceptionOfType(CohesivityRateLimitedException.class).isThrownBy(() -> select(client).run())
			.satisfies((ex) -> assertThat(ex.isRetryable()).isFalse())
			.satisfies((ex) -> assertThat(ex.windowKind()).isEqualTo("all_time"));
	}

	@ParameterizedTest
	@EnumSource(EdgeErrorFormat.class)
	void tenantStatesAndKeysAreClassifiedInEveryErrorFamily(EdgeErrorFormat format) {
		start(WireProfile.MINIMAL);
		this.emulator.admin().edgeErrorFormat(format);
		assertThatExceptionOfType(CohesivityNotProvisionedException.class)
			.isThrownBy(() -> select(edgeClient(this.emulator.createTenant())).run())
			.withMessageStartingWith("Service not provisioned");
		EmulatorTenant tenant = provisionedTenant();
		assertThatExceptionOfType(CohesivityUnauthorizedException.class)
			.isThrownBy(() -> select(edgeClient(CohesivityConnection.of(this.emulator.baseUrl(), tenant.managementKey(),
					"coh_app_zzzzzzzzzzzzzzzzzzzz"), FAST))
				.run())
			.withMessageNotContaining("[Cohesivity]");
		EdgeClient client = edgeClient(tenant);
		select(client).run();
		this.emulator.admin().pause(tenant.tenantId());
		assertThatExceptionOfType(CohesivityTenantPausedException.class).isThrownBy(() -> select(client).run())
			.withMessageStartingWith("Tenant paused");
		this.emulator.admin().expire(tenant.tenantId());
		assertThatExceptionOfType(CohesivityTenantExpiredException.class).isThrownBy(() -> select(client).run())
			.withMessageStartingWith("Tenant expired");
	}

	@Test
	void mintRateLimitedWithRetryAfterButNoWindowKindIsRetried() {
		start(WireProfile.MINIMAL);
		EdgeClient client = edgeClient(provisionedTenant());
		this.emulator.admin().rateLimitSignals(true, false);
		this.emulator.admin().failRequests("/edge/session", 429, 1.0);
		long before = this.emulator.requestCount("POST", "/edge/session");
		long queriesBefore = this.emulator.requestCount("POST", "/edge/database");
		assertThatExceptionOfType(CohesivityRateLimitedException.class).isThrownBy(() -> select(client).run())
			.satisfies((ex) -> assertThat(ex.windowKind()).isNull())
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(1)))
			.satisfies((ex) -> assertThat(ex.isRetryable()).isTrue());
		assertThat(this.emulator.requestCount("POST", "/edge/session") - before).isEqualTo(FAST.maxAttempts());
		assertThat(this.emulator.requestCount("POST", "/edge/database")).isEqualTo(queriesBefore);
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void observabilityRequiresClaim(WireProfile profile) {
		start(profile);
		ManagementApi api = managementApi(provisionedTenant());
		assertThatExceptionOfType(CohesivityObservabilityRequiresClaimException.class)
			.isThrownBy(() -> api.send(CohesivityRequest.of(HttpMethod.GET, "/api/observability"), true)
				.block(Duration.ofSeconds(20)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(403))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("observability_requires_claim"));
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void paymentRequiredCarriesTheTopupUrl(WireProfile profile) {
		start(profile);
		EmulatorTenant tenant = provisionedTenant();
		this.emulator.admin().approveClaim(tenant.tenantId());
		ManagementApi api = managementApi(tenant);
		assertThatExceptionOfType(CohesivityPaymentRequiredException.class)
			.isThrownBy(
					() -> api
						.send(CohesivityRequest.of(HttpMethod.POST, "/api/agents")
							.withBody(Map.of("agent_type", "hermes", "plan", "pro")), false)
						.block(Duration.ofSeconds(20)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("insufficient_credits"))
			.satisfies((ex) -> assertThat(ex.topupUrl()).startsWith(this.emulator.baseUrl()));
	}

}
