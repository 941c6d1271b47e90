/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import org.jspecify.annotations.Nullable;

/**
 * Base type of every failure raised by a Cohesivity client: error responses, network
 * failures and malformed responses. The message names the HTTP status and the likely
 * cause and never contains a management or application key.
 */
public class CohesivityException extends RuntimeException {

	/**
	 * Create a new exception.
	 * @param message the message, free of key material
	 */
	public CohesivityException(String message) {
		super(message);
	}

	/**
	 * Create a new exception with a cause.
	 * @param message the message, free of key material
	 * @param cause the underlying failure
	 */
	public CohesivityException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
