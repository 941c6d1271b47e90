package ai.cohesivity.emulator.support;

import java.security.SecureRandom;
import java.util.List;
import java.util.function.Predicate;

/**
 * Makes tenant ids ({@code word-word-word}), keys ({@code coh_man_}/{@code coh_app_} + 20
 * {@code [a-z0-9]}) and opaque tokens, all from a {@link SecureRandom}.
 */
public final class CredentialGenerator {

	private static final char[] KEY_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

	private static final char[] TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
		.toCharArray();

	private static final List<String> ADJECTIVES = List.of("brave", "swift", "calm", "bright", "bold", "eager",
			"gentle", "happy", "jolly", "keen", "lively", "merry", "noble", "proud", "quick", "quiet", "rapid", "sunny",
			"tidy", "vivid", "witty", "zesty", "amber", "cosmic", "dusty", "frosty", "golden", "lucky", "misty",
			"silver");

	private static final List<String> ANIMALS = List.of("otter", "fox", "heron", "lynx", "panda", "koala", "badger",
			"falcon", "gecko", "ibis", "jaguar", "lemur", "marten", "newt", "ocelot", "puffin", "quokka", "raven",
			"seal", "tapir", "urchin", "vole", "walrus", "yak", "zebra", "bison", "crane", "dingo", "egret", "ferret");

	private static final List<String> VERBS = List.of("runs", "running", "sleeping", "jumps", "dancing", "swims",
			"reading", "sings", "wanders", "climbs", "dreams", "glides", "hops", "hums", "laughs", "paints", "rests",
			"roams", "sails", "writes");

	private final SecureRandom random = new SecureRandom();

	public String tenantId(Predicate<String> taken) {
		for (int attempt = 0; attempt < 50; attempt++) {
			String id = pick(ADJECTIVES) + "-" + pick(ANIMALS) + "-" + pick(VERBS);
			if (!taken.test(id)) {
				return id;
			}
		}
		String id;
		do {
			id = pick(ADJECTIVES) + "-" + pick(ANIMALS) + "-" + random(KEY_ALPHABET, 6);
		}
		while (taken.test(id));
		return id;
	}

	public String managementKey() {
		return "coh_man_" + random(KEY_ALPHABET, 20);
	}

	public String applicationKey() {
		return "coh_app_" + random(KEY_ALPHABET, 20);
	}

	/**
	 * An opaque, URL-safe random token with the given prefix.
	 */
	public String token(String prefix, int length) {
		return prefix + random(TOKEN_ALPHABET, length);
	}

	public String lowercase(int length) {
		return random(KEY_ALPHABET, length);
	}

	private String pick(List<String> words) {
		return words.get(this.random.nextInt(words.size()));
	}

	private String random(char[] alphabet, int length) {
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = alphabet[this.random.nextInt(alphabet.length)];
		}
		return new String(chars);
	}

}
