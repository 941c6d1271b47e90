/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import ai.cohesivity.core.CohesivityException;

/**
 * A streamed answer of the managed agent ended before its {@code data: [DONE]}, or the
 * agent reported an error in the middle of it: what arrived is only part of the answer.
 * It is never passed off as a whole answer; the request is not retried (the agent may
 * have acted on it).
 */
public class AgentAnswerIncompleteException extends CohesivityException {

	/**
	 * Create a new exception.
	 * @param message what happened
	 */
	public AgentAnswerIncompleteException(String message) {
		super(message);
	}

}
