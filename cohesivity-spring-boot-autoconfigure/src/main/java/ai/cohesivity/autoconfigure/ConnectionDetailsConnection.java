/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityException;

/**
 * Adapts the Boot-facing {@link CohesivityConnectionDetails} to the
 * {@link CohesivityConnection} the clients are assembled from. Values are read from the
 * details per use; a missing key is reported with the property and the credentials file
 * that would provide it.
 */
final class ConnectionDetailsConnection implements CohesivityConnection {

	private final CohesivityConnectionDetails details;

	private final Path credentialsFile;

	ConnectionDetailsConnection(CohesivityConnectionDetails details, Path credentialsFile) {
		this.details = details;
		this.credentialsFile = credentialsFile;
	}

	@Override
	public String baseUrl() {
		return this.details.getBaseUrl();
	}

	@Override
	public @Nullable String managementKey() {
		return this.details.getManagementKey();
	}

	@Override
	public @Nullable String applicationKey() {
		return this.details.getApplicationKey();
	}

	@Override
	public CohesivityException missingKey(Key key) {
		String property = switch (key) {
			case MANAGEMENT -> "cohesivity.management-key";
			case APPLICATION -> "cohesivity.application-key";
		};
		return new MissingCohesivityCredentialsException(key.description(), property, this.credentialsFile);
	}

	@Override
	public String toString() {
		return "ConnectionDetailsConnection[" + this.details + "]";
	}

}
