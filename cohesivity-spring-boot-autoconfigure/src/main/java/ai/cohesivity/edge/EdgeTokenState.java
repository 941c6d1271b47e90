/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What an {@link EdgeTokenProvider} holds, for diagnostics (an Actuator endpoint, a
 * health check): the schedule of the cached edge session token and the mints so far —
 * never the token itself.
 *
 * @param validUntil the last moment the cached token is handed out, or {@code null} when
 * none is cached
 * @param refreshAt when a replacement is due, or {@code null} when no token is cached
 * @param expiresAt when the server stops accepting the cached token, or {@code null} when
 * none is cached
 * @param lastMint when the last token was minted, or {@code null} before the first mint
 * @param mints how many tokens were minted
 * @param failedMints how many mints failed (after their retries)
 */
public record EdgeTokenState(@Nullable Instant validUntil, @Nullable Instant refreshAt, @Nullable Instant expiresAt,
		@Nullable Instant lastMint, long mints, long failedMints) {

	/**
	 * Return whether a token is cached that may still be handed out.
	 * @param now the current time
	 * @return whether a usable token is cached
	 */
	public boolean hasUsableTokenAt(Instant now) {
		Instant until = this.validUntil;
		return until != null && now.isBefore(until);
	}

}
