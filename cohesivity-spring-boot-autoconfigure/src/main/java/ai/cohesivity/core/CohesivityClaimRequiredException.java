/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

/**
 * The call is for claimed tenants only (a {@code 403} such as {@code requires_claim} or
 * {@code observability_requires_claim}): managed agents, Codex, billing and observability
 * belong to a Cohesivity account, and an ephemeral tenant has none yet. Claim the tenant
 * first — {@code ClaimClient.start()}, a human opens the approval URL and approves,
 * {@code ClaimClient.awaitClaimed(…)} — then call again; the same keys keep working.
 */
public class CohesivityClaimRequiredException extends CohesivityApiException {

	static final String WHAT_TO_DO = "claim the tenant first (ClaimClient.start(), have a human open the approval "
			+ "URL and approve, ClaimClient.awaitClaimed(...)), then call again with the same keys";

	/**
	 * Create a new exception from a parsed error envelope.
	 * @param envelope the parsed error response
	 */
	public CohesivityClaimRequiredException(ErrorEnvelope envelope) {
		super(envelope, envelope.message() + "; " + WHAT_TO_DO);
	}

}
