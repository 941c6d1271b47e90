/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Instant;

/**
 * A row of the benchmarks' {@code notes} table, as a record (mapped by
 * {@code DataClassRowMapper}).
 *
 * @param id the primary key
 * @param title the title
 * @param done whether the note is done (SQLite stores 0 or 1)
 * @param price a price (SQLite REAL)
 * @param createdAt when the note was created (SQLite ISO-8601 text)
 */
public record Note(long id, String title, boolean done, double price, Instant createdAt) {

}
