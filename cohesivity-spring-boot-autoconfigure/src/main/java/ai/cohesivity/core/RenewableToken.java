/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import reactor.core.publisher.Mono;

/**
 * A Bearer credential that is replaced once when the server rejects it with a
 * {@code 401}: the edge session token. A {@link CohesivityClientConfigurer} applies it to
 * every call of a data-plane transport; the values never leave that transport.
 */
public interface RenewableToken {

	/**
	 * Return a usable token, obtaining one if needed.
	 * @return the token value
	 */
	Mono<String> token();

	/**
	 * Return a token to use instead of one the server rejected.
	 * @param rejectedToken the token that was rejected
	 * @return a different token
	 */
	Mono<String> renewAfterRejection(String rejectedToken);

}
