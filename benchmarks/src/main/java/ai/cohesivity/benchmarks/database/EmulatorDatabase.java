/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Duration;

import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.database.EdgeDatabaseTemplate;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient;
import ai.cohesivity.edge.EdgeClient;
import tools.jackson.databind.JsonNode;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * An emulator on loopback (embedded, or in a process of its own) with one tenant whose
 * edge database holds {@code notes} rows, and the starter's real clients (built with
 * their builders, as the auto-configuration builds them:
 * {@link EdgeClient#builder(CohesivityConnection)}, the reactive client and the template
 * over it) pointed at it. Edge tokens live an hour, so that no refresh happens during a
 * measurement, and the ephemeral D1 caps are lifted, so that load does not pause the
 * tenant.
 */
public final class EmulatorDatabase implements AutoCloseable {

	/** The SQL that reads one row by its unique (indexed) title. */
	public static final String SELECT_BY_TITLE = "SELECT id, title, done, price, created_at FROM notes WHERE title = ?";

	/** The path of every edge database call. */
	public static final String PATH = "/edge/database";

	private final EmulatorControl emulator;

	private final CohesivityConnection connection;

	private final EdgeClient edgeClient;

	private final ReactiveEdgeDatabaseClient reactiveClient;

	private final EdgeDatabaseTemplate template;

	private final int rows;

	private EmulatorDatabase(EmulatorControl emulator, CohesivityConnection connection, EdgeClient edgeClient,
			int rows) {
		this.emulator = emulator;
		this.connection = connection;
		this.edgeClient = edgeClient;
		this.reactiveClient = ReactiveEdgeDatabaseClient.builder(edgeClient).build();
		this.template = new EdgeDatabaseTemplate(this.reactiveClient);
		this.rows = rows;
	}

	/**
	 * Starts an embedded emulator and the client wiring, and inserts {@code rows} notes.
	 * @param rows the number of notes, ids 1 to {@code rows}
	 * @return the started database; close it after use (it stops the emulator)
	 */
	public static EmulatorDatabase start(int rows) {
		return on(EmulatorControl.embedded(), rows);
	}

	/**
	 * Creates a tenant in the given emulator, builds the client wiring and inserts
	 * {@code rows} notes.
	 * @param emulator the emulator; closing the database closes it
	 * @param rows the number of notes, ids 1 to {@code rows}
	 * @return the database; close it after use
	 */
	public static EmulatorDatabase on(EmulatorControl emulator, int rows) {
		try {
			emulator.edgeTokenTtl(Duration.ofHours(1));
			emulator.liftD1Caps();
			CohesivityConnection connection = emulator.createTenantWithDatabase();
			EdgeClient edgeClient = EdgeClient.builder(connection).build();
			EmulatorDatabase database = new EmulatorDatabase(emulator, connection, edgeClient, rows);
			try {
				database.createNotes();
			}
			catch (RuntimeException ex) {
				edgeClient.close();
				throw ex;
			}
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
	 * Returns the starter's blocking template.
	 * @return the template
	 */
	public EdgeDatabaseTemplate template() {
		return this.template;
	}

	/**
	 * Returns the starter's reactive client.
	 * @return the reactive client
	 */
	public ReactiveEdgeDatabaseClient reactiveClient() {
		return this.reactiveClient;
	}

	/**
	 * Returns the starter's edge client (tokens, retries, error mapping), under the
	 * database layer.
	 * @return the edge client
	 */
	public EdgeClient edgeClient() {
		return this.edgeClient;
	}

	/**
	 * Returns the tenant's connection.
	 * @return the connection
	 */
	public CohesivityConnection connection() {
		return this.connection;
	}

	/**
	 * Returns the emulator.
	 * @return the emulator
	 */
	public EmulatorControl emulator() {
		return this.emulator;
	}

	/**
	 * Mints an edge token by hand ({@code POST /edge/session?key=}), as a user without
	 * the starter does, for the hand-written baseline. The starter never hands out the
	 * tokens its own calls carry.
	 * @return a fresh edge session token
	 */
	public String edgeToken() {
		JsonNode answer = WebClient.create(baseUrl())
			.post()
			.uri((uri) -> uri.path("/edge/session").queryParam("key", this.connection.applicationKey()).build())
			.retrieve()
			.bodyToMono(JsonNode.class)
			.block(Duration.ofSeconds(10));
		if (answer == null || !answer.path("token").isString()) {
			throw new IllegalStateException("No edge token was minted: " + answer);
		}
		return answer.path("token").asString();
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
			this.edgeClient.close();
		}
		finally {
			this.emulator.close();
		}
	}

}
