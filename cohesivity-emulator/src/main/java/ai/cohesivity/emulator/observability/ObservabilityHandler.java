package ai.cohesivity.emulator.observability;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.tenants.ManagementAuthentication;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * {@code GET /api/observability}: claimed tenants only (403
 * {@code observability_requires_claim} otherwise), the {@code auth} object mirrored in
 * {@code X-Cohesivity-Account-Auth}.
 */
public final class ObservabilityHandler {

	static final String ACCOUNT_AUTH_HEADER = "X-Cohesivity-Account-Auth";

	private final ManagementAuthentication management;

	private final ObservabilitySources sources;

	private final JsonMapper mapper;

	/**
	 * Creates the handler.
	 * @param management resolves the calling tenant
	 * @param sources what the document is built from
	 * @param mapper writes the document
	 */
	public ObservabilityHandler(ManagementAuthentication management, ObservabilitySources sources, JsonMapper mapper) {
		this.management = management;
		this.sources = sources;
		this.mapper = mapper;
	}

	/**
	 * The routes of this handler.
	 * @return {@code GET /api/observability}
	 */
	public RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route().GET("/api/observability", this::snapshot).build();
	}

	Mono<ServerResponse> snapshot(ServerRequest request) {
		Tenant caller = this.management.tenantOf(request);
		if (!caller.isClaimed()) {
			throw ApiError
				.control(403, "observability_requires_claim",
						"Observability needs a claimed tenant: POST /api/claim/url, share approval_url with the human,"
								+ " poll /api/wait, then retry")
				.with("claim_url", this.sources.baseUrl().of("/claim/" + caller.id()));
		}
		PlanCaps caps = PlanCaps.of(this.sources.account().plan());
		ObservabilityQuery query = ObservabilityQuery.parse(request, caps);
		String focus = query.tenantId();
		if (focus != null) {
			Tenant focused = this.sources.registry().byId(focus);
			if (focused == null || !focused.isClaimed()) {
				throw ApiError.control(404, "tenant_not_found", "No tenant '" + focus + "' on this account");
			}
		}
		byte[] body = this.mapper.writeValueAsBytes(new ObservabilityReport(this.sources, caller, query, caps).build());
		return ServerResponse.status(HttpStatus.OK)
			.contentType(MediaType.APPLICATION_JSON)
			.header(ACCOUNT_AUTH_HEADER, "mode=tenant_management_key; via_tenant_id=" + caller.id())
			.bodyValue(body);
	}

}
