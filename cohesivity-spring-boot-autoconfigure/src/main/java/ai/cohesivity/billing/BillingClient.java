/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.billing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

import ai.cohesivity.core.CohesivityRequest;
import ai.cohesivity.management.ManagementApi;

/**
 * Billing actions on the Cohesivity account ({@code /api/billing/*}), with the management
 * key of a claimed tenant (an ephemeral tenant gets a
 * {@link ai.cohesivity.core.CohesivityClaimRequiredException}). A top-up and a
 * subscription answer with a {@code checkout_url} that a human opens to pay. Payments are
 * never retried automatically, and cancelling the subscription is refused unless the
 * application allowed it ({@code cohesivity.billing.allow-cancel=true}).
 */
public class BillingClient {

	/** The smallest top-up Cohesivity accepts: $5. */
	public static final long MIN_TOP_UP_CENTS = 500;

	/** The largest top-up Cohesivity accepts: $500. */
	public static final long MAX_TOP_UP_CENTS = 50_000;

	private final ManagementApi api;

	private final boolean cancelAllowed;

	/**
	 * Create a client that refuses to cancel the subscription.
	 * @param api the control-plane API
	 */
	public BillingClient(ManagementApi api) {
		this(api, false);
	}

	/**
	 * Create a client.
	 * @param api the control-plane API
	 * @param cancelAllowed whether {@link #cancelSubscription()} may be sent
	 */
	public BillingClient(ManagementApi api, boolean cancelAllowed) {
		this.api = api;
		this.cancelAllowed = cancelAllowed;
	}

	/**
	 * Return the plans and how provider-metered calls are priced
	 * ({@code GET /api/billing/plans}).
	 * @return the plans
	 */
	public Mono<BillingPlans> plans() {
		return this.api.send(CohesivityRequest.of(HttpMethod.GET, "/api/billing/plans"), true).map(BillingPlans::from);
	}

	/**
	 * Add fluid credits to the account ({@code POST /api/billing/topup}); a human pays at
	 * the returned checkout page.
	 * <p>
	 * The amount is checked before anything is sent. The call is sent exactly once and is
	 * <strong>never retried</strong>, not even after a network error: a top-up is not
	 * idempotent (Cohesivity documents it so and offers no idempotency key), so when the
	 * connection breaks after the request left, the top-up may well have been created,
	 * and sending it again could charge the account twice. After such a failure
	 * ({@link ai.cohesivity.core.CohesivityNetworkException#mayHaveReachedServer()}),
	 * look at the account's ledger (observability) before trying again.
	 * @param amountCents the amount in cents, from 500 ($5) to 50,000 ($500)
	 * @return the checkout; a {@link BillingActionRefusedException} (nothing sent) for an
	 * amount out of range
	 */
	public Mono<BillingCheckout> topUp(long amountCents) {
		if (amountCents < MIN_TOP_UP_CENTS || amountCents > MAX_TOP_UP_CENTS) {
			return Mono.error(new BillingActionRefusedException("A top-up is from " + MIN_TOP_UP_CENTS + " to "
					+ MAX_TOP_UP_CENTS + " cents ($5 to $500), not " + amountCents + "; nothing was sent"));
		}
		CohesivityRequest request = CohesivityRequest.of(HttpMethod.POST, "/api/billing/topup")
			.withBody(Map.of("amount_cents", amountCents));
		return this.api.send(request, false).map(BillingCheckout::from);
	}

	/**
	 * Create or upgrade the account's subscription
	 * ({@code POST /api/billing/subscription}); a human pays at the returned checkout
	 * page. Not retried automatically.
	 * @param plan the plan
	 * @return the checkout
	 */
	public Mono<BillingCheckout> subscribe(SubscriptionPlan plan) {
		return subscribe(plan, null);
	}

	/**
	 * Create or upgrade the account's subscription with a feedback discount token.
	 * @param plan the plan
	 * @param feedbackToken the {@code feedback_token} of an accepted feedback report, or
	 * {@code null}
	 * @return the checkout
	 */
	public Mono<BillingCheckout> subscribe(SubscriptionPlan plan, @Nullable String feedbackToken) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("plan", plan.wireValue());
		if (feedbackToken != null && !feedbackToken.isBlank()) {
			body.put("feedback_token", feedbackToken);
		}
		CohesivityRequest request = CohesivityRequest.of(HttpMethod.POST, "/api/billing/subscription").withBody(body);
		return this.api.send(request, false).map(BillingCheckout::from);
	}

	/**
	 * Cancel the account's subscription ({@code POST /api/billing/subscription/cancel}).
	 * Destructive and account-wide (it cancels any non-terminal subscription of the
	 * account), so it is refused, with nothing sent, unless the client was created with
	 * cancelling allowed ({@code cohesivity.billing.allow-cancel=true}). Not retried
	 * automatically.
	 * @return the whole answer
	 */
	public Mono<JsonNode> cancelSubscription() {
		if (!this.cancelAllowed) {
			return Mono.error(new BillingActionRefusedException(
					"Cancelling the subscription is destructive and not allowed for this application; "
							+ "set cohesivity.billing.allow-cancel=true to allow it. Nothing was sent"));
		}
		return this.api.send(CohesivityRequest.of(HttpMethod.POST, "/api/billing/subscription/cancel"), false);
	}

}
