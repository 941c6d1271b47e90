/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import ai.cohesivity.core.CohesivityNetworkException;

/**
 * Explains a start-up that failed because Cohesivity could not be reached (provisioning,
 * schema scripts or a runner needed it): the failure in one sentence — for an https base
 * URL answered in plain HTTP, that one, instead of Netty's hex dump — and what to check.
 */
class CohesivityNetworkFailureAnalyzer extends AbstractFailureAnalyzer<CohesivityNetworkException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CohesivityNetworkException cause) {
		String description = "Cohesivity could not be reached while the application started: " + cause.getMessage()
				+ ".";
		String action = "Check the base URL (cohesivity.base-url, or base_url in the .cohesivity file; "
				+ "https://cohesivity.ai by default): for a local emulator it is http://127.0.0.1:<port> and the "
				+ "emulator must be running. Check too that this machine reaches it (proxy, firewall).";
		return new FailureAnalysis(description, action, cause);
	}

}
