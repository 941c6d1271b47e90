/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

/**
 * Cohesivity rejected the credentials ({@code 401}): an invalid or revoked management
 * key, application key or edge token.
 */
public class CohesivityUnauthorizedException extends CohesivityApiException {

	/**
	 * Create a new exception from a parsed error envelope.
	 * @param envelope the parsed error response
	 */
	public CohesivityUnauthorizedException(ErrorEnvelope envelope) {
		super(envelope);
	}

}
