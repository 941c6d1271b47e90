/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

/**
 * The configured base URL would send keys in clear text: it is not {@code https} and not
 * a loopback address.
 */
public class InsecureBaseUrlException extends CohesivityException {

	private final String baseUrl;

	/**
	 * Create a new exception.
	 * @param baseUrl the refused base URL
	 * @param reason why it was refused
	 */
	public InsecureBaseUrlException(String baseUrl, String reason) {
		super("Refusing Cohesivity base URL '" + KeyRedactor.redact(baseUrl) + "': " + reason);
		this.baseUrl = KeyRedactor.redact(baseUrl);
	}

	/**
	 * Return the refused base URL.
	 * @return the base URL
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

}
