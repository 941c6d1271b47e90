/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;

import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityRequest;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.management.ManagementApi;

/**
 * Emulator tenants, clients and a known workload for the observability tests, plus the
 * emulator's own observability numbers read with a plain JDK HTTP client (not the client
 * under test).
 */
public final class EmulatorWorkload {

	private static final CohesivityClientConfigurer NO_RETRY = CohesivityClientConfigurer.builder()
		.retrySettings(new RetrySettings(1, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(1)))
		.build();

	private EmulatorWorkload() {
	}

	public static EmulatorTenant claimedTenantWithDatabase(CohesivityEmulator emulator) {
		EmulatorTenant tenant = emulator.createTenant();
		emulator.provision(tenant.tenantId(), "database");
		emulator.admin().approveClaim(tenant.tenantId());
		return tenant;
	}

	public static ManagementApi managementApi(CohesivityEmulator emulator, String managementKey) {
		return ManagementApi.builder(CohesivityConnection.of(emulator.baseUrl(), managementKey, null))
			.configurer(NO_RETRY)
			.build();
	}

	/**
	 * An edge client with the application key as {@code ?key=} (no session token to mint
	 * or close), for workloads.
	 */
	public static EdgeClient edgeClient(CohesivityEmulator emulator, String applicationKey) {
		return EdgeClient.builder(CohesivityConnection.of(emulator.baseUrl(), null, applicationKey))
			.configurer(NO_RETRY)
			.sessionTokens(false)
			.build();
	}

	/**
	 * Create a table, then run {@code queries} INSERTs of {@code rowsPerQuery} rows each.
	 * @return the number of edge database queries sent (including the CREATE TABLE)
	 */
	public static int insertRows(EdgeClient edge, String table, int queries, int rowsPerQuery) {
		edge.post("/edge/database",
				Map.of("query", "CREATE TABLE IF NOT EXISTS " + table + " (id INTEGER PRIMARY KEY, v TEXT)"), false)
			.block();
		for (int query = 0; query < queries; query++) {
			List<String> values = new ArrayList<>();
			for (int row = 0; row < rowsPerQuery; row++) {
				values.add("('q" + query + "r" + row + "')");
			}
			edge.post("/edge/database",
					Map.of("query", "INSERT INTO " + table + " (v) VALUES " + String.join(", ", values)), false)
				.block();
		}
		return queries + 1;
	}

	public static void topUp(CohesivityEmulator emulator, EmulatorTenant tenant, long cents) {
		managementApi(emulator, tenant.managementKey())
			.send(CohesivityRequest.of(HttpMethod.POST, "/api/billing/topup").withBody(Map.of("amount_cents", cents)),
					false)
			.block();
	}

	/**
	 * The emulator's own answer to {@code GET /api/observability?<query>}, read with the
	 * JDK's HTTP client.
	 */
	public static JsonNode rawObservability(CohesivityEmulator emulator, String managementKey, String query) {
		HttpClient http = HttpClient.newHttpClient();
		try {
			HttpRequest request = HttpRequest
				.newBuilder(
						URI.create(emulator.baseUrl() + "/api/observability" + (query.isEmpty() ? "" : "?" + query)))
				.header("Authorization", "Bearer " + managementKey)
				.header("User-Agent", "observability-tests/1")
				.GET()
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET /api/observability answered " + response.statusCode());
			}
			return JsonMapper.shared().readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
