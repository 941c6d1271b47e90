package ai.cohesivity.emulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Billing on the claimed account: plans, top-up, subscription and its cancellation. There
 * is no payment provider here: a top-up is credited at once and a subscription is active
 * at once, so their effects show in the wallet and the observability snapshot
 * immediately.
 */
final class BillingHandler {

	static final long MIN_TOPUP_CENTS = 500;

	static final long MAX_TOPUP_CENTS = 50_000;

	private final EmulatorServices services;

	private final UsageMeter meter;

	BillingHandler(EmulatorServices services, UsageMeter meter) {
		this.services = services;
		this.meter = meter;
	}

	Mono<ServerResponse> plans(ServerRequest request) {
		this.services.management().tenantOf(request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("plans",
				List.of(Map.of("plan", "free", "monthly_grant_cents", EmulatorAccount.FREE_MONTHLY_GRANT_CENTS,
						"observability_window", "7d"), Map.of("plan", "plus", "observability_window", "30d"),
						Map.of("plan", "pro", "observability_window", "90d")));
		body.put("provider_usage_pricing", Map.of("rule", "provider cost + 10%, rounded up per settled charge"));
		return this.services.responses().ok(body);
	}

	Mono<ServerResponse> topup(ServerRequest request) {
		Tenant tenant = this.services.management().claimedTenantOf(request, "Billing");
		return this.services.bodies().json(request).flatMap((body) -> {
			JsonNode amount = body.path("amount_cents");
			if (!amount.isIntegralNumber() || amount.asLong() < MIN_TOPUP_CENTS || amount.asLong() > MAX_TOPUP_CENTS) {
				throw ApiError.control(400, "invalid_amount",
						"amount_cents must be an integer from " + MIN_TOPUP_CENTS + " to " + MAX_TOPUP_CENTS);
			}
			Instant now = this.services.clock().instant();
			EmulatorAccount.LedgerEntry entry = this.services.account()
				.record(now, "topup", amount.asLong(), "Top-up (emulator: credited without checkout)", tenant.id());
			this.services.account()
				.notify(now, "topup_credited", "info", "Top-up of " + amount.asLong() + " cents credited", tenant.id());
			this.meter.walletCredited(now, tenant.id());
			this.services.registry().changed();
			Map<String, Object> response = new LinkedHashMap<>();
			response.put("checkout_url", this.services.baseUrl().get() + "/checkout/topup/" + entry.id());
			response.put("amount_cents", amount.asLong());
			response.put("status", "credited");
			response.put("balance_cents", Wallet.of(this.services, now).balanceCents());
			return this.services.responses().ok(response);
		});
	}

	Mono<ServerResponse> subscribe(ServerRequest request) {
		Tenant tenant = this.services.management().claimedTenantOf(request, "Billing");
		return this.services.bodies().json(request).flatMap((body) -> {
			String plan = body.path("plan").asString("");
			if (!List.of("plus", "pro").contains(plan)) {
				throw ApiError.control(400, "invalid_plan", "plan must be \"plus\" or \"pro\"");
			}
			Instant now = this.services.clock().instant();
			EmulatorAccount account = this.services.account();
			EmulatorAccount.Subscription current = account.subscription();
			if (current == null || !current.plan().equals(plan) || current.cancelAtPeriodEnd()) {
				account.subscribe(plan, now);
				account.notify(now, "tier_changed", "info", "Account plan is now " + plan, tenant.id());
				this.services.registry().changed();
			}
			Map<String, Object> response = new LinkedHashMap<>();
			response.put("checkout_url", EmulatorAccount.Subscription.checkoutUrl(this.services.baseUrl().get(), plan));
			response.put("plan", plan);
			response.put("status", "active");
			return this.services.responses().ok(response);
		});
	}

	Mono<ServerResponse> cancel(ServerRequest request) {
		Tenant tenant = this.services.management().claimedTenantOf(request, "Billing");
		EmulatorAccount account = this.services.account();
		if (!account.cancelSubscription()) {
			throw ApiError.control(404, "no_subscription", "There is no active subscription to cancel");
		}
		account.notify(this.services.clock().instant(), "subscription_will_cancel", "warning",
				"The subscription ends at the end of its period", tenant.id());
		this.services.registry().changed();
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("success", true);
		response.put("subscription", account.subscription().toWire(this.services.baseUrl().get()));
		return this.services.responses().ok(response);
	}

}
