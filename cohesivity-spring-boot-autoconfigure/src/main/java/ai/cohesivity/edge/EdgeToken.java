/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

import java.time.Instant;

/**
 * An edge session token and its schedule.
 *
 * @param value the opaque token
 * @param refreshAt when a replacement should be minted (about half the lifetime)
 * @param usableUntil the last moment the token is handed out (its expiry minus a safety
 * margin)
 * @param expiresAt when the server stops accepting it
 */
record EdgeToken(String value, Instant refreshAt, Instant usableUntil, Instant expiresAt) {

	/**
	 * Return whether the token may still be handed out.
	 * @param now the current time
	 * @return whether the token is usable
	 */
	boolean isUsableAt(Instant now) {
		return now.isBefore(this.usableUntil);
	}

	/**
	 * Return whether a replacement should be minted.
	 * @param now the current time
	 * @return whether the token is due for refresh
	 */
	boolean isDueForRefreshAt(Instant now) {
		return !now.isBefore(this.refreshAt);
	}

	@Override
	public String toString() {
		return "EdgeToken[value=******, refreshAt=" + this.refreshAt + ", usableUntil=" + this.usableUntil
				+ ", expiresAt=" + this.expiresAt + "]";
	}

}
