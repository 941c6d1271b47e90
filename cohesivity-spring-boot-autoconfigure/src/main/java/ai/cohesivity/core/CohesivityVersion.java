/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this client library, used in the default {@code User-Agent}.
 */
public final class CohesivityVersion {

	static final String RESOURCE = "/META-INF/cohesivity/version.properties";

	private static final String VERSION = load();

	private CohesivityVersion() {
	}

	/**
	 * Return the library version, or {@code "unknown"} when it cannot be determined.
	 * @return the version
	 */
	public static String get() {
		return VERSION;
	}

	/**
	 * Return the default user agent, {@code cohesivity-spring-boot/<version>}.
	 * @return the user agent
	 */
	public static String userAgent() {
		return "cohesivity-spring-boot/" + VERSION;
	}

	private static String load() {
		try (InputStream in = CohesivityVersion.class.getResourceAsStream(RESOURCE)) {
			if (in != null) {
				Properties properties = new Properties();
				properties.load(in);
				String version = properties.getProperty("version", "").strip();
				if (!version.isEmpty() && !version.startsWith("$")) {
					return version;
				}
			}
		}
		catch (IOException ex) {
			// fall through to the package version
		}
		String version = CohesivityVersion.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "unknown";
	}

}
