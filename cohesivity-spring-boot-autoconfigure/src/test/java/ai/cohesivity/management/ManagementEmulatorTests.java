/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import ai.cohesivity.emulator.ProvisioningAnswer;
import ai.cohesivity.emulator.WaitOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The control-plane clients, built with {@link ManagementApi#builder}, against the
 * emulator over real HTTP.
 */
class ManagementEmulatorTests {

	private static CohesivityEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = CohesivityEmulator.builder().start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	private static ManagementApi managementApi(EmulatorTenant tenant) {
		return ManagementApi.builder(CohesivityConnection.of(emulator.baseUrl(), tenant.managementKey(), null)).build();
	}

	@AfterEach
	void resetWireVariants() {
		emulator.admin().reset();
	}

	private static ClaimClient claims(EmulatorTenant tenant) {
		return new ClaimClient(managementApi(tenant), Duration.ofMillis(50), Duration.ofMinutes(1));
	}

	@Test
	void aGetOnlyWaitEndpointIsPolledWithGetAfterThe405() {
		emulator.admin().waitAcceptsPost(false);
		emulator.admin().waitBlob(null, null);
		EmulatorTenant tenant = emulator.createTenant();
		emulator.admin().finishClaimWait(tenant.tenantId(), WaitOutcome.CLAIMED);
		ClaimClient claims = claims(tenant);
		ClaimStart claim = claims.start().block(Duration.ofSeconds(10));
		assertThat(claim.waitBlob().method()).isNull();
		ClaimResult result = claims.awaitClaimed(claim).block(Duration.ofSeconds(20));
		assertThat(result.status()).isEqualTo("claimed");
		assertThat(result.tenantId()).isEqualTo(tenant.tenantId());
		assertThat(emulator.requestCount("POST", "/api/wait")).isOne();
		assertThat(emulator.requestCount("GET", "/api/wait")).isOne();
	}

	@Test
	void theBlobsMethodIsFollowed() {
		emulator.admin().waitBlob("GET", 1);
		EmulatorTenant tenant = emulator.createTenant();
		emulator.admin().finishClaimWait(tenant.tenantId(), WaitOutcome.COMPLETED);
		ClaimClient claims = claims(tenant);
		ClaimStart claim = claims.start().block(Duration.ofSeconds(10));
		assertThat(claim.waitBlob().pollInterval()).isEqualTo(Duration.ofSeconds(1));
		ClaimResult result = claims.awaitClaimed(claim).block(Duration.ofSeconds(20));
		assertThat(result.status()).as("completed is a success too").isEqualTo("completed");
		assertThat(emulator.requestCount("POST", "/api/wait")).isZero();
		assertThat(emulator.requestCount("GET", "/api/wait")).isOne();
	}

	@ParameterizedTest
	@EnumSource(value = WaitOutcome.class, names = { "EXPIRED", "DENIED", "CANCELLED", "FAILED" })
	void aFailedClaimFailsAtTheFirstPollThatSaysSo(WaitOutcome outcome) {
		EmulatorTenant tenant = emulator.createTenant();
		emulator.admin().finishClaimWait(tenant.tenantId(), outcome);
		ClaimClient claims = claims(tenant);
		ClaimStart claim = claims.start().block(Duration.ofSeconds(10));
		assertThatExceptionOfType(WaitFailedException.class)
			.isThrownBy(() -> claims.awaitClaimed(claim).block(Duration.ofSeconds(20)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(outcome.status()))
			.withMessageContaining("start a new claim");
		assertThat(emulator.requestCount("POST", "/api/wait")).isOne();
	}

	@Test
	void claimFlowEndToEnd() throws Exception {
		EmulatorTenant tenant = emulator.createTenant();
		ManagementApi api = managementApi(tenant);
		ClaimClient claims = new ClaimClient(api, Duration.ofMillis(50), Duration.ofMinutes(1));
		ClaimStart claim = claims.start().block(Duration.ofSeconds(10));
		assertThat(claim.approvalUrl()).startsWith(emulator.baseUrl() + "/c/");
		long waitsBefore = emulator.requestCount("POST", "/api/wait");
		CompletableFuture<ClaimResult> result = claims.awaitClaimed(claim).toFuture();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> emulator.requestCount("POST", "/api/wait") - waitsBefore >= 2);
		assertThat(result).isNotDone();
		emulator.admin().approveClaim(tenant.tenantId());
		assertThat(result.get(10, TimeUnit.SECONDS).lifecycle()).isEqualTo("claimed");
		TenantStatus status = new StatusClient(api).status().block(Duration.ofSeconds(10));
		assertThat(status.lifecycle()).isEqualTo("claimed");
	}

	@Test
	void provisionsTheDatabaseWithARegionAlias() {
		EmulatorTenant tenant = emulator.createTenant();
		ManagementApi api = managementApi(tenant);
		ResourcesClient resources = new ResourcesClient(api);
		ProvisionResult first = resources.provision("database", Map.of("write_region", "eu"))
			.block(Duration.ofSeconds(10));
		assertThat(first.isReady()).isTrue();
		assertThat(first.region()).isEqualTo("weur");
		ProvisionResult again = resources.provision("database", null).block(Duration.ofSeconds(10));
		assertThat(again.alreadyProvisioned()).isTrue();
		assertThat(new StatusClient(api).status().block(Duration.ofSeconds(10)).resources()).contains("database");
	}

	@ParameterizedTest
	@EnumSource(ProvisioningAnswer.class)
	void provisioningIsReadyOnEveryDocumentedAnswer(ProvisioningAnswer answer) {
		EmulatorTenant tenant = emulator.createTenant();
		ResourcesClient resources = new ResourcesClient(managementApi(tenant));
		long statusBefore = emulator.requestCount("GET", "/api/status");
		emulator.admin().provisioningAnswer(answer);
		try {
			ProvisionResult result = resources.provisionReady("database", null, Duration.ofSeconds(30))
				.block(Duration.ofSeconds(40));
			assertThat(result.isReady()).isTrue();
		}
		finally {
			emulator.admin().provisioningAnswer(ProvisioningAnswer.FULL);
		}
		// Only the answer that says nothing (204) is confirmed through the status.
		assertThat(emulator.requestCount("GET", "/api/status") - statusBefore)
			.isEqualTo((answer == ProvisioningAnswer.NO_CONTENT) ? 1 : 0);
		assertThat(new StatusClient(managementApi(tenant)).status().block(Duration.ofSeconds(10)).resources())
			.contains("database");
	}

	@Test
	void controlPlaneWithoutAManagementKeyFailsOnFirstUseWithoutARequest() {
		EmulatorTenant tenant = emulator.createTenant();
		long before = emulator.requestCount("GET", "/api/status");
		ManagementApi api = ManagementApi
			.builder(CohesivityConnection.of(emulator.baseUrl(), null, tenant.applicationKey()))
			.build();
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> new StatusClient(api).status().block(Duration.ofSeconds(10)))
			.withMessage("No Cohesivity management key is configured");
		assertThat(emulator.requestCount("GET", "/api/status")).isEqualTo(before);
	}

}
