/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of row mapping: what a user without the starter writes, reading each
 * column of each JSON row by hand.
 */
public final class HandNoteReader {

	private static final JsonMapper JSON = JsonMapper.shared();

	private HandNoteReader() {
	}

	/**
	 * Reads one row.
	 * @param row the JSON row
	 * @return the note
	 */
	public static Note read(JsonNode row) {
		return new Note(row.get("id").asLong(), row.get("title").asString(), row.get("done").asInt() != 0,
				row.get("price").asDouble(), Instant.parse(row.get("created_at").asString()));
	}

	/**
	 * Parses a whole answer into a Jackson tree and reads its rows by hand.
	 * @param answer the answer's bytes, {@code {"rows":[…],…}}
	 * @return the notes in order
	 */
	public static List<Note> readAnswer(byte[] answer) {
		JsonNode rows = JSON.readTree(answer).path("rows");
		List<Note> notes = new ArrayList<>(rows.size());
		for (JsonNode row : rows) {
			notes.add(read(row));
		}
		return notes;
	}

	/**
	 * Reads all rows.
	 * @param rows the JSON rows
	 * @return the notes in order
	 */
	public static List<Note> readAll(List<? extends JsonNode> rows) {
		List<Note> notes = new ArrayList<>(rows.size());
		for (JsonNode row : rows) {
			notes.add(read(row));
		}
		return notes;
	}

}
