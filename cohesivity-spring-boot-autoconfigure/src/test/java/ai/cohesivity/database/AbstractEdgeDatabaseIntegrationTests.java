/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.math.BigDecimal;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import ai.cohesivity.core.CohesivityNetworkException;
import ai.cohesivity.core.CohesivityNotProvisionedException;
import ai.cohesivity.core.CohesivityRateLimitedException;
import ai.cohesivity.core.CohesivityTenantExpiredException;
import ai.cohesivity.core.CohesivityTenantPausedException;
import ai.cohesivity.core.CohesivityUnauthorizedException;
import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.Compression;
import ai.cohesivity.emulator.EdgeErrorFormat;
import ai.cohesivity.emulator.EmulatorTenant;
import ai.cohesivity.emulator.WireProfile;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.BeanPropertyRowMapper;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every method of the edge database template, the fluent spec and the reactive client,
 * against the emulator over HTTP on loopback. Run once per emulator wire profile by the
 * concrete subclasses: {@link WireProfile#MINIMAL} (only {@code {rows,rowCount}} and
 * string errors) and {@link WireProfile#FULL} (D1 {@code meta},
 * {@code {error:{code,message}}} errors).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractEdgeDatabaseIntegrationTests {

	private static final String DATABASE_PATH = "/edge/database";

	private CohesivityEmulator emulator;

	private EmulatorTenant tenant;

	private EdgeDatabaseTestClients clients;

	private final List<Observation.Context> observations = new CopyOnWriteArrayList<>();

	private EdgeDatabaseOperations template;

	private ReactiveEdgeDatabaseClient client;

	/**
	 * The wire profile this run of the tests uses.
	 * @return the profile
	 */
	abstract WireProfile wireProfile();

	@BeforeAll
	void startEmulator() {
		this.emulator = CohesivityEmulator.builder().wireProfile(wireProfile()).start();
		this.tenant = this.emulator.createTenant();
		this.emulator.provision(this.tenant.tenantId(), "database");
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new RecordingHandler(this.observations));
		this.clients = EdgeDatabaseTestClients.of(this.emulator, this.tenant, registry);
		this.template = this.clients.template();
		this.client = this.clients.reactiveClient();
	}

	@AfterAll
	void stopEmulator() {
		this.clients.close();
		this.emulator.close();
	}

	@BeforeEach
	void createSchema() {
		this.template.execute("""
				DROP TABLE IF EXISTS tags;
				DROP TABLE IF EXISTS notes;
				DROP TABLE IF EXISTS copies;
				CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL UNIQUE,
				  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)), price REAL, created_at TEXT, ref TEXT,
				  kind TEXT);
				CREATE TABLE tags (note_id INTEGER NOT NULL REFERENCES notes (id), tag TEXT NOT NULL);
				CREATE TABLE copies (id INTEGER PRIMARY KEY, title TEXT NOT NULL, done INTEGER NOT NULL, price REAL);
				""");
		this.observations.clear();
	}

	// --- execute, update and affected rows ---

	@Test
	void updateReturnsAffectedRows() {
		assertThat(this.template.update("INSERT INTO notes (title) VALUES (?)", "milk")).isEqualTo(1);
		assertThat(this.template.update("INSERT INTO notes (title) VALUES (?), (?)", "bread", "eggs")).isEqualTo(2);
		assertThat(this.template.update("UPDATE notes SET done = 1 WHERE title <> ?", "milk")).isEqualTo(2);
		assertThat(this.template.update("DELETE FROM notes WHERE title = ?", "nothing")).isZero();
		assertThat(this.template.update("DELETE FROM notes WHERE done = ? RETURNING id", 1)).isEqualTo(2);
		assertThat(this.template.update("CREATE INDEX notes_done ON notes (done)")).isZero();
		assertThat(this.template.queryForList("SELECT title FROM notes", String.class)).containsExactly("milk");
	}

	@Test
	void multiStatementUpdateCountIsKnownOnlyWithMeta() {
		int count = this.template
			.update("INSERT INTO notes (title) VALUES ('a'); INSERT INTO notes (title) VALUES ('b')");
		if (wireProfile() == WireProfile.FULL) {
			assertThat(count).isEqualTo(2);
		}
		else {
			assertThat(count).isEqualTo(Statement.SUCCESS_NO_INFO);
		}
		assertThat(this.template.queryForObject("SELECT count(*) FROM notes", Long.class)).isEqualTo(2L);
	}

	@Test
	void updateOfThreeHundredThousandRowsIsCountedExactlyWithTheDefaultLimits() {
		// The RETURNING rows of 300,000 changed rows (about 2.4 MB) were over the old
		// 2 MiB limit: the count was unknown (-2). The data plane reads up to 16 MiB, and
		// counts the rows from the answer's bytes without building them.
		this.emulator.admin().d1Caps(Long.MAX_VALUE, Long.MAX_VALUE);
		try {
			withFreshTenant(true, (emulatorTenant, operations) -> {
				operations.execute("CREATE TABLE big (id INTEGER PRIMARY KEY, done INTEGER NOT NULL DEFAULT 0)");
				operations.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) "
						+ "INSERT INTO big (id) SELECT i FROM n");
				long before = requests();
				assertThat(operations.update("UPDATE big SET done = ?", 1)).isEqualTo(300_000);
				assertThat(requests() - before).isEqualTo(1);
				assertThat(operations.queryForObject("SELECT count(*) FROM big WHERE done = 1", Long.class))
					.isEqualTo(300_000L);
				assertThat(operations.update("UPDATE big SET done = 0 WHERE id <= ?", 1000)).isEqualTo(1000);
			});
		}
		finally {
			this.emulator.admin().reset();
		}
	}

	@Test
	void executeRunsAScript() {
		this.template.execute("""
				CREATE TABLE extra (v TEXT);
				INSERT INTO extra VALUES ('a;b');
				INSERT INTO extra VALUES ('c');
				""");
		assertThat(this.template.queryForList("SELECT v FROM extra ORDER BY v", String.class)).containsExactly("a;b",
				"c");
	}

	// --- queries with Spring's own mappers ---

	@Test
	void queryMethodsMapRowsWithSpringMappers() {
		insertNotes();
		assertThat(this.template.query("SELECT * FROM notes ORDER BY id", new DataClassRowMapper<>(Note.class)))
			.extracting(Note::title, Note::done)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("milk", false),
					org.assertj.core.groups.Tuple.tuple("bread", true));
		List<NoteBean> beans = this.template.query("SELECT id, title, done FROM notes WHERE done = ?",
				new BeanPropertyRowMapper<>(NoteBean.class), true);
		assertThat(beans).singleElement().satisfies((bean) -> {
			assertThat(bean.getTitle()).isEqualTo("bread");
			assertThat(bean.isDone()).isTrue();
		});
		assertThat(this.template.query("SELECT title FROM notes ORDER BY id", (rs, rowNum) -> rowNum + rs.getString(1)))
			.containsExactly("0milk", "1bread");
		List<String> handled = new ArrayList<>();
		this.template.query("SELECT title FROM notes ORDER BY id",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> handled.add(rs.getString("title")));
		assertThat(handled).containsExactly("milk", "bread");
		Integer sum = this.template.query("SELECT id FROM notes", (ResultSetExtractor<Integer>) (rs) -> {
			int total = 0;
			while (rs.next()) {
				total += rs.getInt(1);
			}
			return total;
		});
		assertThat(sum).isEqualTo(3);
		try (Stream<String> titles = this.template.queryForStream("SELECT title FROM notes ORDER BY id",
				(rs, rowNum) -> rs.getString(1))) {
			assertThat(titles).containsExactly("milk", "bread");
		}
	}

	@Test
	void queryForObjectMapAndList() {
		insertNotes();
		assertThat(this.template.queryForObject("SELECT count(*) FROM notes", Integer.class)).isEqualTo(2);
		String upper = this.template.queryForObject("SELECT title FROM notes WHERE id = ?",
				(rs, rowNum) -> rs.getString(1).toUpperCase(), 2);
		assertThat(upper).isEqualTo("BREAD");
		Map<String, Object> row = this.template.queryForMap("SELECT id, title, price FROM notes WHERE id = ?", 1);
		assertThat(row).containsEntry("id", 1L).containsEntry("title", "milk").containsEntry("price", 1.25);
		assertThat(this.template.queryForList("SELECT id, title FROM notes ORDER BY id")).hasSize(2)
			.first()
			.isEqualTo(Map.of("id", 1L, "title", "milk"));
		assertThat(this.template.queryForList("SELECT price FROM notes ORDER BY id", BigDecimal.class))
			.containsExactly(new BigDecimal("1.25"), null);
		assertThatExceptionOfType(EmptyResultDataAccessException.class)
			.isThrownBy(() -> this.template.queryForObject("SELECT id FROM notes WHERE id = 99", Long.class));
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
			.isThrownBy(() -> this.template.queryForObject("SELECT id FROM notes", Long.class));
	}

	@Test
	void valuesRoundTripThroughSqlite() {
		UUID ref = UUID.randomUUID();
		Instant created = Instant.parse("2026-03-04T05:06:07.123Z");
		this.template.update("INSERT INTO notes (title, done, price, created_at, ref, kind) VALUES (?, ?, ?, ?, ?, ?)",
				"typed", true, new BigDecimal("19.99"), created, ref, Kind.WORK);
		Note note = this.template.queryForObject("SELECT * FROM notes", new DataClassRowMapper<>(Note.class));
		assertThat(note).isEqualTo(new Note(1L, "typed", true, new BigDecimal("19.99"), created, ref, Kind.WORK));
		assertThat(this.template.queryForObject("SELECT typeof(done) FROM notes", String.class)).isEqualTo("integer");
		assertThat(this.template.queryForObject("SELECT ? + 0", Long.class, 9007199254740993L))
			.isEqualTo(9007199254740993L);
		assertThat(this.template.queryForObject("SELECT X'01FF10'", byte[].class)).containsExactly(0x01, 0xFF - 256,
				0x10);
		assertThat(this.template.queryForObject("SELECT date('2026-01-02')", LocalDate.class))
			.isEqualTo(LocalDate.of(2026, 1, 2));
		assertThat(this.template.queryForObject("SELECT datetime(?)", LocalDateTime.class,
				LocalDateTime.of(2026, 1, 2, 3, 4)))
			.isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4));
		assertThat(this.template.queryForObject("SELECT ? IS NULL", Boolean.class, (Object) null)).isTrue();
	}

	// --- KeyHolder ---

	@Test
	void keyHolderReceivesGeneratedKeys() {
		insertNotes();
		KeyHolder keyHolder = new GeneratedKeyHolder();
		assertThat(this.template.update("INSERT INTO notes (title) VALUES (?)", keyHolder, "cheese")).isEqualTo(1);
		assertThat(keyHolder.getKey()).isEqualTo(3L);
		KeyHolder twoRows = new GeneratedKeyHolder();
		assertThat(this.template.update("INSERT INTO notes (title) VALUES (?), (?)", twoRows, "a", "b")).isEqualTo(2);
		assertThat(twoRows.getKeyList()).hasSize(2);
		assertThat(twoRows.getKeyList().get(1).values()).containsExactly(5L);
		KeyHolder named = new GeneratedKeyHolder();
		this.template.update("INSERT INTO notes (title) VALUES (?)", named, new String[] { "id", "title" }, "c");
		assertThat(named.getKeys()).containsEntry("id", 6L).containsEntry("title", "c");
		KeyHolder fluent = new GeneratedKeyHolder();
		assertThat(this.template.sql("INSERT INTO notes (title) VALUES (:title)").param("title", "d").update(fluent))
			.isEqualTo(1);
		assertThat(fluent.getKeyAs(Long.class)).isEqualTo(7L);
	}

	// --- batch ---

	@Test
	void batchOfOneThousandRowsUsesFewRequestsAndMatchesSingleUpdates() {
		List<Object[]> rows = IntStream.range(0, 1000)
			.mapToObj((i) -> new Object[] { "note " + i, i % 2, (i % 3 == 0) ? null : i / 4.0 })
			.collect(Collectors.toList());
		long before = requests();
		int[] counts = this.template.batchUpdate("INSERT INTO copies (title, done, price) VALUES (?, ?, ?)", rows);
		long batchRequests = requests() - before;
		// Titles, flags and NULLs are inlined as literals; the 666 REAL prices stay
		// bound,
		// at most 100 per request: 7 requests.
		assertThat(batchRequests).isLessThanOrEqualTo(8);
		assertThat(counts).hasSize(1000).containsOnly(1);
		for (Object[] row : rows) {
			this.template.update("INSERT INTO notes (title, done, price) VALUES (?, ?, ?)", row);
		}
		String columns = "SELECT id, title, done, price FROM %s ORDER BY id";
		assertThat(this.template.queryForList(columns.formatted("copies")))
			.isEqualTo(this.template.queryForList(columns.formatted("notes")));
		assertThat(this.template.queryForObject("SELECT count(*) FROM copies", Long.class)).isEqualTo(1000L);
	}

	@Test
	void batchOfOtherStatementsRunsRowByRowWithTruthfulCounts() {
		insertNotes();
		long before = requests();
		int[] counts = this.template.batchUpdate("UPDATE notes SET done = ? WHERE title LIKE ?",
				List.of(new Object[] { 1, "milk" }, new Object[] { 1, "nothing%" }, new Object[] { 0, "%" }));
		assertThat(counts).containsExactly(1, 0, 2);
		assertThat(requests() - before).isEqualTo(3);
	}

	@Test
	void batchInsertOrIgnoreReportsUnknownPerRowCountsHonestly() {
		insertNotes();
		int[] counts = this.template.batchUpdate("INSERT OR IGNORE INTO notes (title) VALUES (?)",
				List.of(new Object[] { "milk" }, new Object[] { "new" }));
		assertThat(counts).containsExactly(Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO);
		int[] allNew = this.template.batchUpdate("INSERT OR IGNORE INTO notes (title) VALUES (?)",
				List.of(new Object[] { "x" }, new Object[] { "y" }));
		assertThat(allNew).containsExactly(1, 1);
		assertThat(this.template.queryForObject("SELECT count(*) FROM notes", Long.class)).isEqualTo(5L);
	}

	@Test
	void failedBatchChunkSaysWhatWasWrittenAndKeepsEarlierChunks() {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			rows.add(new Object[] { boundText((i == 120) ? "dup" : (i == 10) ? "dup" : "t" + i) });
		}
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.template.batchUpdate("INSERT INTO notes (title) VALUES (?)", rows))
			.withMessageContaining("batch rows 100..149")
			.withMessageContaining("the 100 batch rows before them were written")
			.withMessageContaining("UNIQUE constraint failed");
		assertThat(this.template.queryForObject("SELECT count(*) FROM notes", Long.class)).isEqualTo(100L);
	}

	// --- named parameters and the fluent spec ---

	@Test
	void namedParametersFromMapRecordBeanAndList() {
		insertNotes();
		assertThat(this.template.sql("SELECT title FROM notes WHERE done = :done AND title = :title")
			.params(Map.of("done", true, "title", "bread"))
			.query(String.class)
			.single()).isEqualTo("bread");
		record Filter(boolean done) {
		}
		assertThat(this.template.sql("SELECT title FROM notes WHERE done = :done")
			.paramSource(new Filter(false))
			.query(String.class)
			.list()).containsExactly("milk");
		NoteBean bean = new NoteBean();
		bean.setTitle("jam");
		bean.setDone(true);
		assertThat(
				this.template.sql("INSERT INTO notes (title, done) VALUES (:title, :done)").paramSource(bean).update())
			.isEqualTo(1);
		assertThat(this.template.sql("SELECT title FROM notes WHERE id IN (:ids) ORDER BY id")
			.param("ids", List.of(1, 3))
			.query(String.class)
			.list()).containsExactly("milk", "jam");
	}

	@Test
	void fluentSpecQueriesAndUpdates() {
		insertNotes();
		assertThat(this.template.sql("SELECT * FROM notes WHERE id = ?").param(1).query(Note.class).single().title())
			.isEqualTo("milk");
		assertThat(this.template.sql("SELECT * FROM notes WHERE id = ?1").param(1, 99).query(Note.class).optional())
			.isEmpty();
		assertThat(this.template.sql("SELECT id FROM notes ORDER BY id").query(Long.class).set()).containsExactly(1L,
				2L);
		assertThat(this.template.sql("SELECT id, title FROM notes ORDER BY id").query().listOfRows()).hasSize(2);
		assertThat(this.template.sql("SELECT title FROM notes WHERE id = 2").query().singleValue()).isEqualTo("bread");
		assertThat(this.template.sql("SELECT title FROM notes WHERE id = 9").query().optionalValue()).isEmpty();
		assertThat(this.template.sql("UPDATE notes SET done = ?").params(1).update()).isEqualTo(2);
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
			.isThrownBy(() -> this.template.sql("SELECT * FROM notes").query(Note.class).single());
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.sql("SELECT :a, ?").param("a", 1).param(2).query().listOfRows());
	}

	// --- reactive client ---

	@Test
	void reactiveClientBindsMapsAndCountsRows() {
		assertThat(this.client.sql("INSERT INTO notes (title, done) VALUES (?, ?)")
			.bind(0, "milk")
			.bind(1, false)
			.fetch()
			.rowsUpdated()
			.block()).isEqualTo(1L);
		this.client.sql("INSERT INTO notes (title, done) VALUES (:title, :done)")
			.bindProperties(new Note(null, "bread", true, null, null, null, null))
			.then()
			.block();
		List<Note> notes = this.client.sql("SELECT * FROM notes ORDER BY id")
			.mapProperties(Note.class)
			.all()
			.collectList()
			.block();
		assertThat(notes).extracting(Note::title, Note::done)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("milk", false),
					org.assertj.core.groups.Tuple.tuple("bread", true));
		assertThat(this.client.sql("SELECT title FROM notes WHERE done = :done")
			.bind("done", true)
			.mapValue(String.class)
			.one()
			.block()).isEqualTo("bread");
		assertThat(this.client.sql("SELECT title FROM notes ORDER BY id DESC")
			.map((rs, rowNum) -> rs.getString(1))
			.first()
			.block()).isEqualTo("bread");
		assertThat(this.client.sql("SELECT title FROM notes WHERE ref IS ?")
			.bindNull(0, String.class)
			.fetch()
			.all()
			.collectList()
			.block()).hasSize(2);
		assertThat(this.client.sql("SELECT title FROM notes WHERE id = 99").mapValue(String.class).one().block())
			.isNull();
		assertThatExceptionOfType(IncorrectResultSizeDataAccessException.class)
			.isThrownBy(() -> this.client.sql("SELECT title FROM notes").mapValue(String.class).one().block());
		assertThat(this.client.sql("SELECT count(*) AS n FROM notes")
			.extract((rs) -> rs.next() ? rs.getLong("n") : 0L)
			.block()).isEqualTo(2L);
	}

	@Test
	void reactiveClientSendsNothingUntilSubscribed() {
		long before = requests();
		Mono<Long> pending = this.client.sql("INSERT INTO notes (title) VALUES ('later')").fetch().rowsUpdated();
		assertThat(requests()).isEqualTo(before);
		assertThat(pending.block()).isEqualTo(1L);
		assertThat(requests()).isEqualTo(before + 1);
	}

	// --- event loop, limits ---

	@Test
	void blockingTemplateRefusesNonBlockingThreadsAtOnce() {
		long before = requests();
		Mono<Integer> onEventLoop = Mono
			.fromCallable(() -> this.template.update("INSERT INTO notes (title) VALUES ('x')"))
			.subscribeOn(Schedulers.parallel());
		assertThatIllegalStateException().isThrownBy(onEventLoop::block)
			.withMessageContaining("non-blocking")
			.withMessageContaining("ReactiveEdgeDatabaseClient");
		assertThat(requests()).isEqualTo(before);
	}

	@Test
	void blockingTemplateInsideAReactiveCallbackFailsInsteadOfBlockingTheEventLoop() {
		Mono<Integer> nested = this.client.sql("SELECT 1 AS n")
			.mapValue(Long.class)
			.first()
			.map((n) -> this.template.update("INSERT INTO notes (title) VALUES ('from callback')"));
		assertThatIllegalStateException().isThrownBy(nested::block).withMessageContaining("ReactiveEdgeDatabaseClient");
		assertThat(this.template.queryForObject("SELECT count(*) FROM notes", Long.class)).isZero();
	}

	@Test
	void limitsAreCheckedBeforeAnyRequest() {
		long before = requests();
		Object[] tooMany = new Object[101];
		java.util.Arrays.fill(tooMany, 1);
		String placeholders = String.join(", ", Collections.nCopies(101, "?"));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.queryForList("SELECT " + placeholders, tooMany))
			.withMessageContaining("at most 100");
		String huge = "SELECT '" + "x".repeat(100_001) + "'";
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.execute(huge))
			.withMessageContaining("100000 bytes");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO notes (title) VALUES (?)", new byte[] { 1 }));
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO notes (title, done) VALUES (?, ?)", "only one"));
		assertThat(requests()).isEqualTo(before);
	}

	// --- exception translation, one test per row ---

	@Test
	void uniqueViolationIsDuplicateKey() {
		insertNotes();
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO notes (title) VALUES (?)", "milk"))
			.withMessageContaining("UNIQUE constraint failed: notes.title");
	}

	@Test
	void primaryKeyViolationIsDuplicateKey() {
		insertNotes();
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO notes (id, title) VALUES (1, 'other')"))
			.withMessageContaining("notes.id");
	}

	@Test
	void syntaxErrorIsBadSqlGrammar() {
		assertThatExceptionOfType(BadSqlGrammarException.class)
			.isThrownBy(() -> this.template.queryForList("SELEC * FROM notes"))
			.withMessageContaining("syntax error")
			.satisfies((ex) -> assertThat(ex.getSql()).isEqualTo("SELEC * FROM notes"));
	}

	@Test
	void missingTableIsBadSqlGrammar() {
		assertThatExceptionOfType(BadSqlGrammarException.class)
			.isThrownBy(() -> this.template.queryForList("SELECT * FROM nope"))
			.withMessageContaining("no such table: nope");
	}

	@Test
	void missingColumnIsBadSqlGrammar() {
		assertThatExceptionOfType(BadSqlGrammarException.class)
			.isThrownBy(() -> this.template.queryForList("SELECT nope FROM notes"))
			.withMessageContaining("no such column: nope");
	}

	@Test
	void notNullViolationIsDataIntegrityViolation() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO notes (title) VALUES (?)", (Object) null))
			.withMessageContaining("NOT NULL constraint failed: notes.title");
	}

	@Test
	void checkViolationIsDataIntegrityViolation() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO notes (title, done) VALUES ('x', 7)"))
			.withMessageContaining("CHECK constraint failed");
	}

	@Test
	void foreignKeyViolationIsDataIntegrityViolation() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO tags (note_id, tag) VALUES (42, 'x')"))
			.withMessageContaining("FOREIGN KEY constraint failed");
	}

	@Test
	void pausedTenantIsResourceFailure() {
		withFreshTenant(true, (emulatorTenant, operations) -> {
			this.emulator.admin().pause(emulatorTenant.tenantId());
			assertThatExceptionOfType(DataAccessResourceFailureException.class)
				.isThrownBy(() -> operations.queryForList("SELECT 1"))
				.withCauseInstanceOf(CohesivityTenantPausedException.class);
		});
	}

	@Test
	void expiredTenantIsResourceFailure() {
		withFreshTenant(true, (emulatorTenant, operations) -> {
			this.emulator.admin().expire(emulatorTenant.tenantId());
			assertThatExceptionOfType(DataAccessResourceFailureException.class)
				.isThrownBy(() -> operations.update("CREATE TABLE t (a)"))
				.withCauseInstanceOf(CohesivityTenantExpiredException.class);
		});
	}

	@Test
	void unprovisionedDatabaseIsResourceFailure() {
		withFreshTenant(false,
				(emulatorTenant, operations) -> assertThatExceptionOfType(DataAccessResourceFailureException.class)
					.isThrownBy(() -> operations.queryForList("SELECT 1"))
					.withCauseInstanceOf(CohesivityNotProvisionedException.class));
	}

	@Test
	void invalidApplicationKeyIsPermissionDenied() {
		try (EdgeDatabaseTestClients bad = EdgeDatabaseTestClients.of(this.emulator.baseUrl(),
				this.tenant.managementKey(), "coh_app_00000000000000000000")) {
			EdgeDatabaseOperations operations = bad.template();
			assertThatExceptionOfType(PermissionDeniedDataAccessException.class)
				.isThrownBy(() -> operations.queryForList("SELECT 1"))
				.withCauseInstanceOf(CohesivityUnauthorizedException.class)
				.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("coh_app_"));
		}
	}

	@Test
	void unreachableServerIsResourceFailure() {
		try (EdgeDatabaseTestClients unreachable = EdgeDatabaseTestClients.of("http://127.0.0.1:1",
				this.tenant.managementKey(), this.tenant.applicationKey())) {
			EdgeDatabaseOperations operations = unreachable.template();
			assertThatExceptionOfType(DataAccessResourceFailureException.class)
				.isThrownBy(() -> operations.update("INSERT INTO notes (title) VALUES ('x')"))
				.withCauseInstanceOf(CohesivityNetworkException.class);
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void perMinuteRateLimitIsTransientWithOrWithoutWindowKind(boolean windowKind) {
		// Without window_kind, Retry-After alone says the limit clears by waiting (§16).
		withFreshTenant(true, (emulatorTenant, operations) -> {
			this.emulator.admin().rateLimitSignals(true, windowKind);
			this.emulator.admin().edgeRateLimit(1);
			try {
				// Three writes within a limit of one per minute: even across a minute
				// boundary one is refused.
				assertThatExceptionOfType(TransientDataAccessResourceException.class).isThrownBy(() -> {
					operations.update("CREATE TABLE IF NOT EXISTS t (a)");
					operations.update("INSERT INTO t VALUES (1)");
					operations.update("INSERT INTO t VALUES (2)");
				})
					.withCauseInstanceOf(CohesivityRateLimitedException.class)
					.satisfies((ex) -> assertThat(((CohesivityRateLimitedException) ex.getCause()).windowKind())
						.isEqualTo(windowKind ? "utc_minute" : null));
			}
			finally {
				this.emulator.admin().reset();
			}
		});
	}

	// --- what the real Cohesivity may send (issue 9) ---

	@Test
	void pausedTenantInTheStringFamilyIsAResourceFailureWithoutPrefix() {
		withFreshTenant(true, (emulatorTenant, operations) -> {
			operations.execute("CREATE TABLE t (a)");
			this.emulator.admin().edgeErrorFormat(EdgeErrorFormat.SENTENCE);
			this.emulator.admin().pause(emulatorTenant.tenantId());
			try {
				assertThatExceptionOfType(DataAccessResourceFailureException.class)
					.isThrownBy(() -> operations.update("INSERT INTO t VALUES (1)"))
					.withCauseInstanceOf(CohesivityTenantPausedException.class)
					.withMessageContaining("; Tenant paused")
					.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("[Cohesivity]"));
			}
			finally {
				this.emulator.admin().reset();
			}
		});
	}

	@Test
	void cloudflareWafPageIsPermissionDeniedNeverAnSqlError() {
		this.emulator.admin().wafBlockPath(DATABASE_PATH);
		try {
			assertThatExceptionOfType(PermissionDeniedDataAccessException.class)
				.isThrownBy(() -> this.template.queryForList("SELECT title FROM notes"))
				.withMessageContaining("probably the Cloudflare WAF (error 1010) rejecting the User-Agent");
		}
		finally {
			this.emulator.admin().reset();
		}
	}

	@Test
	void metaPresentThenAbsentCountsEveryUpdateTheSameWay() {
		insertNotes();
		this.emulator.admin().metaSequence(true, false);
		try {
			assertThat(this.template.update("UPDATE notes SET done = 1 WHERE title = ?", "milk")).isEqualTo(1);
			assertThat(this.template.update("UPDATE notes SET done = 1 WHERE title = ?", "bread")).isEqualTo(1);
			assertThat(this.template.update("UPDATE notes SET done = 0 WHERE title = ?", "milk")).isEqualTo(1);
		}
		finally {
			this.emulator.admin().reset();
		}
	}

	@Test
	void gzipAnswersAreDecodedWhetherAskedOrNot() {
		insertNotes();
		for (Compression compression : Compression.values()) {
			this.emulator.admin().compression(compression);
			try {
				assertThat(this.template.queryForList("SELECT title FROM notes ORDER BY id", String.class))
					.as(compression.name())
					.containsExactly("milk", "bread");
				assertThat(this.template.update("UPDATE notes SET done = 1")).isEqualTo(2);
			}
			finally {
				this.emulator.admin().reset();
			}
		}
	}

	// --- writes are never repeated, reads may be ---

	@Test
	void writeWhoseAnswerWasLostIsNotRepeated() {
		this.emulator.admin().dropConnectionAfterCommit(DATABASE_PATH, 1);
		long before = requests();
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO notes (title) VALUES (?)", "once"))
			.withCauseInstanceOf(CohesivityNetworkException.class);
		assertThat(requests() - before).isEqualTo(1);
		assertThat(this.template.queryForList("SELECT title FROM notes", String.class)).containsExactly("once");
	}

	@Test
	void batchChunkWhoseAnswerWasLostIsReportedAsUnknownAndNotRepeated() {
		List<Object[]> rows = IntStream.range(0, 150).mapToObj((i) -> new Object[] { boundText("t" + i) }).toList();
		this.emulator.admin().dropConnectionAfterCommit(DATABASE_PATH, 1);
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.template.batchUpdate("INSERT INTO notes (title) VALUES (?)", rows))
			.withMessageContaining("failed at batch rows 0..99")
			.withMessageContaining("whether batch rows 0..99 were written is unknown");
		// The chunk reached the database once, and the batch stopped there.
		assertThat(this.template.queryForObject("SELECT count(*) FROM notes", Long.class)).isEqualTo(100L);
	}

	@Test
	void readWhoseAnswerWasLostIsRetried() {
		insertNotes();
		this.emulator.admin().dropConnectionAfterCommit(DATABASE_PATH, 1);
		long before = requests();
		assertThat(this.template.queryForList("SELECT title FROM notes ORDER BY id", String.class))
			.containsExactly("milk", "bread");
		assertThat(requests() - before).isEqualTo(2);
	}

	// --- observations ---

	@Test
	void eachCallIsObservedWithLowCardinalityTagsOnly() {
		this.template.update("INSERT INTO notes (title) VALUES (?)", "secret-title");
		this.template.queryForList("SELECT title FROM notes");
		assertThatExceptionOfType(BadSqlGrammarException.class)
			.isThrownBy(() -> this.template.queryForList("SELECT * FROM nope"));
		assertThat(this.observations).hasSize(3).allSatisfy((context) -> {
			assertThat(context.getName()).isEqualTo("cohesivity.edge.database");
			assertThat(context.getHighCardinalityKeyValues()).isEmpty();
			assertThat(context.getLowCardinalityKeyValues().stream().map(KeyValue::getKey))
				.containsExactlyInAnyOrder("operation", "outcome");
			assertThat(context.getLowCardinalityKeyValues().stream().map(KeyValue::getValue))
				.noneMatch((value) -> value.contains("secret") || value.contains("SELECT") || value.contains("nope"));
		});
		assertThat(this.observations).extracting((context) -> tags(context))
			.containsExactly(Map.of("operation", "update", "outcome", "success"),
					Map.of("operation", "query", "outcome", "success"),
					Map.of("operation", "query", "outcome", "sql_error"));
	}

	private static Map<String, String> tags(Observation.Context context) {
		Map<String, String> tags = new java.util.HashMap<>();
		context.getLowCardinalityKeyValues().forEach((keyValue) -> tags.put(keyValue.getKey(), keyValue.getValue()));
		return tags;
	}

	// --- helpers ---

	private void insertNotes() {
		this.template.update("INSERT INTO notes (title, done, price) VALUES (?, ?, ?)", "milk", false, 1.25);
		this.template.update("INSERT INTO notes (title, done, price) VALUES (?, ?, ?)", "bread", true, null);
	}

	private long requests() {
		return this.emulator.requestCount("POST", DATABASE_PATH);
	}

	private void withFreshTenant(boolean provision, TenantAction action) {
		EmulatorTenant fresh = this.emulator.createTenant();
		if (provision) {
			this.emulator.provision(fresh.tenantId(), "database");
		}
		try (EdgeDatabaseTestClients freshClients = EdgeDatabaseTestClients.of(this.emulator, fresh)) {
			action.run(fresh, freshClients.template());
		}
	}

	@FunctionalInterface
	interface TenantAction {

		void run(EmulatorTenant tenant, EdgeDatabaseOperations operations);

	}

	enum Kind {

		HOME, WORK

	}

	record Note(Long id, String title, boolean done, BigDecimal price, Instant createdAt, UUID ref, Kind kind) {
	}

	/**
	 * A JavaBean for {@code BeanPropertyRowMapper} and bean parameter sources.
	 */
	public static class NoteBean {

		private Long id;

		private String title;

		private boolean done;

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public boolean isDone() {
			return this.done;
		}

		public void setDone(boolean done) {
			this.done = done;
		}

	}

	/**
	 * Records the context of every stopped observation.
	 */
	private static final class RecordingHandler implements ObservationHandler<Observation.Context> {

		private final List<Observation.Context> contexts;

		RecordingHandler(List<Observation.Context> contexts) {
			this.contexts = contexts;
		}

		@Override
		public void onStop(Observation.Context context) {
			this.contexts.add(context);
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return context instanceof EdgeDatabaseObservationContext;
		}

	}

	/**
	 * Returns text too long to be inlined as a literal, so that a batch of one such
	 * column is sent in chunks of 100 bound parameters (100 rows).
	 * @param text the start of the text
	 * @return the text, padded beyond {@link SqliteLiteral#MAX_TEXT_LENGTH}
	 */
	private static String boundText(String text) {
		return text + " ".repeat(SqliteLiteral.MAX_TEXT_LENGTH + 1 - text.length());
	}

}
