/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ErrorEnvelopeParser}, with the bodies documented in cohesivity-api.md
 * §1.4.
 */
class ErrorEnvelopeParserTests {

	private final ErrorEnvelopeParser parser = new ErrorEnvelopeParser();

	@Test
	void edgeEnvelopeWithObjectErrorStripsPrefixAndKeepsNumericCode() {
		ErrorEnvelope envelope = this.parser.parse(401, "application/json",
				"{\"error\":{\"code\":401,\"message\":\"[Cohesivity] Invalid application key\"}}", null);
		assertThat(envelope.status()).isEqualTo(401);
		assertThat(envelope.code()).isEqualTo("401");
		assertThat(envelope.message()).isEqualTo("Invalid application key");
	}

	@Test
	void pausedTenantCarriesStateAndPauseReason() {
		ErrorEnvelope envelope = this.parser.parse(403, "application/json",
				"{\"error\":{\"code\":403,\"message\":\"[Cohesivity] Tenant paused: Claim this tenant to resume service.\"},"
						+ "\"tenant_state\":\"paused\",\"pause_reason\":{\"kind\":\"all_time_cap\","
						+ "\"recommended_action\":\"claim_to_lift\"},\"tenant_lifecycle\":\"ephemeral\"}",
				null);
		assertThat(envelope.message()).isEqualTo("Tenant paused: Claim this tenant to resume service.");
		assertThat(envelope.tenantState()).isEqualTo("paused");
		assertThat(envelope.pauseReasonKind()).isEqualTo("all_time_cap");
		assertThat(envelope.recommendedAction()).isEqualTo("claim_to_lift");
	}

	@Test
	void rateLimitCarriesWindowKindAndRetryAfter() {
		ErrorEnvelope envelope = this.parser.parse(429, "application/json",
				"{\"error\":{\"code\":429,\"message\":\"[Cohesivity] Rate limit exceeded for database\"},"
						+ "\"tenant_state\":\"active\",\"window_kind\":\"utc_minute\"}",
				"17");
		assertThat(envelope.windowKind()).isEqualTo("utc_minute");
		assertThat(envelope.tenantState()).isEqualTo("active");
		assertThat(envelope.retryAfter()).isEqualTo(Duration.ofSeconds(17));
	}

	@Test
	void controlPlaneEnvelopeWithStringCodeAndClaimUrl() {
		ErrorEnvelope envelope = this.parser.parse(403, "application/json",
				"{\"error\":\"observability_requires_claim\",\"message\":\"Claim the tenant first\","
						+ "\"claim_url\":\"https://cohesivity.ai/claim/brave-otter-runs\"}",
				null);
		assertThat(envelope.code()).isEqualTo("observability_requires_claim");
		assertThat(envelope.message()).isEqualTo("Claim the tenant first");
		assertThat(envelope.claimUrl()).isEqualTo("https://cohesivity.ai/claim/brave-otter-runs");
	}

	@Test
	void controlPlaneEnvelopeWithoutMessageUsesCode() {
		ErrorEnvelope envelope = this.parser.parse(402, "application/json",
				"{\"error\":\"insufficient_credits\",\"topup_url\":\"https://cohesivity.ai/topup\"}", null);
		assertThat(envelope.message()).isEqualTo("insufficient_credits");
		assertThat(envelope.topupUrl()).isEqualTo("https://cohesivity.ai/topup");
	}

	@Test
	void sqlErrorAsPlainString() {
		ErrorEnvelope envelope = this.parser.parse(400, "application/json",
				"{\"error\":\"near \\\"SELEC\\\": syntax error\"}", null);
		assertThat(envelope.code()).isNull();
		assertThat(envelope.message()).isEqualTo("near \"SELEC\": syntax error");
		assertThat(envelope.jsonBody()).isTrue();
	}

