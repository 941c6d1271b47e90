/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Masks Cohesivity key material in text that leaves the client: management keys
 * ({@code coh_man_…}), application keys ({@code coh_app_…}), {@code key=} query
 * parameters, and Bearer credentials (edge session tokens, a claim's wait token), which
 * Spring's request logging shows in the {@code Authorization} header when request details
 * are logged; and makes excerpts of response bodies safe for messages.
 */
public final class KeyRedactor {

	/** The text that replaces a secret. */
	public static final String MASK = "******";

	private static final Pattern KEY = Pattern.compile("coh_(man|app|mgmt)_[A-Za-z0-9_-]*");

	private static final Pattern KEY_VALUE = Pattern.compile("coh_(man|app|mgmt)_[A-Za-z0-9]{4}");

	private static final Pattern KEY_PARAMETER = Pattern.compile("([?&]key=)[^&#,;}\\s\"']*");

	/** A Bearer credential other than a key (keys keep their prefix when masked). */
	private static final Pattern BEARER_VALUE = Pattern.compile("(?i)(\\bbearer\\s+)(?!coh_)[A-Za-z0-9._~+/=-]{8,}");

	private KeyRedactor() {
	}

	/**
	 * Return the text with every key and {@code key=} query value masked.
	 * @param text the text, may be {@code null}
	 * @return the redacted text, or {@code null} when {@code text} is {@code null}
	 */
	public static @Nullable String redact(@Nullable String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String redacted = KEY.matcher(text).replaceAll("coh_$1_" + MASK);
		redacted = BEARER_VALUE.matcher(redacted).replaceAll("$1" + MASK);
		return KEY_PARAMETER.matcher(redacted).replaceAll("$1" + MASK);
	}

	/**
	 * Return whether the text holds something that looks like a Cohesivity key.
	 * @param text the text
	 * @return whether a key prefix occurs in the text
	 */
	public static boolean containsKey(@Nullable String text) {
		return text != null && KEY.matcher(text).find();
	}

	/**
	 * Return whether the text holds a key value (a key prefix followed by key
	 * characters), as opposed to an already masked key.
	 * @param text the text
	 * @return whether a key value occurs in the text
	 */
	public static boolean containsKeyValue(@Nullable String text) {
		return text != null && text.contains("coh_") && KEY_VALUE.matcher(text).find();
	}

	/**
	 * Return a short excerpt of a response body that is safe to put in a message: white
	 * space collapsed, cut after {@code maxLength} characters, keys masked, and binary
	 * data (compressed bytes, an encoding the client did not ask for) described instead
	 * of shown.
	 * @param body the body's bytes
	 * @param maxLength the most characters shown
	 * @return the excerpt
	 */
	public static String excerpt(byte[] body, int maxLength) {
		int length = Math.min(body.length, maxLength * 4);
		if (looksBinary(body, length)) {
			return body.length + " bytes of binary data"
					+ ((body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) ? " (gzip)" : "");
		}
		return excerpt(new String(body, 0, length, StandardCharsets.UTF_8), maxLength);
	}

	/**
	 * Return a short excerpt of a response body that is safe to put in a message, like
	 * {@link #excerpt(byte[], int)}.
	 * @param body the body as text
	 * @param maxLength the most characters shown
	 * @return the excerpt
	 */
	public static String excerpt(String body, int maxLength) {
		if (body.chars().limit(maxLength * 4L).anyMatch(KeyRedactor::isBinary)) {
			return body.length() + " characters of binary data";
		}
		String text = body.strip().replaceAll("\\s+", " ");
		if (text.length() > maxLength) {
			text = text.substring(0, maxLength) + "…";
		}
		return String.valueOf(redact(text));
	}

	private static boolean looksBinary(byte[] body, int length) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			CharBuffer text = decoder.decode(ByteBuffer.wrap(body, 0, length));
			return text.chars().anyMatch(KeyRedactor::isBinary);
		}
		catch (CharacterCodingException ex) {
			// A multi-byte character cut at the end of the excerpt is not binary data.
			return length == body.length || length < 4 || looksBinary(body, length - 3);
		}
	}

	private static boolean isBinary(int character) {
		return (character < 0x20 && character != '\t' && character != '\n' && character != '\r') || character == 0x7f
				|| character == 0xfffd;
	}

	/**
	 * Return whether the text holds a secret value that {@link #redact(String)} masks: a
	 * key value, or a Bearer credential that is not masked yet.
	 * @param text the text
	 * @return whether a secret value occurs in the text
	 */
	public static boolean containsSecretValue(@Nullable String text) {
		return containsKeyValue(text) || (text != null && BEARER_VALUE.matcher(text).find());
	}

	/**
	 * Return a masked form of a secret that is safe to show: the prefix and a mask, never
	 * any of the secret part.
	 * @param secret the secret, may be {@code null}
	 * @return {@code "coh_man_******"}, {@code "coh_app_******"}, {@code "******"} or
	 * {@code "null"}
	 */
	public static String mask(@Nullable String secret) {
		if (secret == null) {
			return "null";
		}
		if (secret.startsWith("coh_man_")) {
			return "coh_man_" + MASK;
		}
		if (secret.startsWith("coh_app_")) {
			return "coh_app_" + MASK;
		}
		return MASK;
	}

}
