/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Duration;
import java.util.Map;

import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.autoconfigure.database.CohesivityDatabaseAutoConfiguration;
import ai.cohesivity.database.EdgeDatabaseTemplate;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.edge.EdgeTokenProvider;
import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import ai.cohesivity.emulator.WireProfile;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * An embedded emulator on loopback with one tenant whose edge database holds
 * {@code notes} rows, and the starter's real client wiring (the Cohesivity and database
 * auto-configurations in an application context) pointed at it. Edge tokens live an hour,
 * so that no refresh happens during a measurement, and the ephemeral D1 caps are lifted,
 * so that load does not pause the tenant.
 */
public final class EmulatorDatabase implements AutoCloseable {

	/** The SQL that reads one row by its unique (indexed) title. */
	public static final String SELECT_BY_TITLE = "SELECT id, title, done, price, created_at FROM notes WHERE title = ?";

	/** The path of every edge database call. */
	public static final String PATH = "/edge/database";

	private final CohesivityEmulator emulator;

	private final AnnotationConfigApplicationContext context;

	private final int rows;

	private EmulatorDatabase(CohesivityEmulator emulator, AnnotationConfigApplicationContext context, int rows) {
		this.emulator = emulator;
		this.context = context;
		this.rows = rows;
	}

	/**
	 * Starts the emulator and the client wiring, and inserts {@code rows} notes.
	 * @param rows the number of notes, ids 1 to {@code rows}
	 * @return the started database; close it after use
	 */
	public static EmulatorDatabase start(int rows) {
		CohesivityEmulator emulator = CohesivityEmulator.builder().wireProfile(WireProfile.FULL).start();
		try {
			emulator.admin().edgeTokenTtl(Duration.ofHours(1));
			emulator.admin().d1Caps(Long.MAX_VALUE, Long.MAX_VALUE);
			EmulatorTenant tenant = emulator.createTenant();
			emulator.provision(tenant.tenantId(), "database");
			AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("benchmark",
						Map.of("cohesivity.base-url", emulator.baseUrl(), "cohesivity.tenant-id", tenant.tenantId(),
								"cohesivity.management-key", tenant.managementKey(), "cohesivity.application-key",
								tenant.applicationKey(), "cohesivity.credentials-file", "no-such-file",
								"cohesivity.emulator.enabled", "false", "cohesivity.database.init.mode", "never")));
			context.register(CohesivityAutoConfiguration.class, CohesivityDatabaseAutoConfiguration.class);
			context.refresh();
			EmulatorDatabase database = new EmulatorDatabase(emulator, context, rows);
			database.createNotes();
			return database;
		}
		catch (RuntimeException ex) {
			emulator.close();
			throw ex;
		}
	}

	private void createNotes() {
		EdgeDatabaseTemplate template = template();
		template.execute(NoteRows.schema("notes"));
		template.batchUpdate(NoteRows.insert("notes"), NoteRows.valuesUpTo(this.rows));
		Long count = template.queryForObject("SELECT count(*) FROM notes", Long.class);
		if (count == null || count != this.rows) {
			throw new IllegalStateException("Expected " + this.rows + " notes, found " + count);
		}
	}

	/**
	 * Returns the blocking template of the starter's wiring.
	 * @return the template
	 */
	public EdgeDatabaseTemplate template() {
		return this.context.getBean(EdgeDatabaseTemplate.class);
	}

	/**
	 * Returns the reactive client of the starter's wiring.
	 * @return the reactive client
	 */
	public ReactiveEdgeDatabaseClient reactiveClient() {
		return this.context.getBean(ReactiveEdgeDatabaseClient.class);
	}

	/**
	 * Returns the starter's edge client (tokens, retries, error mapping), under the
	 * database layer.
	 * @return the edge client
	 */
	public EdgeClient edgeClient() {
		return this.context.getBean(EdgeClient.class);
	}

	/**
	 * Returns the edge token the starter's calls carry, for the hand-written baseline.
	 * @return the current edge session token
	 */
	public String edgeToken() {
		String token = this.context.getBean(EdgeTokenProvider.class).token().block(Duration.ofSeconds(10));
		if (token == null) {
			throw new IllegalStateException("No edge token was minted");
		}
		return token;
	}

	/**
	 * Returns the emulator's base URL.
	 * @return the base URL
	 */
	public String baseUrl() {
		return this.emulator.baseUrl();
	}

	/**
	 * Returns the number of notes inserted at start.
	 * @return the number of rows
	 */
	public int rows() {
		return this.rows;
	}

	/**
	 * Returns how many edge database calls the emulator received so far.
	 * @return the request count
	 */
	public long databaseRequests() {
		return this.emulator.requestCount("POST", PATH);
	}

	@Override
	public void close() {
		try {
			this.context.close();
		}
		finally {
			this.emulator.close();
		}
	}

}
