package ai.cohesivity.emulator.claims;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.http.JsonResponses;
import ai.cohesivity.emulator.support.BaseUrl;
import ai.cohesivity.emulator.tenants.ManagementAuthentication;
import ai.cohesivity.emulator.tenants.Tenant;
import ai.cohesivity.emulator.tenants.TenantRegistry;

/**
 * The claim flow: {@code POST /api/claim/url} (approval URL + wait blob) and the
 * human-facing approval page {@code /c/<code>}; the wait itself is {@link WaitHandler}'s.
 */
public final class ClaimHandler {

	private final ManagementAuthentication management;

	private final TenantRegistry registry;

	private final Claims claims;

	private final WaitTickets tickets;

	private final BaseUrl baseUrl;

	private final JsonResponses responses;

	/**
	 * Creates the handler.
	 * @param management resolves the calling tenant
	 * @param registry the tenants
	 * @param claims claims tenants
	 * @param tickets the open waits
	 * @param baseUrl the emulator's origin, for the approval URL
	 * @param responses writes JSON answers
	 */
	public ClaimHandler(ManagementAuthentication management, TenantRegistry registry, Claims claims,
			WaitTickets tickets, BaseUrl baseUrl, JsonResponses responses) {
		this.management = management;
		this.registry = registry;
		this.claims = claims;
		this.tickets = tickets;
		this.baseUrl = baseUrl;
		this.responses = responses;
	}

	/**
	 * The routes of this handler.
	 * @return {@code POST /api/claim/url}, {@code GET|POST /c/{code}}
	 */
	public RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route()
			.POST("/api/claim/url", this::claimUrl)
			.GET("/c/{code}", this::approvalPage)
			.POST("/c/{code}", this::approve)
			.build();
	}

	Mono<ServerResponse> claimUrl(ServerRequest request) {
		Tenant tenant = this.management.tenantOf(request);
		if (tenant.isClaimed()) {
			throw ApiError.control(409, "already_claimed", "Tenant " + tenant.id() + " is already claimed");
		}
		WaitTickets.Ticket ticket = this.tickets.open(WaitTickets.CLAIM, tenant.id());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("tenant_id", tenant.id());
		body.put("approval_url", this.baseUrl.of("/c/" + ticket.approvalCode()));
		body.put("wait", this.tickets.blob(ticket));
		return this.responses.ok(body);
	}

	Mono<ServerResponse> approvalPage(ServerRequest request) {
		WaitTickets.Ticket ticket = ticketOf(request);
		String html = "<!doctype html><html><head><title>Claim " + ticket.tenantId() + "</title></head><body>"
				+ "<h1>Claim tenant " + ticket.tenantId() + "</h1><p>This is the Cohesivity emulator: no sign-in.</p>"
				+ "<form method=\"post\"><button type=\"submit\">Approve claim</button></form></body></html>";
		return ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(html);
	}

	Mono<ServerResponse> approve(ServerRequest request) {
		WaitTickets.Ticket ticket = ticketOf(request);
		this.claims.approve(this.registry.require(ticket.tenantId()));
		return ServerResponse.ok()
			.contentType(MediaType.TEXT_HTML)
			.bodyValue("<!doctype html><html><body><h1>Tenant " + ticket.tenantId() + " claimed</h1></body></html>");
	}

	private WaitTickets.Ticket ticketOf(ServerRequest request) {
		WaitTickets.Ticket ticket = this.tickets.byApprovalCode(request.pathVariable("code"));
		if (ticket == null || !WaitTickets.CLAIM.equals(ticket.kind())) {
			throw ApiError.control(404, "not_found", "Unknown or used approval link");
		}
		return ticket;
	}

}
