/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import io.micrometer.observation.Observation;

/**
 * The {@link Observation.Context} of one edge database call. It carries the kind of
 * operation only: never the SQL text or its parameters, which may hold user data.
 */
public class EdgeDatabaseObservationContext extends Observation.Context {

	private final EdgeDatabaseOperation operation;

	/**
	 * Creates a context for a call.
	 * @param operation the kind of call
	 */
	public EdgeDatabaseObservationContext(EdgeDatabaseOperation operation) {
		this.operation = operation;
	}

	/**
	 * Returns the kind of call.
	 * @return the operation
	 */
	public EdgeDatabaseOperation getOperation() {
		return this.operation;
	}

}
