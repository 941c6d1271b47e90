/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Duration;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What an error response from Cohesivity said, read from either envelope: the control
 * plane's {@code {"error":"<code>","message":"…"}} or the data plane's
 * {@code {"error":{"code":<status>,"message":"[Cohesivity] …"}}} with its top-level state
 * fields.
 *
 * @param status the HTTP status
 * @param code the string error code, or the numeric edge code as text
 * @param message the human message with the {@code [Cohesivity] } prefix stripped
 * @param tenantState the {@code tenant_state} field ({@code active}, {@code paused}, …)
 * @param windowKind the {@code window_kind} of a rate limit ({@code utc_minute},
 * {@code all_time})
 * @param pauseReasonKind the {@code pause_reason.kind} of a paused tenant
 * @param recommendedAction the {@code pause_reason.recommended_action} of a paused tenant
 * @param claimUrl the {@code claim_url} offered to a human, if any
 * @param topupUrl the {@code topup_url} offered to a human, if any
 * @param retryAfter the {@code Retry-After} response header, if any
 * @param jsonBody whether the body was a JSON error envelope; {@code false} for an HTML
 * page (the Cloudflare WAF, a proxy), plain text, an empty body or a redirect
 */
public record ErrorEnvelope(int status, @Nullable String code, String message, @Nullable String tenantState,
		@Nullable String windowKind, @Nullable String pauseReasonKind, @Nullable String recommendedAction,
		@Nullable String claimUrl, @Nullable String topupUrl, @Nullable Duration retryAfter, boolean jsonBody) {

	private static final Pattern PREFIX = Pattern.compile("^\\s*\\[Cohesivity\\]\\s*:?\\s*", Pattern.CASE_INSENSITIVE);

	/**
	 * Create an envelope read from a JSON error body.
	 * @param status the HTTP status
	 * @param code the string error code, or the numeric edge code as text
	 * @param message the human message with the {@code [Cohesivity] } prefix stripped
	 * @param tenantState the {@code tenant_state} field
	 * @param windowKind the {@code window_kind} of a rate limit
	 * @param pauseReasonKind the {@code pause_reason.kind} of a paused tenant
	 * @param recommendedAction the {@code pause_reason.recommended_action}
	 * @param claimUrl the {@code claim_url}, if any
	 * @param topupUrl the {@code topup_url}, if any
	 * @param retryAfter the {@code Retry-After} response header, if any
	 */
	public ErrorEnvelope(int status, @Nullable String code, String message, @Nullable String tenantState,
			@Nullable String windowKind, @Nullable String pauseReasonKind, @Nullable String recommendedAction,
			@Nullable String claimUrl, @Nullable String topupUrl, @Nullable Duration retryAfter) {
		this(status, code, message, tenantState, windowKind, pauseReasonKind, recommendedAction, claimUrl, topupUrl,
				retryAfter, true);
	}

	/**
	 * Remove the {@code [Cohesivity] } prefix the data plane puts before its messages
	 * (whatever field or body the message came in).
	 * @param message the message
	 * @return the message without the prefix, stripped of surrounding white space
	 */
	public static String stripPrefix(String message) {
		return PREFIX.matcher(message).replaceFirst("").strip();
	}

	static boolean hasPrefix(String text) {
		return PREFIX.matcher(text).find();
	}

	/**
	 * Create an envelope that carries only a status and a message, for an answer without
	 * a JSON error body (an HTML page, plain text, a redirect).
	 * @param status the HTTP status
	 * @param message the message
	 * @return the envelope
	 */
	public static ErrorEnvelope of(int status, String message) {
		return new ErrorEnvelope(status, null, message, null, null, null, null, null, null, null, false);
	}

	/**
	 * Return a copy with another message, for a caller that knows better what the error
	 * means.
	 * @param message the message
	 * @return the new envelope
	 */
	public ErrorEnvelope withMessage(String message) {
		return new ErrorEnvelope(this.status, this.code, message, this.tenantState, this.windowKind,
				this.pauseReasonKind, this.recommendedAction, this.claimUrl, this.topupUrl, this.retryAfter,
				this.jsonBody);
	}

}
