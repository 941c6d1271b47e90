/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;

import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityClientSettings;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.database.EdgeDatabaseTemplate;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.edge.EdgeTokenProvider;
import ai.cohesivity.management.ManagementApi;

/**
 * The starter's clients for one emulator tenant, built with their public builders as an
 * application without Spring Boot would, every request seen by a {@link WireRecorder}.
 */
public final class TenantClients implements AutoCloseable {

	/** Retries as configured by default, with short backoffs so that cases stay quick. */
	public static final RetrySettings QUICK_RETRIES = new RetrySettings(3, Duration.ofMillis(20), Duration.ofMillis(80),
			Duration.ofSeconds(60));

	private final CohesivityEmulator emulator;

	private final EmulatorTenant tenant;

	private final WireRecorder wire = new WireRecorder();

	private final CohesivityClientConfigurer configurer;

	private final EdgeTokenProvider tokens;

	private final EdgeClient edge;

	private final ReactiveEdgeDatabaseClient reactiveDatabase;

	private final EdgeDatabaseTemplate database;

	private TenantClients(CohesivityEmulator emulator, EmulatorTenant tenant, RetrySettings retries,
			UnaryOperator<CohesivityClientSettings> settings) {
		this.emulator = emulator;
		this.tenant = tenant;
		this.configurer = CohesivityClientConfigurer.builder()
			.customizers(List.of(this.wire))
			.retrySettings(retries)
			.settings(settings.apply(CohesivityClientSettings.defaults()))
			.build();
		CohesivityConnection connection = connection();
		this.tokens = EdgeTokenProvider.builder(connection).configurer(this.configurer).build();
		this.edge = EdgeClient.builder(connection).configurer(this.configurer).tokenProvider(this.tokens).build();
		this.reactiveDatabase = ReactiveEdgeDatabaseClient.create(this.edge);
		this.database = new EdgeDatabaseTemplate(this.reactiveDatabase);
	}

	/**
	 * Create a tenant with a database and clients for it, with {@link #QUICK_RETRIES}.
	 * @param emulator the emulator
	 * @return the clients
	 */
	public static TenantClients withDatabase(CohesivityEmulator emulator) {
		return withDatabase(emulator, QUICK_RETRIES, UnaryOperator.identity());
	}

	/**
	 * Create a tenant with a database and clients for it.
	 * @param emulator the emulator
	 * @param retries the retry settings
	 * @param settings changes the transport settings
	 * @return the clients
	 */
	public static TenantClients withDatabase(CohesivityEmulator emulator, RetrySettings retries,
			UnaryOperator<CohesivityClientSettings> settings) {
		EmulatorTenant tenant = SuiteSecrets.tenant(emulator.createTenant());
		emulator.provision(tenant.tenantId(), "database");
		return new TenantClients(emulator, tenant, retries, settings);
	}

	public CohesivityConnection connection() {
		return CohesivityConnection.of(this.emulator.baseUrl(), this.tenant.managementKey(),
				this.tenant.applicationKey());
	}

	public EmulatorTenant tenant() {
		return this.tenant;
	}

	public WireRecorder wire() {
		return this.wire;
	}

	public CohesivityClientConfigurer configurer() {
		return this.configurer;
	}

	public EdgeTokenProvider tokens() {
		return this.tokens;
	}

	public EdgeClient edge() {
		return this.edge;
	}

	public ReactiveEdgeDatabaseClient reactiveDatabase() {
		return this.reactiveDatabase;
	}

	public EdgeDatabaseTemplate database() {
		return this.database;
	}

	/**
	 * Return a control-plane API for the tenant, through the same configurer.
	 * @return the API
	 */
	public ManagementApi managementApi() {
		return ManagementApi.builder(connection()).configurer(this.configurer).build();
	}

	/**
	 * Return how many requests the emulator received for a path (any method but admin).
	 * @param path the path
	 * @return the count
	 */
	public long requests(String path) {
		return this.emulator.requestCount("POST", path) + this.emulator.requestCount("GET", path);
	}

	@Override
	public void close() {
		this.edge.close();
		this.tokens.close();
	}

}
