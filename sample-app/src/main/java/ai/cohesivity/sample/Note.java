/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.time.Instant;
import java.util.List;

/**
 * A note kept in the edge database, as {@code DataClassRowMapper} reads a row of
 * {@code notes} (column {@code created_at} to {@code createdAt}, the comma-separated
 * {@code tags} column to a list).
 *
 * @param id the row id
 * @param title the title, unique
 * @param body the text
 * @param tags the tags
 * @param createdAt when it was written
 * @param updatedAt when it was last changed
 */
public record Note(long id, String title, String body, List<String> tags, Instant createdAt, Instant updatedAt) {

}
