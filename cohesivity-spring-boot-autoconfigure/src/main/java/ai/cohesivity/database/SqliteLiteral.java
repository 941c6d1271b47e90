/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import org.jspecify.annotations.Nullable;

/**
 * Writes a bound value as a SQLite literal, for the values where the literal is exactly
 * the value a bound parameter would store: {@code NULL}, an INTEGER other than
 * {@code Long.MIN_VALUE} (written in decimal; {@code -9223372036854775808} is a minus
 * sign before a magnitude beyond the 64-bit range, which SQLite only special-cases, so it
 * stays bound) and TEXT of at most {@value #MAX_TEXT_LENGTH} characters that holds no NUL
 * character and no unpaired surrogate, in single quotes with each quote doubled — the
 * only escape SQLite's string literals have. Anything else (a REAL, whose decimal text
 * SQLite might round differently; longer or unusual text) stays a bound parameter.
 */
final class SqliteLiteral {

	/** The longest text written as a literal. */
	static final int MAX_TEXT_LENGTH = 1_000;

	private SqliteLiteral() {
	}

	/**
	 * Returns a value as a literal.
	 * @param value a value as {@link BindValueConverter#toJson} converts it
	 * @return the literal, or {@code null} if the value must stay a bound parameter
	 */
	static @Nullable String of(@Nullable Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof Long number) {
			return (number != Long.MIN_VALUE) ? Long.toString(number) : null;
		}
		if (value instanceof String text && isPlainText(text)) {
			StringBuilder literal = new StringBuilder(text.length() + 2).append('\'');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				literal.append(c);
				if (c == '\'') {
					literal.append('\'');
				}
			}
			return literal.append('\'').toString();
		}
		return null;
	}

	private static boolean isPlainText(String text) {
		if (text.length() > MAX_TEXT_LENGTH) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\0') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
