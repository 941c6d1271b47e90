package ai.cohesivity.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Managed agents and Codex on the claimed account: {@code /api/agents},
 * {@code /api/managed-agents}, {@code /api/codex/*}.
 */
final class AgentsHandler {

	static final long STARTER_FEE_CENTS = 1200;

	static final long PRO_FEE_CENTS = 2000;

	private final EmulatorServices services;

	AgentsHandler(EmulatorServices services) {
		this.services = services;
	}

	Mono<ServerResponse> provision(ServerRequest request) {
		Tenant tenant = this.services.management().claimedTenantOf(request, "Managed agents");
		return this.services.bodies().json(request).flatMap((body) -> {
			String type = body.path("agent_type").asString("");
			String plan = body.path("plan").asString("");
			if (!"hermes".equals(type)) {
				throw ApiError.control(400, "invalid_agent_type", "agent_type must be \"hermes\"");
			}
			if (!List.of("starter", "pro").contains(plan)) {
				throw ApiError.control(400, "invalid_plan", "plan must be \"starter\" or \"pro\"");
			}
			EmulatorAccount account = this.services.account();
			EmulatorAccount.ManagedAgent existing = account.agent();
			if (existing != null && "active".equals(existing.status())) {
				throw ApiError.control(409, "already_provisioned", "The account already has an active managed agent");
			}
			Instant now = this.services.clock().instant();
			boolean trial = "starter".equals(plan) && existing == null;
			long fee = "pro".equals(plan) ? PRO_FEE_CENTS : STARTER_FEE_CENTS;
			if (!trial) {
				if (Wallet.of(this.services, now).balanceCents() < fee) {
					throw ApiError
						.control(402, "insufficient_credits",
								"The wallet cannot cover the agent's monthly fee of " + fee + " cents")
						.with("topup_url", this.services.baseUrl().get() + "/api/billing/topup");
				}
				account.record(now, "charge", fee, "Managed agent (" + plan + ") monthly fee", tenant.id());
			}
			EmulatorAccount.ManagedAgent agent = new EmulatorAccount.ManagedAgent(type, plan, "active", fee, trial, now,
					now.plus(Duration.ofDays(30)), null);
			account.agent(agent);
			this.services.registry().changed();
			Map<String, Object> response = new LinkedHashMap<>();
			response.put("status", "active");
			response.put("address", address());
			response.put("monthly_fee_cents", fee);
			response.put("next_charge_at", WireFormats.timestamp(agent.nextChargeAt()));
			response.put("trial", trial);
			return this.services.responses().status(201, response);
		});
	}

	Mono<ServerResponse> status(ServerRequest request) {
		this.services.management().claimedTenantOf(request, "Managed agents");
		EmulatorAccount account = this.services.account();
		EmulatorAccount.ManagedAgent agent = account.agent();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("provisioned", agent != null && "active".equals(agent.status()));
		body.put("agent_type", (agent != null) ? agent.agentType() : null);
		body.put("plan", (agent != null) ? agent.plan() : null);
		body.put("status", (agent != null) ? agent.status() : "not_provisioned");
		body.put("address", (agent != null) ? address() : null);
		body.put("next_charge_at", (agent != null) ? WireFormats.timestamp(agent.nextChargeAt()) : null);
		body.put("model_source", account.modelSource());
		return this.services.responses().ok(body);
	}

	Mono<ServerResponse> unprovision(ServerRequest request) {
		this.services.management().claimedTenantOf(request, "Managed agents");
		EmulatorAccount account = this.services.account();
		EmulatorAccount.ManagedAgent agent = account.agent();
		if (agent == null || !"active".equals(agent.status())) {
			throw ApiError.control(404, "not_provisioned", "The account has no active managed agent");
		}
		account.agent(agent.withStatus("paused"));
		this.services.registry().changed();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", "paused");
		body.put("retention_until", WireFormats.timestamp(this.services.clock().instant().plus(Duration.ofDays(15))));
		return this.services.responses().ok(body);
	}

	Mono<ServerResponse> catalog(ServerRequest request) {
		Tenant tenant = this.services.management().tenantOf(request);
		EmulatorAccount account = this.services.account();
		Map<String, Object> body = new LinkedHashMap<>();
		Map<String, Object> starter = Map.of("plan", "starter", "monthly_fee_cents", STARTER_FEE_CENTS, "ram_gb", 4,
				"first_month_free", true);
		Map<String, Object> pro = Map.of("plan", "pro", "monthly_fee_cents", PRO_FEE_CENTS, "ram_gb", 8,
				"first_month_free", false);
		body.put("catalog", List.of(Map.of("agent_type", "hermes", "plans", List.of(starter, pro))));
		body.put("eligible", tenant.isClaimed());
		body.put("model_source", account.modelSource());
		body.put("model", account.model());
		return this.services.responses().ok(body);
	}

	Mono<ServerResponse> codexConnect(ServerRequest request) {
		Tenant tenant = this.services.management().claimedTenantOf(request, "Codex");
		WaitTickets.Ticket ticket = this.services.waitTickets().open(WaitTickets.CODEX, tenant.id());
		Map<String, Object> body = new LinkedHashMap<>();
		CredentialGenerator credentials = this.services.credentials();
		body.put("user_code", (credentials.lowercase(4) + "-" + credentials.lowercase(4)).toUpperCase(Locale.ROOT));
		body.put("verification_uri", this.services.baseUrl().get() + "/codex/device");
		body.put("security_settings_url", this.services.baseUrl().get() + "/codex/security");
		body.put("wait", ClaimHandler.waitBlob(this.services, ticket));
		return this.services.responses().ok(body);
	}

	Mono<ServerResponse> codexStatus(ServerRequest request) {
		this.services.management().claimedTenantOf(request, "Codex");
		return this.services.responses().ok(codexState());
	}

	Mono<ServerResponse> codexDisconnect(ServerRequest request) {
		this.services.management().claimedTenantOf(request, "Codex");
		this.services.account().codexConnected(false);
		this.services.registry().changed();
		return this.services.responses().ok(codexState());
	}

	private Map<String, Object> codexState() {
		EmulatorAccount account = this.services.account();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("connected", account.codexConnected());
		body.put("model_source", account.modelSource());
		body.put("model", account.model());
		return body;
	}

	private String address() {
		return "hermes-" + EmulatorAccount.USER_ID + ".agents.emulator.local";
	}

}
