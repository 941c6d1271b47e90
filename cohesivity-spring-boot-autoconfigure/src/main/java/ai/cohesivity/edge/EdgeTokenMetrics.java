/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

/**
 * Receives the outcome of every edge session token mint.
 */
public interface EdgeTokenMetrics {

	/**
	 * A token was minted.
	 */
	void mintSucceeded();

	/**
	 * A mint failed.
	 */
	void mintFailed();

	/**
	 * Return metrics that record nothing.
	 * @return the no-op metrics
	 */
	static EdgeTokenMetrics none() {
		return new EdgeTokenMetrics() {

			@Override
			public void mintSucceeded() {
			}

			@Override
			public void mintFailed() {
			}

		};
	}

}
