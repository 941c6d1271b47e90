/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

/**
 * A call to Cohesivity failed below HTTP: connection refused or reset, a timeout, or a
 * response cut off mid-way. {@link #mayHaveReachedServer()} tells whether the request
 * could have been acted on: a write for which it returns {@code true} must not be retried
 * automatically.
 */
public class CohesivityNetworkException extends CohesivityException {

	private final boolean mayHaveReachedServer;

	/**
	 * Create a new exception.
	 * @param message the message, free of key material
	 * @param cause the underlying I/O failure
	 * @param mayHaveReachedServer whether the request may have been written before the
	 * failure
	 */
	public CohesivityNetworkException(String message, Throwable cause, boolean mayHaveReachedServer) {
		super(message, cause);
		this.mayHaveReachedServer = mayHaveReachedServer;
	}

	/**
	 * Return whether the request may have reached the server before the failure.
	 * {@code false} only when the connection was never established (refused, unknown
	 * host, connect timeout).
	 * @return whether the server may have acted on the request
	 */
	public boolean mayHaveReachedServer() {
		return this.mayHaveReachedServer;
	}

}
