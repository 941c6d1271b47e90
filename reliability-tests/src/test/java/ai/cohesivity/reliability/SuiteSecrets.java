/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.cohesivity.emulator.EmulatorTenant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every secret the suite handed out or saw on the wire (the keys of every tenant it
 * created, every edge token its clients sent as Bearer) and every exception message its
 * cases raised. As an extension ({@code @ExtendWith(SuiteSecrets.class)}), it checks
 * after each test class that none of the exception messages recorded so far holds a
 * secret.
 */
public final class SuiteSecrets implements AfterAllCallback {

	/** A key value: the prefix and key characters, as opposed to a masked key. */
	private static final Pattern KEY_VALUE = Pattern.compile("coh_(man|app)_[A-Za-z0-9]{4}");

	/** A {@code key} query parameter whose value is not the mask. */
	private static final Pattern KEY_PARAMETER = Pattern.compile("[?&]key=(?!\\*{6})[^&\\s\"'#,;}]+");

	private static final Set<String> secrets = ConcurrentHashMap.newKeySet();

	private static final List<String> exceptionMessages = new CopyOnWriteArrayList<>();

	/**
	 * Remember the keys of a tenant.
	 * @param tenant the tenant
	 * @return the tenant
	 */
	public static EmulatorTenant tenant(EmulatorTenant tenant) {
		secrets.add(tenant.managementKey());
		secrets.add(tenant.applicationKey());
		return tenant;
	}

	/**
	 * Remember a secret (an edge token seen on the wire, a key).
	 * @param secret the secret
	 */
	public static void secret(@Nullable String secret) {
		if (secret != null && secret.length() >= 8) {
			secrets.add(secret);
		}
	}

	/**
	 * Return how many secrets are known.
	 * @return the count
	 */
	public static int secretCount() {
		return secrets.size();
	}

	/**
	 * Remember an exception a case raised: the message and class of it and of every
	 * cause.
	 * @param failure the exception
	 * @return the exception
	 */
	public static Throwable raised(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			exceptionMessages.add(current.toString());
			for (Throwable suppressed : current.getSuppressed()) {
				exceptionMessages.add(suppressed.toString());
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return failure;
	}

	/**
	 * Return how many exception messages were recorded.
	 * @return the count
	 */
	public static int exceptionMessageCount() {
		return exceptionMessages.size();
	}

	/**
	 * Return the places in a text that hold a secret: a key of any tenant, an edge token
	 * seen on the wire, a key value of any tenant's shape, or a {@code ?key=} value.
	 * @param text the text
	 * @return one entry per leak, with a little context (the secret itself masked)
	 */
	public static List<String> leaksIn(String text) {
		List<String> leaks = new ArrayList<>();
		for (String secret : secrets) {
			int at = text.indexOf(secret);
			if (at >= 0) {
				leaks.add("a recorded secret (" + secret.substring(0, 4) + "…) at " + at + ": " + context(text, at));
			}
		}
		find(KEY_VALUE, "a key value", text, leaks);
		find(KEY_PARAMETER, "a ?key= value", text, leaks);
		return leaks;
	}

	private static void find(Pattern pattern, String what, String text, List<String> leaks) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find() && leaks.size() < 20) {
			leaks.add(what + " at " + matcher.start() + ": " + context(text, matcher.start()));
		}
	}

	private static String context(String text, int at) {
		int start = Math.max(0, text.lastIndexOf('\n', at) + 1);
		int end = Math.min(text.length(), Math.min(at + 60, start + 200));
		String line = text.substring(start, Math.max(start, Math.min(end, at))) + "<secret>";
		return line.replaceAll("[\\r\\n]", " ");
	}

	/**
	 * Assert that a text holds no secret.
	 * @param what what the text is, for the failure message
	 * @param text the text
	 */
	public static void assertNoSecret(String what, String text) {
		assertThat(leaksIn(text)).as("secrets in " + what).isEmpty();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		assertNoSecret("the exception messages raised so far (" + exceptionMessages.size() + ")",
				String.join("\n", exceptionMessages));
	}

}