	@Test
	void stringErrorThatReadsLikeASentenceIsTheMessageWithoutPrefix() {
		ErrorEnvelope envelope = this.parser.parse(403, "application/json",
				"{\"error\":\"[Cohesivity] Tenant paused: Claim this tenant to resume service.\"}", null);
		assertThat(envelope.code()).isNull();
		assertThat(envelope.message()).isEqualTo("Tenant paused: Claim this tenant to resume service.");
	}

	@Test
	void stringCodeWithPrefixedMessageKeepsTheCodeAndStripsTheMessage() {
		ErrorEnvelope envelope = this.parser.parse(403, "application/json",
				"{\"error\":\"tenant_paused\",\"message\":\"[Cohesivity] Tenant paused: Claim this tenant.\"}", null);
		assertThat(envelope.code()).isEqualTo("tenant_paused");
		assertThat(envelope.message()).isEqualTo("Tenant paused: Claim this tenant.");
	}

	@Test
	void plainTextFromCohesivityIsTheMessageWithoutPrefix() {
		ErrorEnvelope envelope = this.parser.parse(429, "text/plain",
				"[Cohesivity] Too many tenant creation requests from this IP. Retry in 42s.", "42");
		assertThat(envelope.message()).isEqualTo("Too many tenant creation requests from this IP. Retry in 42s.");
		assertThat(envelope.jsonBody()).isFalse();
	}

	@Test
	void bannedUserAgentReasonBecomesCode() {
		ErrorEnvelope envelope = this.parser.parse(403, "application/json", "{\"reason\":\"bannedUserAgent\"}", null);
		assertThat(envelope.code()).isEqualTo("bannedUserAgent");
	}

	@Test
	void cloudflareHtmlPageNamesTheWafAndTheUserAgent() {
		ErrorEnvelope envelope = this.parser.parse(403, "text/html; charset=UTF-8",
				"<!DOCTYPE html><html><head><title>Access denied | cohesivity.ai used Cloudflare</title></head>"
						+ "<body>Error 1010</body></html>",
				null);
		assertThat(envelope.message()).startsWith("HTTP 403 with an HTML body")
			.contains("Cloudflare WAF (error 1010)")
			.contains("User-Agent");
		assertThat(envelope.jsonBody()).isFalse();
	}

	@Test
	void otherHtmlPageNamesStatusAndBaseUrl() {
		ErrorEnvelope envelope = this.parser.parse(404, "text/html", "<html><body>Not Found</body></html>", null);
		assertThat(envelope.message()).startsWith("HTTP 404 with an HTML body").contains("cohesivity.base-url");
	}

	@Test
	void plainTextGatewayErrorNamesStatusAndCause() {
		ErrorEnvelope envelope = this.parser.parse(502, "text/plain", "Bad Gateway", null);
		assertThat(envelope.message()).isEqualTo(
				"HTTP 502 with a non-JSON body (Cohesivity or a gateway in front of it is unavailable): Bad Gateway");
	}

	@Test
	void emptyBodyNamesStatus() {
		ErrorEnvelope envelope = this.parser.parse(503, null, "", null);
		assertThat(envelope.message()).startsWith("HTTP 503 with an empty body");
	}

	@Test
	void keyMaterialInServerTextIsRedacted() {
		ErrorEnvelope envelope = this.parser.parse(400, "text/plain",
				"bad request for /edge/database?key=coh_app_abcdefghij0123456789 by coh_man_0123456789abcdefghij",
				null);
		assertThat(envelope.message()).doesNotContain("abcdefghij0123456789").doesNotContain("0123456789abcdefghij");
		ErrorEnvelope json = this.parser.parse(401, "application/json",
				"{\"error\":\"invalid_management_key\",\"message\":\"key coh_man_0123456789abcdefghij is revoked\"}",
				null);
		assertThat(json.message()).isEqualTo("key coh_man_****** is revoked");
	}

	@Test
	void retryAfterAsHttpDateOrGarbage() {
		assertThat(ErrorEnvelopeParser.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
		assertThat(ErrorEnvelopeParser.parseRetryAfter("soon")).isNull();
		assertThat(ErrorEnvelopeParser.parseRetryAfter(null)).isNull();
	}

}
