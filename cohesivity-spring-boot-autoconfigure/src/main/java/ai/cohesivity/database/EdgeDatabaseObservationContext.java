/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import io.micrometer.observation.Observation;

/**
 * The {@link Observation.Context} of one edge database call. It carries the kind of call
 * only: never the SQL text or its parameters, which may hold user data.
 */
public class EdgeDatabaseObservationContext extends Observation.Context {

	private final EdgeDatabaseCallKind callKind;

	/**
	 * Creates a context for a call.
	 * @param callKind the kind of call
	 */
	public EdgeDatabaseObservationContext(EdgeDatabaseCallKind callKind) {
		this.callKind = callKind;
	}

	/**
	 * Returns the kind of call: the {@code operation} tag of the default convention.
	 * @return the kind of call
	 */
	public EdgeDatabaseCallKind getCallKind() {
		return this.callKind;
	}

}
