/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.billing;

import ai.cohesivity.core.CohesivityException;

/**
 * The client refused a billing action before sending it: an amount outside what
 * Cohesivity accepts, or a destructive action (cancelling the subscription) that the
 * application did not allow. Nothing was sent.
 */
public class BillingActionRefusedException extends CohesivityException {

	/**
	 * Create a new exception.
	 * @param message what was refused and how to allow it
	 */
	public BillingActionRefusedException(String message) {
		super(message);
	}

}
