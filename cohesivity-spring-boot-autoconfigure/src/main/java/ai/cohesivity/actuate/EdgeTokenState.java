/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.actuate;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the endpoint shows of the edge session token: its schedule and how many were
 * minted, never the token itself.
 *
 * @param sessionTokens whether edge session tokens are used at all (otherwise the
 * application key travels as {@code ?key=})
 * @param validUntil when the current token expires, or {@code null} without one
 * @param lastMint when the current token was requested, or {@code null} without one
 * @param mints tokens minted since start-up, or {@code null} when not counted (no
 * Micrometer)
 */
public record EdgeTokenState(boolean sessionTokens, @Nullable Instant validUntil, @Nullable Instant lastMint,
		@Nullable Long mints) {

	/**
	 * Return the state of an application that does not use session tokens.
	 * @return the state
	 */
	public static EdgeTokenState notUsed() {
		return new EdgeTokenState(false, null, null, null);
	}

}
