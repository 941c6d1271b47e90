package ai.cohesivity.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The claim flow: {@code POST /api/claim/url} (approval URL + wait blob),
 * {@code POST /api/wait} (pending until approved), and the human-facing approval page
 * {@code /c/<code>}.
 */
final class ClaimHandler {

	private final EmulatorServices services;

	ClaimHandler(EmulatorServices services) {
		this.services = services;
	}

	Mono<ServerResponse> claimUrl(ServerRequest request) {
		Tenant tenant = this.services.management().tenantOf(request);
		if (tenant.isClaimed()) {
			throw ApiError.control(409, "already_claimed", "Tenant " + tenant.id() + " is already claimed");
		}
		WaitTickets.Ticket ticket = this.services.waitTickets().open(WaitTickets.CLAIM, tenant.id());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("tenant_id", tenant.id());
		body.put("approval_url", this.services.baseUrl().get() + "/c/" + ticket.approvalCode());
		body.put("wait", waitBlob(this.services, ticket));
		return this.services.responses().ok(body);
	}

	static Map<String, Object> waitBlob(EmulatorServices services, WaitTickets.Ticket ticket) {
		Map<String, Object> wait = new LinkedHashMap<>();
		wait.put("url", services.baseUrl().get() + "/api/wait");
		wait.put("method", "POST");
		wait.put("auth_header", "Bearer " + ticket.waitToken());
		wait.put("poll_interval_seconds", 2);
		return wait;
	}

	Mono<ServerResponse> await(ServerRequest request) {
		String token = ManagementAuthentication.bearer(request);
		WaitTickets.Ticket ticket = (token != null) ? this.services.waitTickets().byWaitToken(token) : null;
		if (ticket == null) {
			throw ApiError.control(401, "invalid_wait_token",
					"Missing or unknown wait token: send the wait blob's auth_header as Authorization");
		}
		Tenant tenant = this.services.registry().require(ticket.tenantId());
		Map<String, Object> body = new LinkedHashMap<>();
		if (WaitTickets.CLAIM.equals(ticket.kind())) {
			if (!tenant.isClaimed()) {
				body.put("status", "pending");
				return this.services.responses().ok(body);
			}
			body.put("status", "claimed");
			body.put("tenant_id", tenant.id());
			body.put("tenant_lifecycle", tenant.lifecycle());
			body.put("message", "Tenant claimed. Offer the human autopay (POST /api/billing/subscription) so the"
					+ " project keeps running past the free grant.");
			return this.services.responses().ok(body);
		}
		body.put("status", this.services.account().codexConnected() ? "completed" : "pending");
		return this.services.responses().ok(body);
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
		this.services.registry().claim(this.services.registry().require(ticket.tenantId()));
		return ServerResponse.ok()
			.contentType(MediaType.TEXT_HTML)
			.bodyValue("<!doctype html><html><body><h1>Tenant " + ticket.tenantId() + " claimed</h1></body></html>");
	}

	private WaitTickets.Ticket ticketOf(ServerRequest request) {
		WaitTickets.Ticket ticket = this.services.waitTickets().byApprovalCode(request.pathVariable("code"));
		if (ticket == null || !WaitTickets.CLAIM.equals(ticket.kind())) {
			throw ApiError.control(404, "not_found", "Unknown or used approval link");
		}
		return ticket;
	}

}
