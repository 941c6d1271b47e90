/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import ai.cohesivity.core.CohesivityException;

/**
 * A {@code 2xx} answer of {@code GET /api/observability} could not be read as a snapshot.
 */
public class MalformedSnapshotException extends CohesivityException {

	/**
	 * Create a new exception.
	 * @param message what was wrong
	 * @param cause the parse failure
	 */
	public MalformedSnapshotException(String message, Throwable cause) {
		super(message, cause);
	}

}
