/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.billing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.management.JsonFields;

/**
 * The plans a Cohesivity account can be on ({@code GET /api/billing/plans}).
 *
 * @param plans the plans, as listed
 * @param providerUsagePricing how provider-metered calls are priced, as given
 * @param body the whole answer
 */
public record BillingPlans(List<Plan> plans, JsonNode providerUsagePricing, JsonNode body) {

	static BillingPlans from(JsonNode body) {
		List<Plan> plans = new ArrayList<>();
		for (JsonNode plan : body.path("plans")) {
			String name = plan.isString() ? plan.stringValue() : JsonFields.text(plan, "plan");
			if (name == null) {
				name = JsonFields.text(plan, "name");
			}
			if (name != null) {
				plans.add(new Plan(name, JsonFields.number(plan, "monthly_grant_cents"), plan));
			}
		}
		return new BillingPlans(List.copyOf(plans), body.path("provider_usage_pricing"), body);
	}

	/**
	 * One plan.
	 *
	 * @param name the plan ({@code free}, {@code plus}, {@code pro})
	 * @param monthlyGrantCents the fluid credits granted each month, if given
	 * @param body the plan as listed
	 */
	public record Plan(String name, @Nullable Long monthlyGrantCents, JsonNode body) {

	}

}
