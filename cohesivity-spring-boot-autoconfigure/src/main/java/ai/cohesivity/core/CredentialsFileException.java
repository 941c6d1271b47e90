/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A {@code .cohesivity} credentials file exists but cannot be used: it is a symbolic
 * link, not a regular file, too large, unreadable or malformed. The message never quotes
 * the file's content.
 */
public class CredentialsFileException extends CohesivityException {

	private final Path file;

	private final String reason;

	/**
	 * Create a new exception.
	 * @param file the file
	 * @param reason why it cannot be used, free of key material
	 * @param cause the underlying failure, if any
	 */
	public CredentialsFileException(Path file, String reason, @Nullable Throwable cause) {
		super("Cohesivity credentials file " + file.toAbsolutePath().normalize() + " cannot be used: " + reason, cause);
		this.file = file;
		this.reason = reason;
	}

	/**
	 * Return the file.
	 * @return the file
	 */
	public Path file() {
		return this.file;
	}

	/**
	 * Return why the file cannot be used.
	 * @return the reason
	 */
	public String reason() {
		return this.reason;
	}

}
