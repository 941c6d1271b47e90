/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.time.Duration;

import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityClientSettings;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.core.ScriptedServer;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import io.micrometer.observation.ObservationRegistry;

/**
 * The edge database clients of one tenant, built with their builders and constructors (no
 * application context), as an application without Spring Boot would build them. The retry
 * backoff is short so that retried reads do not slow the tests down.
 *
 * @param edgeClient the edge client (it owns its token provider)
 * @param reactiveClient the reactive client on it
 * @param template the template on the reactive client
 */
record EdgeDatabaseTestClients(EdgeClient edgeClient, ReactiveEdgeDatabaseClient reactiveClient,
		EdgeDatabaseTemplate template) implements AutoCloseable {

	/** The application key of {@link #scripted scripted} clients. */
	static final String APPLICATION_KEY = "coh_app_abcdefghij0123456789";

	/** The management key of {@link #scripted scripted} clients. */
	static final String MANAGEMENT_KEY = "coh_man_0123456789abcdefghij";

	private static final RetrySettings FAST = new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50),
			Duration.ofSeconds(1));

	/**
	 * Build the clients of an emulator tenant.
	 * @param emulator the emulator
	 * @param tenant the tenant whose keys to use
	 * @return the clients; close them after use
	 */
	static EdgeDatabaseTestClients of(CohesivityEmulator emulator, EmulatorTenant tenant) {
		return of(emulator.baseUrl(), tenant.managementKey(), tenant.applicationKey(), ObservationRegistry.NOOP);
	}

	/**
	 * Build the clients of an emulator tenant, observed by a registry.
	 * @param emulator the emulator
	 * @param tenant the tenant whose keys to use
	 * @param observationRegistry the registry the reactive client reports to
	 * @return the clients; close them after use
	 */
	static EdgeDatabaseTestClients of(CohesivityEmulator emulator, EmulatorTenant tenant,
			ObservationRegistry observationRegistry) {
		return of(emulator.baseUrl(), tenant.managementKey(), tenant.applicationKey(), observationRegistry);
	}

	/**
	 * Build the clients for explicit connection values.
	 * @param baseUrl the base URL
	 * @param managementKey the management key
	 * @param applicationKey the application key
	 * @return the clients; close them after use
	 */
	static EdgeDatabaseTestClients of(String baseUrl, String managementKey, String applicationKey) {
		return of(baseUrl, managementKey, applicationKey, ObservationRegistry.NOOP);
	}

	/**
	 * Build the clients for a scripted server, with the application key as {@code ?key=}
	 * (no token mint to script) and short retries.
	 * @param server the server
	 * @param settings the transport settings
	 * @return the clients; close them after use
	 */
	static EdgeDatabaseTestClients scripted(ScriptedServer server, CohesivityClientSettings settings) {
		EdgeClient edgeClient = EdgeClient.builder(server.connection(MANAGEMENT_KEY, APPLICATION_KEY))
			.configurer(CohesivityClientConfigurer.builder().settings(settings).retrySettings(FAST).build())
			.sessionTokens(false)
			.build();
		ReactiveEdgeDatabaseClient reactiveClient = ReactiveEdgeDatabaseClient.create(edgeClient);
		return new EdgeDatabaseTestClients(edgeClient, reactiveClient, new EdgeDatabaseTemplate(reactiveClient));
	}

	private static EdgeDatabaseTestClients of(String baseUrl, String managementKey, String applicationKey,
			ObservationRegistry observationRegistry) {
		CohesivityClientConfigurer configurer = CohesivityClientConfigurer.builder().retrySettings(FAST).build();
		EdgeClient edgeClient = EdgeClient.builder(CohesivityConnection.of(baseUrl, managementKey, applicationKey))
			.configurer(configurer)
			.build();
		ReactiveEdgeDatabaseClient reactiveClient = ReactiveEdgeDatabaseClient.builder(edgeClient)
			.observationRegistry(observationRegistry)
			.build();
		return new EdgeDatabaseTestClients(edgeClient, reactiveClient, new EdgeDatabaseTemplate(reactiveClient));
	}

	@Override
	public void close() {
		this.edgeClient.close();
	}

}
