/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Path;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import ai.cohesivity.core.CredentialsFileException;

/**
 * Explains a start-up that failed because the {@code .cohesivity} file exists but cannot
 * be used.
 */
class CredentialsFileFailureAnalyzer extends AbstractFailureAnalyzer<CredentialsFileException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CredentialsFileException cause) {
		Path file = cause.file().toAbsolutePath().normalize();
		String description = "The Cohesivity credentials file " + file + " cannot be used: " + cause.reason() + ".";
		String action = "Fix the file: it must be a regular file (not a link) of at most 128 KiB holding "
				+ "key=value lines such as tenant_id=..., coh_management_key=coh_man_..., "
				+ "coh_application_key=coh_app_..., with # for comments. Recreate it with "
				+ "'npx @cohesivity/init' (it is written with mode 0600), point cohesivity.credentials-file at "
				+ "another file, or set cohesivity.management-key and cohesivity.application-key instead.";
		return new FailureAnalysis(description, action, cause);
	}

}
