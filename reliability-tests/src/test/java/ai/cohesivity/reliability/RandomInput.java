/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Random input for the property-based cases, from a seed printed with their figures, so
 * that a failing case is rerun exactly with {@code -Dreliability.seed=<seed>}.
 */
public final class RandomInput {

	private static final String KEY_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

	private final long seed;

	private final Random random;

	private RandomInput(long seed) {
		this.seed = seed;
		this.random = new Random(seed);
	}

	/**
	 * Return the input of this run: the seed of {@code -Dreliability.seed}, or a new one.
	 * @return the random input
	 */
	public static RandomInput create() {
		String configured = System.getProperty("reliability.seed");
		return new RandomInput((configured != null) ? Long.parseLong(configured) : new Random().nextLong());
	}

	public long seed() {
		return this.seed;
	}

	public int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	public boolean nextBoolean() {
		return this.random.nextBoolean();
	}

	public <T> T oneOf(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	/**
	 * Return a key of the given prefix with 20 random characters, as Cohesivity's are.
	 * @param prefix {@code coh_man_} or {@code coh_app_}
	 * @return the key
	 */
	public String key(String prefix) {
		StringBuilder key = new StringBuilder(prefix);
		for (int i = 0; i < 20; i++) {
			key.append(KEY_CHARACTERS.charAt(this.random.nextInt(KEY_CHARACTERS.length())));
		}
		return key.toString();
	}

	/**
	 * Return random bytes read as UTF-8 (malformed sequences become U+FFFD).
	 * @param maxLength the longest
	 * @return the text
	 */
	public String bytesAsText(int maxLength) {
		byte[] bytes = new byte[this.random.nextInt(maxLength + 1)];
		this.random.nextBytes(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * Return text of printable ASCII, control characters and a few characters that matter
	 * to parsers ({@code = # " ' ; \ NUL}).
	 * @param maxLength the longest
	 * @return the text
	 */
	public String awkwardText(int maxLength) {
		String special = "=#\"';\\\u0000\t \u00a0\ufeff\u2028";
		int length = this.random.nextInt(maxLength + 1);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			int pick = this.random.nextInt(10);
			if (pick < 2) {
				text.append(special.charAt(this.random.nextInt(special.length())));
			}
			else if (pick < 3) {
				text.append((char) this.random.nextInt(32));
			}
			else {
				text.append((char) (32 + this.random.nextInt(95)));
			}
		}
		return text.toString();
	}

}
