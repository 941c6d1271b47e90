/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

/**
 * Observability is only available to claimed tenants
 * ({@code 403 observability_requires_claim}); claim the tenant first.
 */
public class CohesivityObservabilityRequiresClaimException extends CohesivityClaimRequiredException {

	/**
	 * Create a new exception from a parsed error envelope.
	 * @param envelope the parsed error response
	 */
	public CohesivityObservabilityRequiresClaimException(ErrorEnvelope envelope) {
		super(envelope);
	}

}
