package ai.cohesivity.emulator;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/observability}: claimed tenants only (403
 * {@code observability_requires_claim} otherwise), the {@code auth} object mirrored in
 * {@code X-Cohesivity-Account-Auth}.
 */
final class ObservabilityHandler {

	static final String ACCOUNT_AUTH_HEADER = "X-Cohesivity-Account-Auth";

	private final EmulatorServices services;

	ObservabilityHandler(EmulatorServices services) {
		this.services = services;
	}

	Mono<ServerResponse> snapshot(ServerRequest request) {
		Tenant caller = this.services.management().tenantOf(request);
		if (!caller.isClaimed()) {
			throw ApiError
				.control(403, "observability_requires_claim",
						"Observability needs a claimed tenant: POST /api/claim/url, share approval_url with the human,"
								+ " poll /api/wait, then retry")
				.with("claim_url", this.services.baseUrl().get() + "/claim/" + caller.id());
		}
		PlanCaps caps = PlanCaps.of(this.services.account().plan());
		ObservabilityQuery query = ObservabilityQuery.parse(request, caps);
		String focus = query.tenantId();
		if (focus != null) {
			Tenant focused = this.services.registry().byId(focus);
			if (focused == null || !focused.isClaimed()) {
				throw ApiError.control(404, "tenant_not_found", "No tenant '" + focus + "' on this account");
			}
		}
		byte[] body = this.services.responses()
			.mapper()
			.writeValueAsBytes(new ObservabilityReport(this.services, caller, query, caps).build());
		return ServerResponse.status(HttpStatus.OK)
			.contentType(MediaType.APPLICATION_JSON)
			.header(ACCOUNT_AUTH_HEADER, "mode=tenant_management_key; via_tenant_id=" + caller.id())
			.bodyValue(body);
	}

}
