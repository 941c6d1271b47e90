/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.time.Duration;

import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.RetrySettings;
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
		EdgeDatabaseOperations template) implements AutoCloseable {

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

	private static EdgeDatabaseTestClients of(String baseUrl, String managementKey, String applicationKey,
			ObservationRegistry observationRegistry) {
		CohesivityClientConfigurer configurer = CohesivityClientConfigurer.builder()
			.retrySettings(new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(60)))
			.build();
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
