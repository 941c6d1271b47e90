package ai.cohesivity.emulator.accounts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.http.JsonResponses;
import ai.cohesivity.emulator.http.RequestBodies;
import ai.cohesivity.emulator.support.BaseUrl;
import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.support.StateChanges;
import ai.cohesivity.emulator.tenants.ManagementAuthentication;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * Billing on the claimed account: plans, top-up, subscription and its cancellation. There
 * is no payment provider here: a top-up is credited at once and a subscription is active
 * at once, so their effects show in the wallet and the observability snapshot
 * immediately.
 */
public final class BillingHandler {

	static final long MIN_TOPUP_CENTS = 500;

	static final long MAX_TOPUP_CENTS = 50_000;

	private final ManagementAuthentication management;

	private final EmulatorClock clock;

	private final EmulatorAccount account;

	private final UsageRollups rollups;

	private final UsageMeter meter;

	private final StateChanges changes;

	private final BaseUrl baseUrl;

	private final JsonResponses responses;

	private final RequestBodies bodies;

	/**
	 * Creates the handler.
	 * @param management resolves the calling tenant
	 * @param clock the emulator clock
	 * @param account the account that pays
	 * @param rollups sums usage (for the wallet)
	 * @param meter settles owed overuse blocks after a top-up
	 * @param changes told after a change worth saving
	 * @param baseUrl the emulator's origin, for checkout links
	 * @param responses writes JSON answers
	 * @param bodies reads request bodies
	 */
	public BillingHandler(ManagementAuthentication management, EmulatorClock clock, EmulatorAccount account,
			UsageRollups rollups, UsageMeter meter, StateChanges changes, BaseUrl baseUrl, JsonResponses responses,
			RequestBodies bodies) {
		this.management = management;
		this.clock = clock;
		this.account = account;
		this.rollups = rollups;
		this.meter = meter;
		this.changes = changes;
		this.baseUrl = baseUrl;
		this.responses = responses;
		this.bodies = bodies;
	}

	/**
	 * The routes of this handler.
	 * @return {@code /api/billing/*}
	 */
	public RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route()
			.GET("/api/billing/plans", this::plans)
			.POST("/api/billing/topup", this::topup)
			.POST("/api/billing/subscription", this::subscribe)
			.POST("/api/billing/subscription/cancel", this::cancel)
			.build();
	}

	Mono<ServerResponse> plans(ServerRequest request) {
		this.management.tenantOf(request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("plans",
				List.of(Map.of("plan", "free", "monthly_grant_cents", EmulatorAccount.FREE_MONTHLY_GRANT_CENTS,
						"observability_window", "7d"), Map.of("plan", "plus", "observability_window", "30d"),
						Map.of("plan", "pro", "observability_window", "90d")));
		body.put("provider_usage_pricing", Map.of("rule", "provider cost + 10%, rounded up per settled charge"));
		return this.responses.ok(body);
	}

	Mono<ServerResponse> topup(ServerRequest request) {
		Tenant tenant = this.management.claimedTenantOf(request, "Billing");
		return this.bodies.json(request).flatMap((body) -> {
			JsonNode amount = body.path("amount_cents");
			if (!amount.isIntegralNumber() || amount.asLong() < MIN_TOPUP_CENTS || amount.asLong() > MAX_TOPUP_CENTS) {
				throw ApiError.control(400, "invalid_amount",
						"amount_cents must be an integer from " + MIN_TOPUP_CENTS + " to " + MAX_TOPUP_CENTS);
			}
			Instant now = this.clock.instant();
			EmulatorAccount.LedgerEntry entry = this.account.record(now, "topup", amount.asLong(),
					"Top-up (emulator: credited without checkout)", tenant.id());
			this.account.notify(now, "topup_credited", "info", "Top-up of " + amount.asLong() + " cents credited",
					tenant.id());
			this.meter.walletCredited(now, tenant.id());
			this.changes.changed();
			Map<String, Object> response = new LinkedHashMap<>();
			response.put("checkout_url", this.baseUrl.of("/checkout/topup/" + entry.id()));
			response.put("amount_cents", amount.asLong());
			response.put("status", "credited");
			response.put("balance_cents", Wallet.of(this.account, this.rollups, now).balanceCents());
			return this.responses.ok(response);
		});
	}

	Mono<ServerResponse> subscribe(ServerRequest request) {
		Tenant tenant = this.management.claimedTenantOf(request, "Billing");
		return this.bodies.json(request).flatMap((body) -> {
			String plan = body.path("plan").asString("");
			if (!List.of("plus", "pro").contains(plan)) {
				throw ApiError.control(400, "invalid_plan", "plan must be \"plus\" or \"pro\"");
			}
			Instant now = this.clock.instant();
			EmulatorAccount account = this.account;
			EmulatorAccount.Subscription current = account.subscription();
			if (current == null || !current.plan().equals(plan) || current.cancelAtPeriodEnd()) {
				account.subscribe(plan, now);
				account.notify(now, "tier_changed", "info", "Account plan is now " + plan, tenant.id());
				this.changes.changed();
			}
			Map<String, Object> response = new LinkedHashMap<>();
			response.put("checkout_url", EmulatorAccount.Subscription.checkoutUrl(this.baseUrl.get(), plan));
			response.put("plan", plan);
			response.put("status", "active");
			return this.responses.ok(response);
		});
	}

	Mono<ServerResponse> cancel(ServerRequest request) {
		Tenant tenant = this.management.claimedTenantOf(request, "Billing");
		EmulatorAccount account = this.account;
		if (!account.cancelSubscription()) {
			throw ApiError.control(404, "no_subscription", "There is no active subscription to cancel");
		}
		account.notify(this.clock.instant(), "subscription_will_cancel", "warning",
				"The subscription ends at the end of its period", tenant.id());
		this.changes.changed();
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("success", true);
		response.put("subscription", account.subscription().toWire(this.baseUrl.get()));
		return this.responses.ok(response);
	}

}
