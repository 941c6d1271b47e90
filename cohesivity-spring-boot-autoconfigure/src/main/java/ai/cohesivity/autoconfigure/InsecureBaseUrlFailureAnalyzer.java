/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

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
		String description = cause.getMessage() + ".\n\nThe base URL is " + KeySources.baseUrl(this.environment)
				+ ". Cohesivity keys travel with "
				+ "every request, so the client only talks https, except to a loopback address where the local "
				+ "emulator runs.";
		String action = "Set cohesivity.base-url to https://cohesivity.ai (the default) or another https URL "
				+ "without query, fragment or user info, and without the /api or /edge the client adds itself. For a local emulator use http://127.0.0.1:<port> or "
				+ "http://localhost:<port>.";
		return new FailureAnalysis(description, action, cause);
	}

}
