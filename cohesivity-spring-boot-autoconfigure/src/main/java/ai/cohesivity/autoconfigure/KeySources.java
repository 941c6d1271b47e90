/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;

import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityCredentials;
import ai.cohesivity.core.CredentialsFile;

/**
 * Where each Cohesivity key and the base URL of an application come from — a property
 * with its origin (an environment variable, a line of {@code application.properties}, a
 * command-line argument), the credentials file, or a connection details bean — said
 * without the key.
 */
final class KeySources {

	private KeySources() {
	}

	/**
	 * Returns the property that configures a key.
	 * @param key the key
	 * @return {@code cohesivity.management-key} or {@code cohesivity.application-key}
	 */
	static String property(CohesivityConnection.Key key) {
		return switch (key) {
			case MANAGEMENT -> "cohesivity.management-key";
			case APPLICATION -> "cohesivity.application-key";
		};
	}

	/**
	 * Describes where a key comes from, in the order the starter looks (a property wins
	 * over the file).
	 * @param environment the environment
	 * @param key the key
	 * @return for example {@code the credentials file /app/.cohesivity
	 * (coh_application_key)}
	 */
	static String describe(Environment environment, CohesivityConnection.Key key) {
		String property = PropertyOrigins.describe(environment, property(key));
		if (property != null) {
			return property;
		}
		Path file = credentialsFile(environment);
		String entry = (key == CohesivityConnection.Key.MANAGEMENT) ? CohesivityCredentials.MANAGEMENT_KEY
				: CohesivityCredentials.APPLICATION_KEY;
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return "the credentials file " + file + " (" + entry + "), since no property sets it";
		}
		return "a CohesivityConnectionDetails bean (no property sets it and there is no credentials file at " + file
				+ ")";
	}

	/**
	 * Returns the credentials file the environment points at.
	 * @param environment the environment
	 * @return the absolute, normalized path
	 */
	static Path credentialsFile(Environment environment) {
		return Path.of(environment.getProperty("cohesivity.credentials-file", ".cohesivity"))
			.toAbsolutePath()
			.normalize();
	}

	/**
	 * Describes the base URL the clients use and where it comes from.
	 * @param environment the environment
	 * @return for example {@code http://127.0.0.1:8787 (base_url in /app/.cohesivity)}
	 */
	static String baseUrl(Environment environment) {
		String property = PropertyOrigins.describe(environment, "cohesivity.base-url");
		if (property != null) {
			return environment.getProperty("cohesivity.base-url") + " (" + property + ")";
		}
		Path file = credentialsFile(environment);
		String fromFile = baseUrlIn(file);
		return (fromFile != null) ? fromFile + " (base_url in " + file + ")" : CohesivityConnection.DEFAULT_BASE_URL
				+ " (the default: no cohesivity.base-url property and no base_url in " + file + ")";
	}

	private static @Nullable String baseUrlIn(Path file) {
		try {
			// The file was accepted at start-up; read it again without a second warning.
			return new CredentialsFile(file).parse(Files.readString(file)).baseUrl();
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Refuses keys set as properties that hold whitespace or control characters.
	 * @param environment the environment, to say where a refused key was set
	 * @param properties the bound properties
	 * @throws InvalidKeyPropertyException for the first such key
	 */
	static void checkProperties(Environment environment, CohesivityProperties properties) {
		check(environment, CohesivityConnection.Key.MANAGEMENT, properties.getManagementKey());
		check(environment, CohesivityConnection.Key.APPLICATION, properties.getApplicationKey());
	}

	private static void check(Environment environment, CohesivityConnection.Key key, @Nullable String value) {
		String defect = (value != null) ? CredentialsFile.keyDefect(value.strip()) : null;
		if (defect != null) {
			String source = PropertyOrigins.describe(environment, property(key));
			throw new InvalidKeyPropertyException(key, (source != null) ? source : "property " + property(key), defect);
		}
	}

}
