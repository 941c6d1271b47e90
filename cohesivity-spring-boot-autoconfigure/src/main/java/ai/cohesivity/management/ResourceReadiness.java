/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What an answer says about whether a resource can be used. Cohesivity does not document
 * the success shape of provisioning (open question Q8): a full body with
 * {@code status: active}, {@code {"success":true,"status":"ready"}},
 * {@code {"already_provisioned":true}} and an empty {@code 204} all mean success. Only an
 * answer that explicitly says failed or pending is read as such; an answer that says
 * nothing either way is {@link #UNCONFIRMED}, to be confirmed through
 * {@code GET /api/status} {@code resources[]} (Q24).
 */
public enum ResourceReadiness {

	/**
	 * The answer says the resource is usable: a ready status word ({@code active},
	 * {@code ready}, {@code provisioned}, …), {@code success: true},
	 * {@code already_provisioned: true} or {@code created: true}.
	 */
	READY,

	/**
	 * The answer says the resource is still being set up ({@code pending},
	 * {@code provisioning}, {@code creating}, …).
	 */
	PENDING,

	/**
	 * The answer says provisioning failed ({@code success: false}, an {@code error}
	 * field, or a status such as {@code failed}).
	 */
	FAILED,

	/**
	 * A {@code 2xx} answer that says nothing either way (an empty {@code 204}, an unknown
	 * status word): success by the status code, to be confirmed.
	 */
	UNCONFIRMED;

	private static final Set<String> READY_WORDS = Set.of("active", "ready", "provisioned", "available", "running",
			"ok", "succeeded", "success", "complete", "completed", "enabled", "live", "healthy");

	private static final Set<String> PENDING_WORDS = Set.of("pending", "provisioning", "creating", "queued",
			"in_progress", "starting", "initializing", "processing", "deploying", "waiting");

	private static final Set<String> FAILED_WORDS = Set.of("failed", "failure", "error", "errored", "rejected",
			"deleted", "deprovisioned", "cancelled", "canceled", "unavailable");

	/**
	 * Read what an answer (a provisioning answer, or one entry of {@code GET /api/status}
	 * {@code resources[]}) says.
	 * @param answer the answer; an empty object for an empty body
	 * @return the readiness
	 */
	static ResourceReadiness of(JsonNode answer) {
		String status = answer.path("status").stringValue(null);
		String word = (status != null) ? status.strip().toLowerCase(Locale.ROOT).replace('-', '_') : "";
		if (isFalse(answer.path("success")) || answer.path("error").isString() || answer.path("error").isObject()
				|| FAILED_WORDS.contains(word)) {
			return FAILED;
		}
		if (PENDING_WORDS.contains(word)) {
			return PENDING;
		}
		if (READY_WORDS.contains(word) || isTrue(answer.path("success")) || isTrue(answer.path("already_provisioned"))
				|| isTrue(answer.path("created"))) {
			return READY;
		}
		return UNCONFIRMED;
	}

	private static boolean isTrue(JsonNode node) {
		return node.isBoolean() && node.booleanValue();
	}

	private static boolean isFalse(JsonNode node) {
		return node.isBoolean() && !node.booleanValue();
	}

}
