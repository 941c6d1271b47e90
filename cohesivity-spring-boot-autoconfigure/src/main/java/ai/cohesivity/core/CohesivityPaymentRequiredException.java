/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

/**
 * The offering is paused for lack of credits ({@code 402 insufficient_credits} or
 * {@code offering_paused}); {@link #topupUrl()} links to a top-up page when the response
 * offered one.
 */
public class CohesivityPaymentRequiredException extends CohesivityApiException {

	/**
	 * Create a new exception from a parsed error envelope.
	 * @param envelope the parsed error response
	 */
	public CohesivityPaymentRequiredException(ErrorEnvelope envelope) {
		super(envelope);
	}

}
