/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import ai.cohesivity.core.InsecureBaseUrlException;

/**
 * Explains a start-up that failed because {@code cohesivity.base-url} would send keys in
 * clear text or is not a usable origin.
 */
class InsecureBaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<InsecureBaseUrlException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InsecureBaseUrlException cause) {
		String description = cause.getMessage() + ".\n\nCohesivity keys travel with every request, so the "
				+ "client only talks https, except to a loopback address where the local emulator runs.";
		String action = "Set cohesivity.base-url to https://cohesivity.ai (the default) or another https URL "
				+ "without query, fragment or user info. For a local emulator use http://127.0.0.1:<port> or "
				+ "http://localhost:<port>.";
		return new FailureAnalysis(description, action, cause);
	}

}
