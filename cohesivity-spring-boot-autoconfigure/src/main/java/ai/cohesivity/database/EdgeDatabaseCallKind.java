/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.Locale;

/**
 * The kind of an edge database call (read rows, count affected rows, or run for effect),
 * carried by its {@link EdgeDatabaseObservationContext} and used as the low-cardinality
 * {@code operation} tag of its observation. Not to be confused with
 * {@link EdgeDatabaseOperations}, the API that makes the calls.
 */
public enum EdgeDatabaseCallKind {

	/** A statement whose rows are read. */
	QUERY,

	/** A statement whose affected-row count is read. */
	UPDATE,

	/** A statement (or script) run for its effect only. */
	EXECUTE;

	/**
	 * Returns the tag value: the lower-case name.
	 * @return the tag value
	 */
	public String tagValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
