/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import tools.jackson.databind.JsonNode;

import ai.cohesivity.core.CohesivityException;

/**
 * A started claim: the page a human opens to approve it, and how to wait for the
 * approval.
 *
 * @param approvalUrl the page where a human signs in and approves the claim
 * @param waitBlob how to poll for the outcome (its token is a secret and never printed)
 */
public record ClaimStart(String approvalUrl, WaitBlob waitBlob) {

	/**
	 * Read a {@code POST /api/claim/url} response.
	 * @param body the response
	 * @return the claim
	 * @throws CohesivityException if a field is missing
	 */
	public static ClaimStart from(JsonNode body) {
		JsonNode approval = body.path("approval_url");
		if (!approval.isString() || approval.stringValue().isBlank()) {
			throw new CohesivityException("Malformed response to POST /api/claim/url: approval_url is missing");
		}
		return new ClaimStart(approval.stringValue(), WaitBlob.from(body.path("wait"), "POST /api/claim/url"));
	}

}
