/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.billing;

import java.time.Duration;
import java.util.List;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.core.CohesivityClaimRequiredException;
import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityNetworkException;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.management.ManagementApi;
import ai.cohesivity.observability.ObservabilityClient;
import ai.cohesivity.observability.ObservabilityQuery;
import ai.cohesivity.observability.ObservabilitySlice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link BillingClient} against the emulator over real HTTP.
 */
class BillingEmulatorTests {

	private CohesivityEmulator emulator;

	private EmulatorTenant tenant;

	private ManagementApi api;

	@BeforeEach
	void start() {
		this.emulator = CohesivityEmulator.builder().start();
		this.tenant = this.emulator.createTenant();
		this.api = ManagementApi
			.builder(CohesivityConnection.of(this.emulator.baseUrl(), this.tenant.managementKey(), null))
			.configurer(CohesivityClientConfigurer.builder()
				.retrySettings(
						new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5)))
				.build())
			.build();
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	private void claim() {
		this.emulator.admin().approveClaim(this.tenant.tenantId());
	}

	@Test
	void anEphemeralTenantIsToldToClaimFirst() {
		assertThatExceptionOfType(CohesivityClaimRequiredException.class)
			.isThrownBy(() -> new BillingClient(this.api).topUp(1000).block(Duration.ofSeconds(10)))
			.withMessageContaining("ClaimClient.start()");
	}

	@Test
	void plansTopUpAndSubscriptionExposeTheCheckout() {
		claim();
		BillingClient billing = new BillingClient(this.api);
		BillingPlans plans = billing.plans().block(Duration.ofSeconds(10));
		assertThat(plans.plans()).extracting(BillingPlans.Plan::name).contains("free", "plus", "pro");
		assertThat(plans.providerUsagePricing().isObject()).isTrue();
		BillingCheckout topUp = billing.topUp(1500).block(Duration.ofSeconds(10));
		assertThat(topUp.checkoutUrl()).startsWith(this.emulator.baseUrl() + "/checkout/");
		BillingCheckout subscription = billing.subscribe(SubscriptionPlan.PLUS).block(Duration.ofSeconds(10));
		assertThat(subscription.checkoutUrl()).isNotBlank();
		assertThat(subscription.body().path("plan").stringValue()).isEqualTo("plus");
	}

	@ParameterizedTest
	@ValueSource(longs = { 0, 499, 50_001, -500 })
	void aTopUpOutOfRangeIsRefusedBeforeSending(long cents) {
		claim();
		assertThatExceptionOfType(BillingActionRefusedException.class)
			.isThrownBy(() -> new BillingClient(this.api).topUp(cents).block(Duration.ofSeconds(10)))
			.withMessageContaining("500 to 50000 cents")
			.withMessageContaining("nothing was sent");
		assertThat(this.emulator.requestCount("POST", "/api/billing/topup")).isZero();
	}

	@Test
	void aTopUpIsNeverSentTwiceEvenWhenTheConnectionDropsAfterItLanded() {
		claim();
		this.emulator.admin().dropConnectionAfterCommit("/api/billing/topup", 1);
		assertThatExceptionOfType(CohesivityNetworkException.class)
			.isThrownBy(() -> new BillingClient(this.api).topUp(2500).block(Duration.ofSeconds(20)))
			.satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isTrue());
		assertThat(this.emulator.requestCount("POST", "/api/billing/topup")).as("exactly one top-up sent").isOne();
		List<String> ledger = new ObservabilityClient(this.api)
			.ledger(ObservabilityQuery.defaults().include(ObservabilitySlice.LEDGER))
			.map((entry) -> entry.kind() + ":" + entry.amountCents())
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(ledger).as("it landed, once").containsOnlyOnce("topup:2500");
	}

	@Test
	void cancelIsRefusedUnlessAllowed() {
		claim();
		new BillingClient(this.api).subscribe(SubscriptionPlan.PRO).block(Duration.ofSeconds(10));
		assertThatExceptionOfType(BillingActionRefusedException.class)
			.isThrownBy(() -> new BillingClient(this.api).cancelSubscription().block(Duration.ofSeconds(10)))
			.withMessageContaining("cohesivity.billing.allow-cancel=true");
		assertThat(this.emulator.requestCount("POST", "/api/billing/subscription/cancel")).isZero();
		JsonNode cancelled = new BillingClient(this.api, true).cancelSubscription().block(Duration.ofSeconds(10));
		assertThat(cancelled.path("success").asBoolean()).isTrue();
		assertThat(this.emulator.requestCount("POST", "/api/billing/subscription/cancel")).isOne();
	}

}
