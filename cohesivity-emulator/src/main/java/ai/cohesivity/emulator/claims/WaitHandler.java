package ai.cohesivity.emulator.claims;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import ai.cohesivity.emulator.accounts.EmulatorAccount;
import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.http.Authorizations;
import ai.cohesivity.emulator.http.JsonResponses;
import ai.cohesivity.emulator.tenants.Tenant;
import ai.cohesivity.emulator.tenants.TenantRegistry;

/**
 * {@code POST|GET /api/wait} with the wait blob's {@code auth_header}: {@code pending}
 * until the wait is settled, then {@code claimed} for a claim (with the tenant and a
 * nudge towards autopay) or {@code completed} for a Codex connection — or whatever
 * outcome the admin API finished it with, failures ({@code expired}, {@code denied},
 * {@code cancelled}, {@code failed}) included. A GET-only mode answers {@code POST} with
 * {@code 405}.
 */
public final class WaitHandler {

	private final TenantRegistry registry;

	private final Claims claims;

	private final WaitTickets tickets;

	private final WaitSettings settings;

	private final EmulatorAccount account;

	private final JsonResponses responses;

	/**
	 * Creates the handler.
	 * @param registry the tenants
	 * @param claims settles finished waits
	 * @param tickets the open waits
	 * @param settings which methods are answered
	 * @param account knows whether Codex is connected
	 * @param responses writes JSON answers
	 */
	public WaitHandler(TenantRegistry registry, Claims claims, WaitTickets tickets, WaitSettings settings,
			EmulatorAccount account, JsonResponses responses) {
		this.registry = registry;
		this.claims = claims;
		this.tickets = tickets;
		this.settings = settings;
		this.account = account;
		this.responses = responses;
	}

	/**
	 * The routes of this handler.
	 * @return {@code POST|GET /api/wait}
	 */
	public RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route().POST("/api/wait", this::await).GET("/api/wait", this::await).build();
	}

	Mono<ServerResponse> await(ServerRequest request) {
		if (HttpMethod.POST.equals(request.method()) && !this.settings.acceptsPost()) {
			throw ApiError.control(405, "method_not_allowed", "Poll /api/wait with GET")
				.header(HttpHeaders.ALLOW, "GET");
		}
		String token = Authorizations.bearer(request);
		WaitTickets.Ticket ticket = (token != null) ? this.tickets.byWaitToken(token) : null;
		if (ticket == null) {
			throw ApiError.control(401, "invalid_wait_token",
					"Missing or unknown wait token: send the wait blob's auth_header as Authorization");
		}
		String outcome = ticket.outcome();
		if (outcome != null) {
			this.claims.settle(ticket);
			return this.responses.ok(answer(ticket, outcome));
		}
		boolean done = WaitTickets.CLAIM.equals(ticket.kind()) ? this.registry.require(ticket.tenantId()).isClaimed()
				: this.account.codexConnected();
		if (!done) {
			return this.responses.ok(Map.of("status", "pending"));
		}
		return this.responses.ok(answer(ticket, WaitTickets.CLAIM.equals(ticket.kind()) ? "claimed" : "completed"));
	}

	private Map<String, Object> answer(WaitTickets.Ticket ticket, String status) {
		boolean claim = WaitTickets.CLAIM.equals(ticket.kind());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status);
		if (claim) {
			body.put("tenant_id", ticket.tenantId());
		}
		if (WaitTickets.FAILURES.contains(status)) {
			body.put("message", failure(status, claim));
			return body;
		}
		if (claim) {
			Tenant tenant = this.registry.require(ticket.tenantId());
			body.put("tenant_lifecycle", tenant.lifecycle());
			body.put("message", "Tenant claimed. Offer the human autopay (POST /api/billing/subscription) so the"
					+ " project keeps running past the free grant.");
		}
		return body;
	}

	private static String failure(String status, boolean claim) {
		String what = claim ? "The claim" : "The Codex connection";
		return switch (status) {
			case "expired" -> what + " expired before anyone approved it; ask for a new link";
			case "denied" -> what + " was denied by the human";
			case "cancelled" -> what + " was cancelled";
			default -> what + " failed on Cohesivity's side; ask for a new link";
		};
	}

}
