package ai.cohesivity.sample;

import java.time.Instant;

/**
 * A note kept in the edge database.
 *
 * @param id the row id
 * @param title what the note says
 * @param done whether it is done
 * @param createdAt when it was written
 */
public record Note(long id, String title, boolean done, Instant createdAt) {

}
