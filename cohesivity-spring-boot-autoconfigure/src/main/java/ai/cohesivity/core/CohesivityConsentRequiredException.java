/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

/**
 * Cohesivity refused a call that needs the account owner's consent first (a {@code 403}
 * whose code or message speaks of consent, for example {@code consent_required}): paid
 * actions such as provisioning a managed agent or a subscription are gated on a human
 * agreeing. Ask the human, let them confirm where the message says, then call again.
 */
public class CohesivityConsentRequiredException extends CohesivityApiException {

	static final String WHAT_TO_DO = "ask the account owner to agree (as the message says), then call again";

	/**
	 * Create a new exception from a parsed error envelope.
	 * @param envelope the parsed error response
	 */
	public CohesivityConsentRequiredException(ErrorEnvelope envelope) {
		super(envelope, envelope.message() + "; " + WHAT_TO_DO);
	}

}
