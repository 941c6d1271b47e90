/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import ai.cohesivity.emulator.WireProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpMethod;

import ai.cohesivity.autoconfigure.EmulatorContexts;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.management.ManagementApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every typed exception, raised from the emulator's real error envelopes, in both wire
 * profiles.
 */
class ErrorEnvelopeEmulatorTests {

	private static final Map<WireProfile, CohesivityEmulator> emulators = new EnumMap<>(WireProfile.class);

	private CohesivityEmulator emulator;

	private CohesivityEmulator start(WireProfile profile) {
		this.emulator = emulators.computeIfAbsent(profile,
				(key) -> CohesivityEmulator.builder().wireProfile(key).start());
		return this.emulator;
	}

	@AfterEach
	void resetLimits() {
		if (this.emulator != null) {
			this.emulator.admin().edgeRateLimit(0);
			this.emulator.admin().edgePlanLimit(0);
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

	private static Runnable select(EdgeClient client) {
		return () -> client.post("/edge/database", Map.of("query", "SELECT 1"), true).block(Duration.ofSeconds(20));
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void sqlErrorCarriesTheSqliteMessage(WireProfile profile) {
		start(profile);
		EmulatorContexts.runner(this.emulator, provisionedTenant()).run((context) -> {
			EdgeClient client = context.getBean(EdgeClient.class);
			assertThatExceptionOfType(CohesivityApiException.class)
				.isThrownBy(() -> client.post("/edge/database", Map.of("query", "SELECT * FROM missing"), true).block())
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400))
				.satisfies((ex) -> assertThat(ex).isExactlyInstanceOf(CohesivityApiException.class))
				.withMessageContaining("no such table: missing");
		});
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void invalidApplicationKeyIsUnauthorized(WireProfile profile) {
		start(profile);
		EmulatorTenant tenant = provisionedTenant();
		EmulatorContexts.runner(this.emulator, tenant)
			.withPropertyValues("cohesivity.application-key=coh_app_zzzzzzzzzzzzzzzzzzzz")
			.run((context) -> assertThatExceptionOfType(CohesivityUnauthorizedException.class)
				.isThrownBy(() -> select(context.getBean(EdgeClient.class)).run())
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(401))
				.withMessageNotContaining("[Cohesivity]"));
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void notProvisioned(WireProfile profile) {
		start(profile);
		EmulatorContexts.runner(this.emulator, this.emulator.createTenant())
			.run((context) -> assertThatExceptionOfType(CohesivityNotProvisionedException.class)
				.isThrownBy(() -> select(context.getBean(EdgeClient.class)).run())
				.withMessageContaining("not provisioned"));
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void pausedTenant(WireProfile profile) {
		start(profile);
		EmulatorTenant tenant = provisionedTenant();
		EmulatorContexts.runner(this.emulator, tenant).run((context) -> {
			EdgeClient client = context.getBean(EdgeClient.class);
			select(client).run();
			this.emulator.admin().pause(tenant.tenantId());
			assertThatExceptionOfType(CohesivityTenantPausedException.class).isThrownBy(() -> select(client).run())
				.satisfies((ex) -> assertThat(ex.tenantState()).isEqualTo("paused"))
				.satisfies((ex) -> assertThat(ex.pauseReasonKind()).isNotBlank());
		});
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void expiredTenant(WireProfile profile) {
		start(profile);
		EmulatorTenant tenant = provisionedTenant();
		EmulatorContexts.runner(this.emulator, tenant).run((context) -> {
			EdgeClient client = context.getBean(EdgeClient.class);
			select(client).run();
			this.emulator.admin().expire(tenant.tenantId());
			assertThatExceptionOfType(CohesivityTenantExpiredException.class).isThrownBy(() -> select(client).run())
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(410))
				.satisfies((ex) -> assertThat(ex.tenantState()).isEqualTo("expired"));
		});
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void perMinuteRateLimitIsRetryableAndPlanLimitIsNot(WireProfile profile) {
		start(profile);
		EmulatorTenant tenant = provisionedTenant();
		ApplicationContextRunner runner = EmulatorContexts.runner(this.emulator, tenant)
			.withPropertyValues("cohesivity.retry.max-retry-after=0s");
		runner.run((context) -> {
			EdgeClient client = context.getBean(EdgeClient.class);
			this.emulator.admin().edgeRateLimit(1);
			// Three calls in quick succession: at least two fall into the same UTC
			// minute.
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
		});
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void observabilityRequiresClaim(WireProfile profile) {
		start(profile);
		EmulatorContexts.runner(this.emulator, provisionedTenant())
			.run((context) -> assertThatExceptionOfType(CohesivityObservabilityRequiresClaimException.class)
				.isThrownBy(() -> context.getBean(ManagementApi.class)
					.send(CohesivityRequest.of(HttpMethod.GET, "/api/observability"), true)
					.block(Duration.ofSeconds(20)))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(403))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("observability_requires_claim")));
	}

	@ParameterizedTest
	@EnumSource(WireProfile.class)
	void paymentRequiredCarriesTheTopupUrl(WireProfile profile) {
		start(profile);
		EmulatorTenant tenant = provisionedTenant();
		this.emulator.admin().approveClaim(tenant.tenantId());
		EmulatorContexts.runner(this.emulator, tenant)
			.run((context) -> assertThatExceptionOfType(CohesivityPaymentRequiredException.class)
				.isThrownBy(() -> context.getBean(ManagementApi.class)
					.send(CohesivityRequest.of(HttpMethod.POST, "/api/agents")
						.withBody(Map.of("agent_type", "hermes", "plan", "pro")), false)
					.block(Duration.ofSeconds(20)))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("insufficient_credits"))
				.satisfies((ex) -> assertThat(ex.topupUrl()).startsWith(this.emulator.baseUrl())));
	}

}
