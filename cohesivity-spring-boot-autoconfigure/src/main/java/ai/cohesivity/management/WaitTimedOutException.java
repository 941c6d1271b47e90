/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.time.Duration;

import ai.cohesivity.core.CohesivityException;

/**
 * Nobody approved a flow (a claim, a Codex connection) within the time the caller was
 * willing to wait. The flow may still be approved later: wait again with the same
 * {@link WaitBlob}, or start the flow again.
 */
public class WaitTimedOutException extends CohesivityException {

	private final Duration timeout;

	/**
	 * Create a new exception.
	 * @param message the message, saying what to do
	 * @param timeout how long the caller waited
	 * @param cause the timeout
	 */
	public WaitTimedOutException(String message, Duration timeout, Throwable cause) {
		super(message, cause);
		this.timeout = timeout;
	}

	/**
	 * Return how long the caller waited.
	 * @return the timeout
	 */
	public Duration timeout() {
		return this.timeout;
	}

}
