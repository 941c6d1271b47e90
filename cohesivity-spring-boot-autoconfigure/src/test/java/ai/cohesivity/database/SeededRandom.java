/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Random input for the property-based tests, from a seed named in every failure so that a
 * failing run replays exactly with {@code -Dcohesivity.test.seed=<seed>}.
 */
final class SeededRandom {

	static final String SEED_PROPERTY = "cohesivity.test.seed";

	private static final int MAX_INPUT_SHOWN = 4000;

	private final long seed;

	private final Random random;

	private SeededRandom(long seed) {
		this.seed = seed;
		this.random = new Random(seed);
	}

	/**
	 * Return the generator of this run: the seed of {@code -Dcohesivity.test.seed}, or a
	 * new one.
	 * @return the generator
	 */
	static SeededRandom create() {
		String configured = System.getProperty(SEED_PROPERTY);
		return new SeededRandom((configured != null) ? Long.parseLong(configured.trim()) : new Random().nextLong());
	}

	long seed() {
		return this.seed;
	}

	/**
	 * Check a property for {@code tries} generated inputs; a failure names the seed, the
	 * try and the input, with the original failure as its cause.
	 * @param <T> the type of input
	 * @param tries how many inputs to check
	 * @param generator generates one input
	 * @param property the check of one input
	 */
	<T> void check(int tries, Function<SeededRandom, T> generator, Property<T> property) {
		for (int tried = 1; tried <= tries; tried++) {
			T input = generator.apply(this);
			try {
				property.check(input);
			}
			catch (Exception | AssertionError ex) {
				throw new AssertionError("Try " + tried + " of " + tries + " failed with seed " + this.seed
						+ " (replay with -D" + SEED_PROPERTY + "=" + this.seed + ") for input " + show(input) + ": "
						+ ex.getMessage(), ex);
			}
		}
	}

	/**
	 * Return a number from {@code min} to {@code max}, both included.
	 * @param min the smallest
	 * @param max the largest
	 * @return the number
	 */
	int between(int min, int max) {
		return min + this.random.nextInt(max - min + 1);
	}

	long nextLong() {
		return this.random.nextLong();
	}

	int nextInt() {
		return this.random.nextInt();
	}

	boolean nextBoolean() {
		return this.random.nextBoolean();
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	@SafeVarargs
	final <T> T oneOf(T... values) {
		return values[this.random.nextInt(values.length)];
	}

	/**
	 * Return a finite double: an edge case ({@code ±0.0}, the extremes, small integers)
	 * or random bits of any magnitude.
	 * @return the double
	 */
	double finiteDouble() {
		if (chance(0.2)) {
			return oneOf(0.0, -0.0, 1.0, -1.0, 0.5, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE,
					-Double.MAX_VALUE, Double.MIN_NORMAL);
		}
		if (nextBoolean()) {
			return (this.random.nextDouble() - 0.5) * Math.pow(10, between(-6, 12));
		}
		double value;
		do {
			value = Double.longBitsToDouble(this.random.nextLong());
		}
		while (!Double.isFinite(value));
		return value;
	}

	/**
	 * Return text of the given characters.
	 * @param characters the characters to draw from
	 * @param minLength the shortest
	 * @param maxLength the longest
	 * @return the text
	 */
	String text(String characters, int minLength, int maxLength) {
		int length = between(minLength, maxLength);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(characters.charAt(this.random.nextInt(characters.length())));
		}
		return text.toString();
	}

	/**
	 * Return text of any UTF-16 code units: mostly ASCII, some control characters and
	 * NUL, some of the rest of the Basic Multilingual Plane including unpaired
	 * surrogates.
	 * @param maxLength the longest
	 * @return the text
	 */
	String anyText(int maxLength) {
		int length = between(0, maxLength);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			int pick = this.random.nextInt(10);
			if (pick < 5) {
				text.append((char) between(32, 126));
			}
			else if (pick < 6) {
				text.append((char) between(0, 31));
			}
			else if (pick < 7) {
				text.append((char) between(0xD800, 0xDFFF));
			}
			else {
				text.append((char) this.random.nextInt(0x10000));
			}
		}
		return text.toString();
	}

	/**
	 * Return a list of generated elements.
	 * @param <T> the type of element
	 * @param maxSize the longest
	 * @param element generates one element
	 * @return the list
	 */
	<T> List<T> list(int maxSize, Function<SeededRandom, T> element) {
		int size = between(0, maxSize);
		List<T> list = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			list.add(element.apply(this));
		}
		return list;
	}

	/**
	 * Show an input as Java would write it: text quoted, with quotes, backslashes,
	 * control characters and surrogates escaped; lists and arrays in brackets; a long
	 * input cut after {@value #MAX_INPUT_SHOWN} characters (the seed replays it whole).
	 */
	private static String show(@Nullable Object input) {
		StringBuilder shown = new StringBuilder();
		append(shown, input);
		return (shown.length() <= MAX_INPUT_SHOWN) ? shown.toString()
				: shown.substring(0, MAX_INPUT_SHOWN) + "… (" + shown.length() + " characters)";
	}

	private static void append(StringBuilder shown, @Nullable Object value) {
		if (shown.length() > MAX_INPUT_SHOWN) {
			return;
		}
		if (value instanceof String text) {
			appendQuoted(shown, text);
		}
		else if (value instanceof Object[] array) {
			append(shown, Arrays.asList(array));
		}
		else if (value instanceof List<?> list) {
			shown.append('[');
			for (int i = 0; i < list.size(); i++) {
				shown.append((i > 0) ? ", " : "");
				append(shown, list.get(i));
			}
			shown.append(']');
		}
		else if (value instanceof Long number) {
			shown.append(number).append('L');
		}
		else {
			shown.append(value);
		}
	}

	private static void appendQuoted(StringBuilder shown, String text) {
		shown.append('"');
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				shown.append('\\').append(c);
			}
			else if (c < 32 || c == 127 || Character.isSurrogate(c)) {
				shown.append(String.format("\\u%04X", (int) c));
			}
			else {
				shown.append(c);
			}
		}
		shown.append('"');
	}

	/**
	 * The check of one generated input.
	 *
	 * @param <T> the type of input
	 */
	@FunctionalInterface
	interface Property<T> {

		void check(T input) throws Exception;

	}

}
