/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Masks Cohesivity key material in text that leaves the client: management keys
 * ({@code coh_man_…}), application keys ({@code coh_app_…}), and {@code key=} query
 * parameters.
 */
public final class KeyRedactor {

	/** The text that replaces a secret. */
	public static final String MASK = "******";

	private static final Pattern KEY = Pattern.compile("coh_(man|app|mgmt)_[A-Za-z0-9_-]*");

	private static final Pattern KEY_VALUE = Pattern.compile("coh_(man|app|mgmt)_[A-Za-z0-9]{4}");

	private static final Pattern KEY_PARAMETER = Pattern.compile("([?&]key=)[^&#,;}\\s\"']*");

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
