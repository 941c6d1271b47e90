/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

/**
 * The offering is not provisioned for this tenant ({@code 403 Service not provisioned}):
 * provision it with {@code POST /api/resources/<offering>} first.
 */
public class CohesivityNotProvisionedException extends CohesivityApiException {

	/**
	 * Create a new exception from a parsed error envelope.
	 * @param envelope the parsed error response
	 */
	public CohesivityNotProvisionedException(ErrorEnvelope envelope) {
		super(envelope);
	}

}
