/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parameters that carry SQL injection (quotes, comments, statement separators,
 * {@code DROP TABLE}, placeholders, NUL and other control characters) are bound, never
 * written into the SQL: 300 values a run, from a printed seed, through {@code ?},
 * {@code ?NNN} and {@code :name}, each read back exactly as written, and both tables
 * survive with exactly the rows inserted.
 */
@ExtendWith(SuiteSecrets.class)
class SqlInjectionTests {

	private static final int VALUES = 300;

	private static final String[] PAYLOADS = { "'; DROP TABLE notes; --", "\"); DROP TABLE sentinel; --", "' OR '1'='1",
			"1; DELETE FROM notes", "x' UNION SELECT name FROM sqlite_master --", "?", "?1", ":title", "$1",
			"/* comment */", "--", ";", "\\'; DROP TABLE notes; --", "'||(SELECT sql FROM sqlite_master)||'",
			"Robert'); DROP TABLE sentinel;--", "\u0000", "\u0000'; DROP TABLE notes; --", "END; DROP TABLE notes",
			"'''", "\\", "\ud83d\ude00'; --" };

	@RegisterExtension
	static final TenantFixture fixture = TenantFixture.withDatabase(
			"CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)",
			"CREATE TABLE sentinel (id INTEGER PRIMARY KEY)", "INSERT INTO sentinel (id) VALUES (1)");

	@Test
	void injectionStringsAreBoundAndTheTablesSurvive() {
		RandomInput random = RandomInput.create();
		List<String> mismatches = new ArrayList<>();
		for (int i = 0; i < VALUES; i++) {
			String value = switch (random.nextInt(3)) {
				case 0 -> random.oneOf(PAYLOADS);
				case 1 -> random.oneOf(PAYLOADS) + random.awkwardText(40) + random.oneOf(PAYLOADS);
				default -> random.awkwardText(120);
			};
			long id;
			switch (i % 3) {
				case 0 -> fixture.clients().database().update("INSERT INTO notes (id, title) VALUES (?, ?)", i, value);
				case 1 ->
					fixture.clients().database().update("INSERT INTO notes (id, title) VALUES (?1, ?2)", i, value);
				default -> fixture.clients()
					.database()
					.sql("INSERT INTO notes (id, title) VALUES (:id, :title)")
					.param("id", i)
					.param("title", value)
					.update();
			}
			id = i;
			String read = fixture.clients()
				.database()
				.queryForObject("SELECT title FROM notes WHERE id = ?", String.class, id);
			Long matching = fixture.clients()
				.database()
				.queryForObject("SELECT count(*) FROM notes WHERE title = ?", Long.class, value);
			if (!value.equals(read) || matching == null || matching < 1) {
				mismatches.add(i + ": " + value.replace("\u0000", "\\0") + " read back as " + read);
			}
		}
		long rows = fixture.clients().database().queryForObject("SELECT count(*) FROM notes", Long.class);
		long sentinel = fixture.clients().database().queryForObject("SELECT count(*) FROM sentinel", Long.class);
		List<String> tables = fixture.clients()
			.database()
			.queryForList("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", String.class);
		Figures.print("SQL parameters carrying injection strings", "seed", random.seed(), "values", VALUES,
				"read back differently", mismatches.size(), "rows in notes", rows, "tables", tables);
		assertThat(mismatches).as("rerun with -Dreliability.seed=" + random.seed()).isEmpty();
		assertThat(rows).isEqualTo(VALUES);
		assertThat(sentinel).isOne();
		assertThat(tables).contains("notes", "sentinel");
	}

}
