/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorResponseTranslator}.
 */
class ErrorResponseTranslatorTests {

	private final ErrorResponseTranslator translator = new ErrorResponseTranslator();

	private CohesivityApiException edge(int status, String message, String extra) {
		return this.translator.translate(status, "application/json",
				"{\"error\":{\"code\":" + status + ",\"message\":\"[Cohesivity] " + message + "\"}" + extra + "}",
				null);
	}

	@Test
	void unauthorized() {
		assertThat(edge(401, "Invalid application key", "")).isInstanceOf(CohesivityUnauthorizedException.class)
			.hasMessage("Invalid application key");
	}

	@Test
	void notProvisioned() {
		assertThat(edge(403,
				"Service not provisioned: You must provision \\\"database\\\" via POST /api/resources/database before using the edge",
				""))
			.isInstanceOf(CohesivityNotProvisionedException.class)
			.hasMessageStartingWith("Service not provisioned");
	}

	@Test
	void paused() {
		CohesivityApiException ex = edge(403, "Tenant paused: Claim this tenant to resume service.",
				",\"tenant_state\":\"paused\",\"pause_reason\":{\"kind\":\"all_time_cap\",\"recommended_action\":\"claim_to_lift\"}");
		assertThat(ex).isInstanceOf(CohesivityTenantPausedException.class);
		CohesivityTenantPausedException paused = (CohesivityTenantPausedException) ex;
		assertThat(paused.pauseReasonKind()).isEqualTo("all_time_cap");
		assertThat(paused.recommendedAction()).isEqualTo("claim_to_lift");
		assertThat(paused.tenantState()).isEqualTo("paused");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"error\":\"[Cohesivity] Tenant paused: Claim this tenant to resume service.\"}",
			"{\"error\":\"tenant_paused\",\"message\":\"[Cohesivity] Tenant paused: Claim this tenant.\"}",
			"{\"error\":\"tenant_paused\"}" })
	void pausedFromTheStringFamily(String body) {
		assertThat(this.translator.translate(403, "application/json", body, null))
			.isInstanceOf(CohesivityTenantPausedException.class)
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("[Cohesivity]"));
	}

	@Test
	void notProvisionedExpiredAndInvalidKeyFromTheStringFamily() {
		assertThat(this.translator.translate(403, "application/json",
				"{\"error\":\"[Cohesivity] Service not provisioned: You must provision \\\"database\\\" first\"}",
				null))
			.isInstanceOf(CohesivityNotProvisionedException.class)
			.hasMessageStartingWith("Service not provisioned");
		assertThat(
				this.translator.translate(403, "application/json", "{\"error\":\"[Cohesivity] Tenant expired\"}", null))
			.isInstanceOf(CohesivityTenantExpiredException.class)
			.hasMessage("Tenant expired");
		assertThat(this.translator.translate(403, "application/json",
				"{\"error\":\"invalid_application_key\",\"message\":\"[Cohesivity] Invalid application key\"}", null))
			.isInstanceOf(CohesivityUnauthorizedException.class)
			.hasMessage("Invalid application key");
		assertThat(this.translator.translate(401, "application/json",
				"{\"error\":\"[Cohesivity] Invalid application key\"}", null))
			.isInstanceOf(CohesivityUnauthorizedException.class)
			.hasMessage("Invalid application key");
	}

	@Test
	void forbiddenForAnotherReasonStaysGeneric() {
		assertThat(edge(403, "Search type not allowed for anonymous tenants", ""))
			.isExactlyInstanceOf(CohesivityApiException.class);
	}

	@Test
	void expired() {
		assertThat(edge(410, "Tenant expired", ",\"tenant_state\":\"expired\""))
			.isInstanceOf(CohesivityTenantExpiredException.class)
			.hasMessage("Tenant expired");
	}

	@Test
	void perMinuteRateLimitIsRetryable() {
		CohesivityApiException ex = this.translator.translate(429, "application/json",
				"{\"error\":{\"code\":429,\"message\":\"[Cohesivity] Rate limit exceeded for database\"},"
						+ "\"tenant_state\":\"active\",\"window_kind\":\"utc_minute\"}",
				"30");
		assertThat(ex).isInstanceOf(CohesivityRateLimitedException.class);
		CohesivityRateLimitedException limited = (CohesivityRateLimitedException) ex;
		assertThat(limited.isRetryable()).isTrue();
		assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(30));
		assertThat(limited.windowKind()).isEqualTo("utc_minute");
	}

	@Test
	void lifetimePlanLimitIsNotRetryable() {
		CohesivityRateLimitedException limited = (CohesivityRateLimitedException) edge(429,
				"Plan limit exceeded for database",
				",\"tenant_state\":\"plan_limit_exceeded\",\"window_kind\":\"all_time\"");
		assertThat(limited.isRetryable()).isFalse();
		assertThat(limited.tenantState()).isEqualTo("plan_limit_exceeded");
	}

	@Test
	void paymentRequiredCarriesTopupUrl() {
		CohesivityApiException ex = this.translator.translate(402, "application/json",
				"{\"error\":\"offering_paused\",\"message\":\"Top up to resume\",\"topup_url\":\"https://cohesivity.ai/t/x\"}",
				null);
		assertThat(ex).isInstanceOf(CohesivityPaymentRequiredException.class);
		assertThat(ex.code()).isEqualTo("offering_paused");
		assertThat(ex.topupUrl()).isEqualTo("https://cohesivity.ai/t/x");
	}

	@Test
	void observabilityRequiresClaim() {
		CohesivityApiException ex = this.translator.translate(403, "application/json",
				"{\"error\":\"observability_requires_claim\",\"message\":\"Claim first\"}", null);
		assertThat(ex).isInstanceOf(CohesivityObservabilityRequiresClaimException.class)
			.isInstanceOf(CohesivityClaimRequiredException.class)
			.hasMessageStartingWith("Claim first; claim the tenant first (ClaimClient.start()");
		assertThat(ex.envelope().message()).isEqualTo("Claim first");
	}

	@Test
	void claimedOnlyFeaturesSayToClaimFirst() {
		CohesivityApiException ex = this.translator.translate(403, "application/json",
				"{\"error\":\"requires_claim\",\"message\":\"Managed agents are for claimed accounts only\"}", null);
		assertThat(ex).isExactlyInstanceOf(CohesivityClaimRequiredException.class)
			.hasMessageContaining("Managed agents are for claimed accounts only")
			.hasMessageContaining("ClaimClient.awaitClaimed");
		assertThat(edge(403, "Billing is for claimed accounts only", ""))
			.isExactlyInstanceOf(CohesivityClaimRequiredException.class);
	}

	@Test
	void consentGatesSayToAskTheOwner() {
		CohesivityApiException ex = this.translator.translate(403, "application/json",
				"{\"error\":\"consent_required\",\"message\":\"The account owner has not agreed to this charge\"}",
				null);
		assertThat(ex).isExactlyInstanceOf(CohesivityConsentRequiredException.class)
			.hasMessageContaining("has not agreed to this charge")
			.hasMessageContaining("ask the account owner");
	}

	@Test
	void sqlErrorInEitherProfileIsPlainApiExceptionWithServerMessage() {
		CohesivityApiException minimal = this.translator.translate(400, "application/json",
				"{\"error\":\"no such table: missing\"}", null);
		CohesivityApiException full = this.translator.translate(400, "application/json",
				"{\"error\":{\"code\":400,\"message\":\"no such table: missing\"}}", null);
		assertThat(minimal).isExactlyInstanceOf(CohesivityApiException.class).hasMessage("no such table: missing");
		assertThat(full).isExactlyInstanceOf(CohesivityApiException.class).hasMessage("no such table: missing");
		assertThat(minimal.status()).isEqualTo(400);
		assertThat(full.code()).isEqualTo("400");
	}

}
