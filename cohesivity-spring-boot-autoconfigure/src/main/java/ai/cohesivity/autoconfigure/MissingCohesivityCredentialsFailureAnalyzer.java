/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed because no Cohesivity key is configured, and lists
 * every way to provide one.
 */
class MissingCohesivityCredentialsFailureAnalyzer
		extends AbstractFailureAnalyzer<MissingCohesivityCredentialsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingCohesivityCredentialsException cause) {
		Path file = cause.getCredentialsFile().toAbsolutePath().normalize();
		String environmentVariable = cause.getProperty().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
		String description = "Cohesivity needs an " + cause.getCredential() + " but none is configured.\n\n"
				+ "Looked in:\n" + "    - property " + cause.getProperty() + " (environment variable "
				+ environmentVariable + "): not set\n" + "    - credentials file " + file + ": "
				+ (Files.exists(file) ? "present but without this key" : "not found") + "\n"
				+ "    - a CohesivityConnectionDetails bean: none";
		String action = "Do one of the following:\n"
				+ "    - create the credentials file: run 'npx @cohesivity/init' in " + file.getParent()
				+ " (or set cohesivity.credentials-file to where your .cohesivity file is)\n" + "    - set "
				+ cause.getProperty() + " (or the environment variable " + environmentVariable + ")\n"
				+ "    - for local development and tests, add the dependency ai.cohesivity:cohesivity-emulator "
				+ "to run on an embedded Cohesivity emulator (cohesivity.emulator.enabled=auto)";
		return new FailureAnalysis(description, action, cause);
	}

}
