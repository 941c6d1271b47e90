package ai.cohesivity.emulator.agents;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import ai.cohesivity.emulator.accounts.EmulatorAccount;
import ai.cohesivity.emulator.accounts.UsageRollups;
import ai.cohesivity.emulator.accounts.Wallet;
import ai.cohesivity.emulator.claims.WaitTickets;
import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.http.JsonResponses;
import ai.cohesivity.emulator.http.RequestBodies;
import ai.cohesivity.emulator.support.BaseUrl;
import ai.cohesivity.emulator.support.CredentialGenerator;
import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.support.StateChanges;
import ai.cohesivity.emulator.support.WireFormats;
import ai.cohesivity.emulator.tenants.ManagementAuthentication;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * Managed agents and Codex on the claimed account: {@code /api/agents},
 * {@code /api/managed-agents}, {@code /api/codex/*}.
 */
public final class AgentsHandler {

	static final long STARTER_FEE_CENTS = 1200;

	static final long PRO_FEE_CENTS = 2000;

	private final ManagementAuthentication management;

	private final EmulatorAccount account;

	private final UsageRollups rollups;

	private final WaitTickets waitTickets;

	private final EmulatorClock clock;

	private final CredentialGenerator credentials;

	private final StateChanges changes;

	private final BaseUrl baseUrl;

	private final JsonResponses responses;

	private final RequestBodies bodies;

	/**
	 * Creates the handler.
	 * @param management resolves the calling tenant
	 * @param account the account that owns the agent
	 * @param rollups sums usage (for the wallet)
	 * @param waitTickets opens Codex-connect waits
	 * @param clock the emulator clock
	 * @param credentials makes user codes
	 * @param changes told after a change worth saving
	 * @param baseUrl the emulator's origin, for links
	 * @param responses writes JSON answers
	 * @param bodies reads request bodies
	 */
	public AgentsHandler(ManagementAuthentication management, EmulatorAccount account, UsageRollups rollups,
			WaitTickets waitTickets, EmulatorClock clock, CredentialGenerator credentials, StateChanges changes,
			BaseUrl baseUrl, JsonResponses responses, RequestBodies bodies) {
		this.management = management;
		this.account = account;
		this.rollups = rollups;
		this.waitTickets = waitTickets;
		this.clock = clock;
		this.credentials = credentials;
		this.changes = changes;
		this.baseUrl = baseUrl;
		this.responses = responses;
		this.bodies = bodies;
	}

	/**
	 * The routes of this handler.
	 * @return {@code /api/agents}, {@code /api/managed-agents}, {@code /api/codex/*}
	 */
	public RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route()
			.POST("/api/agents", this::provision)
			.GET("/api/agents", this::status)
			.DELETE("/api/agents", this::unprovision)
			.GET("/api/managed-agents", this::catalog)
			.POST("/api/codex/connect", this::codexConnect)
			.GET("/api/codex", this::codexStatus)
			.POST("/api/codex/disconnect", this::codexDisconnect)
			.build();
	}

	Mono<ServerResponse> provision(ServerRequest request) {
		Tenant tenant = this.management.claimedTenantOf(request, "Managed agents");
		return this.bodies.json(request).flatMap((body) -> {
			String type = body.path("agent_type").asString("");
			String plan = body.path("plan").asString("");
			if (!"hermes".equals(type)) {
				throw ApiError.control(400, "invalid_agent_type", "agent_type must be \"hermes\"");
			}
			if (!List.of("starter", "pro").contains(plan)) {
				throw ApiError.control(400, "invalid_plan", "plan must be \"starter\" or \"pro\"");
			}
			EmulatorAccount account = this.account;
			EmulatorAccount.ManagedAgent existing = account.agent();
			if (existing != null && "active".equals(existing.status())) {
				throw ApiError.control(409, "already_provisioned", "The account already has an active managed agent");
			}
			Instant now = this.clock.instant();
			boolean trial = "starter".equals(plan) && existing == null;
			long fee = "pro".equals(plan) ? PRO_FEE_CENTS : STARTER_FEE_CENTS;
			if (!trial) {
				if (Wallet.of(this.account, this.rollups, now).balanceCents() < fee) {
					throw ApiError
						.control(402, "insufficient_credits",
								"The wallet cannot cover the agent's monthly fee of " + fee + " cents")
						.with("topup_url", this.baseUrl.of("/api/billing/topup"));
				}
				account.record(now, "charge", fee, "Managed agent (" + plan + ") monthly fee", tenant.id());
			}
			EmulatorAccount.ManagedAgent agent = new EmulatorAccount.ManagedAgent(type, plan, "active", fee, trial, now,
					now.plus(Duration.ofDays(30)), null);
			account.agent(agent);
			this.changes.changed();
			Map<String, Object> response = new LinkedHashMap<>();
			response.put("status", "active");
			response.put("address", address());
			response.put("monthly_fee_cents", fee);
			response.put("next_charge_at", WireFormats.timestamp(agent.nextChargeAt()));
			response.put("trial", trial);
			return this.responses.status(201, response);
		});
	}

	Mono<ServerResponse> status(ServerRequest request) {
		this.management.claimedTenantOf(request, "Managed agents");
		EmulatorAccount account = this.account;
		EmulatorAccount.ManagedAgent agent = account.agent();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("provisioned", agent != null && "active".equals(agent.status()));
		body.put("agent_type", (agent != null) ? agent.agentType() : null);
		body.put("plan", (agent != null) ? agent.plan() : null);
		body.put("status", (agent != null) ? agent.status() : "not_provisioned");
		body.put("address", (agent != null) ? address() : null);
		body.put("next_charge_at", (agent != null) ? WireFormats.timestamp(agent.nextChargeAt()) : null);
		body.put("model_source", account.modelSource());
		return this.responses.ok(body);
	}

	Mono<ServerResponse> unprovision(ServerRequest request) {
		this.management.claimedTenantOf(request, "Managed agents");
		EmulatorAccount account = this.account;
		EmulatorAccount.ManagedAgent agent = account.agent();
		if (agent == null || !"active".equals(agent.status())) {
			throw ApiError.control(404, "not_provisioned", "The account has no active managed agent");
		}
		account.agent(agent.withStatus("paused"));
		this.changes.changed();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", "paused");
		body.put("retention_until", WireFormats.timestamp(this.clock.instant().plus(Duration.ofDays(15))));
		return this.responses.ok(body);
	}

	Mono<ServerResponse> catalog(ServerRequest request) {
		Tenant tenant = this.management.tenantOf(request);
		EmulatorAccount account = this.account;
		Map<String, Object> body = new LinkedHashMap<>();
		Map<String, Object> starter = Map.of("plan", "starter", "monthly_fee_cents", STARTER_FEE_CENTS, "ram_gb", 4,
				"first_month_free", true);
		Map<String, Object> pro = Map.of("plan", "pro", "monthly_fee_cents", PRO_FEE_CENTS, "ram_gb", 8,
				"first_month_free", false);
		body.put("catalog", List.of(Map.of("agent_type", "hermes", "plans", List.of(starter, pro))));
		body.put("eligible", tenant.isClaimed());
		body.put("model_source", account.modelSource());
		body.put("model", account.model());
		return this.responses.ok(body);
	}

	Mono<ServerResponse> codexConnect(ServerRequest request) {
		Tenant tenant = this.management.claimedTenantOf(request, "Codex");
		WaitTickets.Ticket ticket = this.waitTickets.open(WaitTickets.CODEX, tenant.id());
		Map<String, Object> body = new LinkedHashMap<>();
		CredentialGenerator credentials = this.credentials;
		body.put("user_code", (credentials.lowercase(4) + "-" + credentials.lowercase(4)).toUpperCase(Locale.ROOT));
		body.put("verification_uri", this.baseUrl.of("/codex/device"));
		body.put("security_settings_url", this.baseUrl.of("/codex/security"));
		body.put("wait", this.waitTickets.blob(ticket));
		return this.responses.ok(body);
	}

	Mono<ServerResponse> codexStatus(ServerRequest request) {
		this.management.claimedTenantOf(request, "Codex");
		return this.responses.ok(codexState());
	}

	Mono<ServerResponse> codexDisconnect(ServerRequest request) {
		this.management.claimedTenantOf(request, "Codex");
		this.account.codexConnected(false);
		this.changes.changed();
		return this.responses.ok(codexState());
	}

	private Map<String, Object> codexState() {
		EmulatorAccount account = this.account;
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
