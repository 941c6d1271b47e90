/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RowMapperCache}.
 */
class RowMapperCacheTests {

	private final List<Class<?>> built = new ArrayList<>();

	@Test
	void buildsOneMapperPerClassAndReturnsItAgain() {
		RowMapperCache cache = new RowMapperCache(this::build);
		RowMapper<Note> first = cache.get(Note.class);
		assertThat(cache.get(Note.class)).isSameAs(first);
		assertThat(cache.get(Tag.class)).isNotSameAs(first).isInstanceOf(DataClassRowMapper.class);
		assertThat(this.built).containsExactly(Note.class, Tag.class);
	}

	@Test
	void dropsTheLeastRecentlyUsedClassBeyondItsCapacity() {
		RowMapperCache cache = new RowMapperCache(1, this::build);
		RowMapper<Note> note = cache.get(Note.class);
		cache.get(Tag.class);
		assertThat(cache.get(Note.class)).isNotSameAs(note);
		assertThat(this.built).containsExactly(Note.class, Tag.class, Note.class);
	}

	@Test
	void oneSharedMapperMapsResultsWithDifferentColumnOrders() throws SQLException {
		RowMapper<Note> mapper = new RowMapperCache(this::build).get(Note.class);
		assertThat(map("[{\"id\": 1, \"created_at\": \"2026-01-02\"}]", mapper))
			.containsExactly(new Note(1, "2026-01-02"));
		assertThat(map("[{\"CREATED_AT\": \"2026-01-03\", \"extra\": true, \"ID\": 2}]", mapper))
			.containsExactly(new Note(2, "2026-01-03"));
	}

	private RowMapper<?> build(Class<?> type) {
		this.built.add(type);
		return new DataClassRowMapper<>(type);
	}

	private static <T> List<T> map(String json, RowMapper<T> mapper) throws SQLException {
		EdgeResultSet rows = EdgeResultSet.of(JsonMapper.shared().readTree(json));
		return new RowMapperResultSetExtractor<>(mapper).extractData(rows);
	}

	record Note(long id, String createdAt) {
	}

	record Tag(String name) {
	}

}
