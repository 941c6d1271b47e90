/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import org.jspecify.annotations.Nullable;

/**
 * Cohesivity answered with an error status. Statuses without a more specific subclass
 * (for example a {@code 400} SQL error from the edge database) are raised as this type,
 * with the server's message.
 */
public class CohesivityApiException extends CohesivityException {

	private final ErrorEnvelope envelope;

	/**
	 * Create a new exception from a parsed error envelope.
	 * @param envelope the parsed error response
	 */
	public CohesivityApiException(ErrorEnvelope envelope) {
		this(envelope, envelope.message());
	}

	/**
	 * Create a new exception from a parsed error envelope, with a message that adds what
	 * to do to the server's.
	 * @param envelope the parsed error response
	 * @param message the message, free of key material
	 */
	protected CohesivityApiException(ErrorEnvelope envelope, String message) {
		super(message);
		this.envelope = envelope;
	}

	/**
	 * Return the HTTP status of the error response.
	 * @return the status
	 */
	public int status() {
		return this.envelope.status();
	}

	/**
	 * Return the error code: the control plane's string code, or the edge's numeric code
	 * as text.
	 * @return the code or {@code null}
	 */
	public @Nullable String code() {
		return this.envelope.code();
	}

	/**
	 * Return the {@code tenant_state} the response reported.
	 * @return the tenant state or {@code null}
	 */
	public @Nullable String tenantState() {
		return this.envelope.tenantState();
	}

	/**
	 * Return the {@code window_kind} the response reported.
	 * @return the window kind or {@code null}
	 */
	public @Nullable String windowKind() {
		return this.envelope.windowKind();
	}

	/**
	 * Return the claim URL offered to a human, if the response carried one.
	 * @return the claim URL or {@code null}
	 */
	public @Nullable String claimUrl() {
		return this.envelope.claimUrl();
	}

	/**
	 * Return the top-up URL offered to a human, if the response carried one.
	 * @return the top-up URL or {@code null}
	 */
	public @Nullable String topupUrl() {
		return this.envelope.topupUrl();
	}

	/**
	 * Return everything the error response said.
	 * @return the envelope
	 */
	public ErrorEnvelope envelope() {
		return this.envelope;
	}

}
