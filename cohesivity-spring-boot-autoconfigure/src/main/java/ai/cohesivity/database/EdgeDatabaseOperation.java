/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.Locale;

/**
 * The kind of an edge database call, used as the low-cardinality {@code operation} tag of
 * its observation.
 */
public enum EdgeDatabaseOperation {

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
