/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.billing;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.management.JsonFields;

/**
 * The answer to a top-up or a subscription: the checkout page a human opens to pay.
 *
 * @param checkoutUrl the checkout page ({@code checkout_url}), if given
 * @param body the whole answer, fields this client does not read included
 */
public record BillingCheckout(@Nullable String checkoutUrl, JsonNode body) {

	static BillingCheckout from(JsonNode body) {
		return new BillingCheckout(JsonFields.text(body, "checkout_url"), body);
	}

}
