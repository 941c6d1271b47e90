/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

/**
 * One lexical token of an SQLite statement, with its position in the original text.
 *
 * @param type what kind of token this is
 * @param text the token exactly as written (quotes included)
 * @param start offset of the first character in the original text
 * @param end offset after the last character in the original text
 */
record SqlToken(Type type, String text, int start, int end) {

	/**
	 * Whether this token is the given keyword (an unquoted word, compared
	 * case-insensitively).
	 * @param keyword the keyword in any case
	 * @return {@code true} if the token is that keyword
	 */
	boolean isKeyword(String keyword) {
		return this.type == Type.WORD && this.text.equalsIgnoreCase(keyword);
	}

	/**
	 * Whether this token is the given punctuation character.
	 * @param symbol the character
	 * @return {@code true} if the token is exactly that character
	 */
	boolean is(char symbol) {
		return this.type == Type.SYMBOL && this.text.length() == 1 && this.text.charAt(0) == symbol;
	}

	/**
	 * Token kinds. Comments and whitespace produce no tokens.
	 */
	enum Type {

		/** An unquoted identifier or keyword. */
		WORD,

		/** A quoted identifier: {@code "x"}, {@code `x`} or {@code [x]}. */
		QUOTED_IDENTIFIER,

		/**
		 * A string literal {@code 'x'} (a blob literal is a WORD {@code X} followed by a
		 * STRING).
		 */
		STRING,

		/** A numeric literal. */
		NUMBER,

		/**
		 * A bind parameter: {@code ?}, {@code ?NNN}, {@code :name}, {@code @name} or
		 * {@code $name}.
		 */
		PARAMETER,

		/**
		 * Any other single character, such as {@code ;}, {@code (}, {@code ,} or an
		 * operator.
		 */
		SYMBOL

	}

}
