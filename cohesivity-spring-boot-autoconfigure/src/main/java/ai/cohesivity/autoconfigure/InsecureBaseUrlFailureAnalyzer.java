/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Path;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import ai.cohesivity.core.InsecureBaseUrlException;

/**
 * Explains a start-up that failed because the base URL (from {@code cohesivity.base-url}
 * or the credentials file's {@code base_url}) would send keys in clear text or is not a
 * usable origin, and says where it was set.
 */
class InsecureBaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<InsecureBaseUrlException> {

	private final Environment environment;

	InsecureBaseUrlFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InsecureBaseUrlException cause) {
		String origin = PropertyOrigins.describe(this.environment, "cohesivity.base-url");
		String source = (origin != null) ? origin
				: "base_url in the credentials file "
						+ Path.of(this.environment.getProperty("cohesivity.credentials-file", ".cohesivity"))
							.toAbsolutePath()
							.normalize();
		String description = cause.getMessage() + ".\n\nIt comes from " + source + ". Cohesivity keys travel with "
				+ "every request, so the client only talks https, except to a loopback address where the local "
				+ "emulator runs.";
		String action = "Set cohesivity.base-url to https://cohesivity.ai (the default) or another https URL "
				+ "without query, fragment or user info, and without the /api or /edge the client adds itself. For a local emulator use http://127.0.0.1:<port> or "
				+ "http://localhost:<port>.";
		return new FailureAnalysis(description, action, cause);
	}

}
