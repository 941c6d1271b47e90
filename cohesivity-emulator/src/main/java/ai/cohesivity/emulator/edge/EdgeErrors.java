package ai.cohesivity.emulator.edge;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * The data-plane error envelopes of {@code cohesivity-api.md} §1.4, word for word.
 */
public final class EdgeErrors {

	private EdgeErrors() {
	}

	static ApiError invalidApplicationKey() {
		return ApiError.edge(401, "invalid_application_key", "Invalid application key");
	}

	static ApiError invalidEdgeToken() {
		return ApiError.edge(401, "invalid_edge_token", "Invalid or expired edge token");
	}

	/**
	 * 403: the offering is not provisioned.
	 * @param resource the offering
	 * @return the error
	 */
	public static ApiError notProvisioned(String resource) {
		return ApiError.edge(403, "not_provisioned", "Service not provisioned: You must provision \"" + resource
				+ "\" via POST /api/resources/" + resource + " before using the edge");
	}

	static ApiError paused(Tenant tenant) {
		Map<String, Object> reason = new LinkedHashMap<>();
		reason.put("kind", tenant.pauseReasonKind());
		reason.put("recommended_action", "claim_to_lift");
		return ApiError.edge(403, "tenant_paused", "Tenant paused: Claim this tenant to resume service.")
			.with("tenant_state", "paused")
			.with("pause_reason", reason)
			.with("tenant_lifecycle", tenant.lifecycle());
	}

	static ApiError expired() {
		return ApiError.edge(410, "tenant_expired", "Tenant expired").with("tenant_state", "expired");
	}

	/**
	 * A claimed account's offering paused for lack of credit (§8.4): 402 with the top-up
	 * link.
	 */
	static ApiError offeringPaused(String resource, String topupUrl) {
		return ApiError
			.edge(402, "offering_paused",
					"Offering paused: " + resource
							+ " used its monthly bucket and the wallet cannot buy more; top up to resume")
			.with("tenant_state", "active")
			.with("offering_state", "offering_paused")
			.with("topup_url", topupUrl);
	}

	static ApiError planLimitExceeded(String resource) {
		return ApiError.edge(429, "plan_limit_exceeded", "Plan limit exceeded for " + resource)
			.with("tenant_state", "plan_limit_exceeded")
			.with("window_kind", "all_time");
	}

	static ApiError rateLimited(String resource, long retryAfterSeconds) {
		return ApiError.edge(429, "rate_limited", "Rate limit exceeded for " + resource)
			.with("tenant_state", "active")
			.with("window_kind", "utc_minute")
			.header("Retry-After", Long.toString(retryAfterSeconds));
	}

}
