/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import tools.jackson.databind.JsonNode;

import ai.cohesivity.core.CohesivityException;

/**
 * A flow a human had to approve (a claim, a Codex connection) ended without approval:
 * {@code /api/wait} answered {@code expired}, {@code denied}, {@code cancelled} or
 * {@code failed}. Waiting longer does not help; start the flow again.
 */
public class WaitFailedException extends CohesivityException {

	private final String status;

	private final JsonNode body;

	/**
	 * Create a new exception.
	 * @param message the message, saying what to do
	 * @param status the status that ended the wait
	 * @param body the whole final answer of {@code /api/wait}
	 */
	public WaitFailedException(String message, String status, JsonNode body) {
		super(message);
		this.status = status;
		this.body = body;
	}

	/**
	 * Return the status that ended the wait.
	 * @return {@code expired}, {@code denied}, {@code cancelled} or {@code failed}
	 */
	public String status() {
		return this.status;
	}

	/**
	 * Return the whole final answer of {@code /api/wait}.
	 * @return the answer
	 */
	public JsonNode body() {
		return this.body;
	}

}
