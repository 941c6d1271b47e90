/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Path;

import ai.cohesivity.core.CohesivityException;

/**
 * A Cohesivity bean needs a key that is configured nowhere: not as a property or
 * environment variable, not in the {@code .cohesivity} file, and not through a
 * {@link CohesivityConnectionDetails} bean.
 */
public class MissingCohesivityCredentialsException extends CohesivityException {

	private final String credential;

	private final String property;

	private final Path credentialsFile;

	/**
	 * Create a new exception.
	 * @param credential the missing credential, for example {@code application key}
	 * @param property the property that would provide it, for example
	 * {@code cohesivity.application-key}
	 * @param credentialsFile the credentials file that was looked for
	 */
	public MissingCohesivityCredentialsException(String credential, String property, Path credentialsFile) {
		super("No Cohesivity " + credential + " is configured: set " + property + " or provide "
				+ credentialsFile.toAbsolutePath().normalize());
		this.credential = credential;
		this.property = property;
		this.credentialsFile = credentialsFile;
	}

	/**
	 * Return the missing credential's name.
	 * @return the credential
	 */
	public String getCredential() {
		return this.credential;
	}

	/**
	 * Return the property that would provide the credential.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Return the credentials file that was looked for.
	 * @return the file
	 */
	public Path getCredentialsFile() {
		return this.credentialsFile;
	}

}
