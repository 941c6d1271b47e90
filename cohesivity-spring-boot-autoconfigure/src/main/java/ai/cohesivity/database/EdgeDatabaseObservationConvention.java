/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * An {@link ObservationConvention} for edge database calls; implement it (or extend
 * {@link DefaultEdgeDatabaseObservationConvention}) to change the name or the tags.
 */
public interface EdgeDatabaseObservationConvention extends ObservationConvention<EdgeDatabaseObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof EdgeDatabaseObservationContext;
	}

}
