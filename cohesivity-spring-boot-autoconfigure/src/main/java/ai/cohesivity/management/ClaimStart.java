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
 * @param waitUrl where to poll for the outcome ({@code POST})
 * @param waitAuthorization the {@code Authorization} header value for polling (a secret)
 */
public record ClaimStart(String approvalUrl, String waitUrl, String waitAuthorization) {

	/**
	 * Read a {@code POST /api/claim/url} response.
	 * @param body the response
	 * @return the claim
	 * @throws CohesivityException if a field is missing
	 */
	public static ClaimStart from(JsonNode body) {
		JsonNode approval = body.path("approval_url");
		JsonNode wait = body.path("wait");
		JsonNode url = wait.path("url");
		JsonNode auth = wait.path("auth_header");
		if (!approval.isString() || !url.isString() || !auth.isString()) {
			throw new CohesivityException(
					"Malformed response to POST /api/claim/url: approval_url, wait.url or wait.auth_header is missing");
		}
		return new ClaimStart(approval.stringValue(), url.stringValue(), auth.stringValue());
	}

	@Override
	public String toString() {
		return "ClaimStart[approvalUrl=" + this.approvalUrl + ", waitUrl=" + this.waitUrl
				+ ", waitAuthorization=******]";
	}

}
