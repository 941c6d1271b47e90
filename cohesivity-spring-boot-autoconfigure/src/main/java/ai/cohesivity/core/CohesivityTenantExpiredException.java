/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

/**
 * The tenant has expired ({@code 410}, {@code tenant_state: expired}); expired tenants
 * cannot be recovered.
 */
public class CohesivityTenantExpiredException extends CohesivityApiException {

	/**
	 * Create a new exception from a parsed error envelope.
	 * @param envelope the parsed error response
	 */
	public CohesivityTenantExpiredException(ErrorEnvelope envelope) {
		super(envelope);
	}

}
