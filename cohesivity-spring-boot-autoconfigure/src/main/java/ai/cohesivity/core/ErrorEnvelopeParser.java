/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an error response of either Cohesivity envelope into an {@link ErrorEnvelope}
 * (§1.4: accept both families): the control plane's string {@code error} with an optional
 * {@code message}, or the data plane's {@code error} object with {@code code} and
 * {@code message}, plus {@code tenant_state}, {@code window_kind}, {@code pause_reason},
 * {@code claim_url} and {@code topup_url}. A string {@code error} is a code when it reads
 * like one ({@code tenant_paused}, {@code bannedUserAgent}) and the message when it reads
 * like a sentence ({@code "[Cohesivity] Tenant paused: …"}, a SQLite message). The
 * {@code [Cohesivity] } prefix is stripped from every message, whichever field or body it
 * came in. A body that is not JSON (an HTML page from the Cloudflare WAF, a proxy or a
 * wrong base URL) yields a message that names the status and the likely cause, unless it
 * is Cohesivity's own prefixed text. Every message is redacted of key material.
 */
final class ErrorEnvelopeParser {

	private static final Pattern PREFIX = Pattern.compile("^\\s*\\[Cohesivity\\]\\s*:?\\s*", Pattern.CASE_INSENSITIVE);

	private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,79}");

	private static final int SNIPPET_LENGTH = 200;

	private final JsonMapper jsonMapper;

	/**
	 * Create a parser using Jackson's shared {@link JsonMapper}.
	 */
	ErrorEnvelopeParser() {
		this(JsonMapper.shared());
	}

	/**
	 * Create a parser.
	 * @param jsonMapper the mapper used to read JSON bodies
	 */
	ErrorEnvelopeParser(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Parse an error response.
	 * @param status the HTTP status
	 * @param contentType the {@code Content-Type} header, if any
	 * @param body the response body, possibly empty
	 * @param retryAfter the {@code Retry-After} header, if any
	 * @return the envelope
	 */
	ErrorEnvelope parse(int status, @Nullable String contentType, String body, @Nullable String retryAfter) {
		Duration wait = parseRetryAfter(retryAfter);
		JsonNode root = readJsonObject(body);
		if (root == null) {
			String message = isCohesivityText(contentType, body) ? cleanMessage(status, null, body.strip())
					: describeNonJson(status, contentType, body);
			return new ErrorEnvelope(status, null, message, null, null, null, null, null, null, wait, false);
		}
		JsonNode error = root.path("error");
		String code = null;
		String message = null;
		if (error.isString()) {
			String value = error.stringValue().strip();
			if (CODE.matcher(value).matches()) {
				code = value;
			}
			else if (!value.isEmpty()) {
				message = value;
			}
		}
		else if (error.isObject()) {
			code = text(error.path("code"));
			message = text(error.path("message"));
		}
		String messageField = text(root.path("message"));
		if (messageField != null && (message == null || !error.isObject())) {
			// The top-level message is the control plane's; a sentence in a string error
			// gives way to it, the edge's error.message does not.
			message = messageField;
		}
		if (code == null) {
			code = text(root.path("reason"));
		}
		JsonNode pauseReason = root.path("pause_reason");
		String cleanMessage = cleanMessage(status, code, message);
		return new ErrorEnvelope(status, KeyRedactor.redact(code), cleanMessage, text(root.path("tenant_state")),
				text(root.path("window_kind")), text(pauseReason.path("kind")),
				text(pauseReason.path("recommended_action")), KeyRedactor.redact(text(root.path("claim_url"))),
				KeyRedactor.redact(text(root.path("topup_url"))), wait);
	}

	private @Nullable JsonNode readJsonObject(String body) {
		String trimmed = body.strip();
		if (!trimmed.startsWith("{")) {
			return null;
		}
		try {
			JsonNode node = this.jsonMapper.readTree(trimmed);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static @Nullable String text(JsonNode node) {
		if (node.isString()) {
			String value = node.stringValue();
			return value.isBlank() ? null : value;
		}
		if (node.isNumber() || node.isBoolean()) {
			return node.asString();
		}
		return null;
	}

	private static String cleanMessage(int status, @Nullable String code, @Nullable String message) {
		String result = (message != null) ? ErrorEnvelope.stripPrefix(message) : null;
		if (result == null || result.isBlank()) {
			result = (code != null) ? code
					: "HTTP " + status + " error without a message (" + likelyCause(status) + ")";
		}
		return KeyRedactor.redact(result);
	}

	private static boolean isCohesivityText(@Nullable String contentType, String body) {
		boolean html = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
		return !html && ErrorEnvelope.hasPrefix(body) && body.strip().length() <= 2000;
	}

	private static String describeNonJson(int status, @Nullable String contentType, String body) {
		String lower = body.toLowerCase(Locale.ROOT);
		boolean html = (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html"))
				|| lower.stripLeading().startsWith("<");
		if (body.isBlank()) {
			return "HTTP " + status + " with an empty body: " + likelyCause(status);
		}
		if (html) {
			if (status == 403 && (lower.contains("1010") || lower.contains("cloudflare"))) {
				return "HTTP 403 with an HTML body: probably the Cloudflare WAF (error 1010) rejecting the "
						+ "User-Agent; set cohesivity.user-agent to a descriptive, non-default value";
			}
			return "HTTP " + status + " with an HTML body instead of JSON: " + likelyCause(status)
					+ " (check cohesivity.base-url and any proxy in between)";
		}
		return "HTTP " + status + " with a non-JSON body (" + likelyCause(status) + "): "
				+ KeyRedactor.excerpt(body, SNIPPET_LENGTH);
	}

	/**
	 * Return the likely cause of an error status whose body does not explain it.
	 * @param status the status
	 * @return the cause, in words
	 */
	static String likelyCause(int status) {
		if (status == 401 || status == 403) {
			return "probably rejected by a firewall or proxy before reaching Cohesivity";
		}
		if (status == 404) {
			return "probably a wrong cohesivity.base-url or an endpoint this server does not have";
		}
		if (status == 429) {
			return "rate limited";
		}
		if (status >= 500) {
			return "Cohesivity or a gateway in front of it is unavailable";
		}
		if (status >= 300 && status < 400) {
			return "a redirect, which is never followed with credentials attached";
		}
		return "probably not Cohesivity answering: a proxy in between, or a wrong cohesivity.base-url";
	}

	static @Nullable Duration parseRetryAfter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		try {
			long seconds = Long.parseLong(trimmed);
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration wait = Duration.between(Instant.now(), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException dateEx) {
				return null;
			}
		}
	}

}
