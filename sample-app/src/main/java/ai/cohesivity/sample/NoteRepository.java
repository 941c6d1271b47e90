/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.time.Instant;
import java.util.List;

import ai.cohesivity.database.EdgeDatabaseOperations;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The notes, in the tenant's edge database, through {@link EdgeDatabaseOperations} (the
 * starter's {@code EdgeDatabaseTemplate}). A missing note is Spring's
 * {@link EmptyResultDataAccessException}, a second note with the same title a
 * {@link DuplicateKeyException}: the template translates the database's answers into
 * them, as {@code JdbcTemplate} does.
 */
@Repository
class NoteRepository {

	private static final String COLUMNS = "id, title, body, tags, created_at, updated_at";

	private static final RowMapper<Note> NOTE = new DataClassRowMapper<>(Note.class);

	private final EdgeDatabaseOperations database;

	NoteRepository(EdgeDatabaseOperations database) {
		this.database = database;
	}

	Note create(NoteRequest request, Instant now) {
		return this.database
			.queryForObject(
					"INSERT INTO notes (title, body, tags, created_at, updated_at) "
							+ "VALUES (?, ?, ?, ?, ?) RETURNING " + COLUMNS,
					NOTE, request.title(), request.bodyOrEmpty(), request.tagsColumn(), now, now);
	}

	/**
	 * Return a page of notes, newest first (ids grow with every insert).
	 */
	List<Note> page(int page, int size) {
		return this.database.query("SELECT " + COLUMNS + " FROM notes ORDER BY id DESC LIMIT ? OFFSET ?", NOTE, size,
				(long) page * size);
	}

	long count() {
		Long count = this.database.queryForObject("SELECT count(*) FROM notes", Long.class);
		return (count != null) ? count : 0;
	}

	Note get(long id) {
		return this.database.queryForObject("SELECT " + COLUMNS + " FROM notes WHERE id = ?", NOTE, id);
	}

	Note update(long id, NoteRequest request, Instant now) {
		return this.database.queryForObject(
				"UPDATE notes SET title = ?, body = ?, tags = ?, updated_at = ? WHERE id = ? RETURNING " + COLUMNS,
				NOTE, request.title(), request.bodyOrEmpty(), request.tagsColumn(), now, id);
	}

	void delete(long id) {
		this.database.queryForObject("DELETE FROM notes WHERE id = ? RETURNING id", Long.class, id);
	}

	/**
	 * Return the notes whose title, body or tags contain the text, newest first.
	 */
	List<Note> search(String text, int limit) {
		String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.database.query(
				"SELECT " + COLUMNS + " FROM notes WHERE title LIKE ?1 ESCAPE '\\' "
						+ "OR body LIKE ?1 ESCAPE '\\' OR tags LIKE ?1 ESCAPE '\\' ORDER BY id DESC LIMIT ?2",
				NOTE, pattern, limit);
	}

}
