package ai.cohesivity.emulator.tenants;

import org.springframework.web.reactive.function.server.ServerRequest;

import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.http.Authorizations;
import ai.cohesivity.emulator.support.EmulatorClock;

/**
 * Resolves the tenant behind {@code Authorization: Bearer <coh_management_key>} on
 * {@code /api/*}.
 */
public final class ManagementAuthentication {

	private final TenantRegistry registry;

	private final EmulatorClock clock;

	/**
	 * Creates the authentication.
	 * @param registry the tenants
	 * @param clock the emulator clock
	 */
	public ManagementAuthentication(TenantRegistry registry, EmulatorClock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	/**
	 * The calling tenant; 401 {@code invalid_management_key} for a missing or unknown
	 * key, 410 {@code tenant_expired} for an expired tenant.
	 * @param request the request
	 * @return the tenant
	 */
	public Tenant tenantOf(ServerRequest request) {
		String key = Authorizations.bearer(request);
		if (key == null) {
			throw ApiError.control(401, "invalid_management_key",
					"Missing management key: send Authorization: Bearer <coh_management_key>");
		}
		Tenant tenant = this.registry.byManagementKey(key);
		if (tenant == null) {
			throw ApiError.control(401, "invalid_management_key", "Invalid management key");
		}
		if (tenant.isExpired(this.clock.instant())) {
			throw ApiError
				.control(410, "tenant_expired",
						"Tenant expired: tenant " + tenant.id() + " has been terminated and cannot be recovered")
				.with("tenant_state", "expired");
		}
		return tenant;
	}

	/**
	 * The calling tenant, which must be claimed: account features (billing, managed
	 * agents, Codex) answer 403 {@code requires_claim} for ephemeral tenants.
	 * @param request the request
	 * @param feature the feature's name for the message
	 * @return the tenant
	 */
	public Tenant claimedTenantOf(ServerRequest request, String feature) {
		Tenant tenant = tenantOf(request);
		if (!tenant.isClaimed()) {
			throw ApiError.control(403, "requires_claim",
					feature + " is for claimed accounts only: POST /api/claim/url, share approval_url, poll /api/wait");
		}
		return tenant;
	}

}
