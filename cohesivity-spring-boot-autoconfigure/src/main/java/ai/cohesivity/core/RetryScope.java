/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

/**
 * Which failures of a call may be answered by sending it again (see
 * {@link CohesivityHttpTransport#exchange}); the attempts and waits are those of
 * {@link RetrySettings}.
 */
public enum RetryScope {

	/**
	 * Never sent again: a top-up, tenant creation, a write that may have reached the
	 * server.
	 */
	NONE,

	/**
	 * Sent again only when Cohesivity answered that it did not act on the request: a
	 * per-minute {@code 429}, or a {@code 503} such as {@code agent_starting} (after its
	 * {@code Retry-After}). A network failure or a {@code 502}/{@code 504} may come after
	 * the server acted, so it is not retried: for calls that are not idempotent but may
	 * be refused, such as a message to a managed agent, which can act on it.
	 */
	REFUSALS,

	/**
	 * Sent again after any failure that clears by itself: the refusals above, a
	 * {@code 502}/{@code 504} and network failures. For idempotent calls (reads).
	 */
	TRANSIENT_FAILURES

}
