/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.core.ScriptedServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ResourcesClient} and {@link StatusClient}.
 */
class ResourcesClientTests {

	static final String MAN = "coh_man_0123456789abcdefghij";

	static final RetrySettings FAST = new RetrySettings(3, Duration.ofMillis(5), Duration.ofMillis(10),
			Duration.ofSeconds(1));

	private ScriptedServer server;

	private ResourcesClient resources;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
		ManagementApi api = ManagementApi.builder(this.server.connection(MAN, null))
			.configurer(ScriptedServer.configurer(FAST))
			.build();
		this.resources = new ResourcesClient(api);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void provisionsTheDatabaseWithARegionAliasAndTheManagementKey() {
		this.server.enqueue("/api/resources/database",
				ScriptedServer.json(201,
						"{\"success\":true,\"resource\":\"database\",\"status\":\"active\",\"created\":true,"
								+ "\"already_provisioned\":false,\"write_region\":\"weur\",\"edge_url\":\"x\"}"));
		ProvisionResult result = this.resources.provision("database", Map.of("write_region", "eu"))
			.block(Duration.ofSeconds(10));
		assertThat(result.isReady()).isTrue();
		assertThat(result.created()).isTrue();
		assertThat(result.region()).isEqualTo("weur");
		assertThat(result.body().path("edge_url").stringValue()).isEqualTo("x");
		RecordedRequest request = this.server.requests().get(0);
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MAN);
		assertThat(request.getBody().utf8()).isEqualTo("{\"write_region\":\"eu\"}");
	}

	@Test
	void provisionWithoutConfigSendsNoBody() {
		this.server.enqueue("/api/resources/redis",
				ScriptedServer.json(200, "{\"success\":true,\"resource\":\"redis\",\"already_provisioned\":true}"));
		ProvisionResult result = this.resources.provision("redis", null).block(Duration.ofSeconds(10));
		assertThat(result.alreadyProvisioned()).isTrue();
		assertThat(result.isReady()).isTrue();
		assertThat(this.server.requests().get(0).getBodySize()).isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "200|{\"success\":true,\"status\":\"ready\"}|READY", "200|{\"already_provisioned\":true}|READY",
					"204||UNCONFIRMED", "200|{\"status\":\"warming\"}|UNCONFIRMED",
					"202|{\"status\":\"provisioning\"}|PENDING", "200|{\"success\":false,\"message\":\"no\"}|FAILED",
					"200|{\"success\":true,\"status\":\"failed\"}|FAILED" })
	void everyTwoHundredAnswerIsReadyUnlessItSaysFailedOrPending(int status, String body, ResourceReadiness expected) {
		this.server.enqueue("/api/resources/database",
				(body != null) ? ScriptedServer.json(status, body) : new MockResponse.Builder().code(status).build());
		ProvisionResult result = this.resources.provision("database", null).block(Duration.ofSeconds(10));
		assertThat(result.readiness()).isEqualTo(expected);
		assertThat(result.isReady())
			.isEqualTo(expected == ResourceReadiness.READY || expected == ResourceReadiness.UNCONFIRMED);
	}

	@Test
	void pendingProvisioningIsConfirmedThroughStatus() {
		this.server.enqueue("/api/resources/database", ScriptedServer.json(202, "{\"status\":\"provisioning\"}"))
			.enqueue("/api/status",
					ScriptedServer.json(200,
							"{\"resources\":[{\"resource_name\":\"database\",\"status\":\"pending\"}]}"))
			.enqueue("/api/status", ScriptedServer.json(200,
					"{\"resources\":[{\"resource_name\":\"database\",\"status\":\"active\"}]}"));
		ProvisionResult result = this.resources.provisionReady("database", null, Duration.ofSeconds(30))
			.block(Duration.ofSeconds(40));
		assertThat(result.readiness()).isEqualTo(ResourceReadiness.PENDING);
		assertThat(this.server.count("/api/status")).isEqualTo(2);
	}

	@Test
	void unconfirmedProvisioningThatStatusNeverListsFailsWithTheReason() {
		this.server.enqueue("/api/resources/database", new MockResponse.Builder().code(204).build())
			.respond("/api/status", (request) -> ScriptedServer.json(200, "{\"resources\":[]}"));
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> this.resources.provisionReady("database", null, Duration.ofSeconds(1))
				.block(Duration.ofSeconds(10)))
			.withMessage("Provisioning database did not make it ready: GET /api/status did not confirm it within 1 s "
					+ "(it was not listed in resources[])");
		assertThat(this.server.count("/api/status")).isPositive();
	}

	@Test
	void invalidConfigurationsFailBeforeAnythingIsSent() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.resources.provision("database", Map.of("write_region", "mars")).block())
			.withMessageContaining("write_region 'mars' is not one of");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.resources.provision("vector-database", Map.of("metric", "cosine")).block())
			.withMessageContaining("needs 'dimensions'");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.resources.provision("redis", Map.of("size", 1)).block())
			.withMessageContaining("takes no configuration");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.resources
				.provision("social-login", Map.of("callback_urls", List.of("http://example.com/cb")))
				.block())
			.withMessageContaining("must be https");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.resources.provision("../status", null).block())
			.withMessageContaining("not an offering name");
		assertThat(this.server.requests()).isEmpty();
	}

	@Test
	void otherOfferingsConfigsAreAccepted() {
		this.server.respond("/api/resources/vector-database",
				(request) -> ScriptedServer.json(200, "{\"status\":\"active\"}"));
		this.server.respond("/api/resources/social-login",
				(request) -> ScriptedServer.json(200, "{\"status\":\"active\"}"));
		this.resources.provision("vector-database", Map.of("dimensions", 1536, "metric", "cosine")).block();
		this.resources
			.provision("social-login",
					Map.of("callback_urls", List.of("https://app.example.com/cb", "http://localhost:8080/cb")))
			.block();
		assertThat(this.server.count("/api/resources/vector-database")).isEqualTo(1);
		assertThat(this.server.count("/api/resources/social-login")).isEqualTo(1);
	}

	@Test
	void provisioningIsRetriedOnGatewayErrorsButDeletionIsNot() {
		this.server.enqueue("/api/resources/database", ScriptedServer.json(503, "{\"error\":\"unavailable\"}"))
			.enqueue("/api/resources/database", ScriptedServer.json(200, "{\"status\":\"active\"}"));
		this.resources.provision("database", null).block(Duration.ofSeconds(10));
		assertThat(this.server.count("/api/resources/database")).isEqualTo(2);
		this.server.enqueue("/api/resources/redis", ScriptedServer.json(503, "{\"error\":\"unavailable\"}"));
		assertThatExceptionOfType(CohesivityApiException.class)
			.isThrownBy(() -> this.resources.delete("redis").block(Duration.ofSeconds(10)));
		assertThat(this.server.count("/api/resources/redis")).isEqualTo(1);
		assertThat(this.server.requests().get(2).getMethod()).isEqualTo("DELETE");
	}

	@Test
	void bulkProvisioningPutsConfigsAtTheTopLevel() {
		this.server.enqueue("/api/resources",
				ScriptedServer.json(200,
						"{\"success\":false,\"requested_count\":2,"
								+ "\"failed_count\":1,\"results\":[{\"resource\":\"database\",\"success\":true},"
								+ "{\"resource\":\"redis\",\"error\":\"failed\"}]}"));
		JsonNode result = this.resources
			.provisionAll(List.of("database", "redis"), Map.of("database", Map.of("write_region", "weur")))
			.block(Duration.ofSeconds(10));
		assertThat(result.path("failed_count").asInt()).isEqualTo(1);
		assertThat(this.server.requests().get(0).getBody().utf8())
			.isEqualTo("{\"resources\":[\"database\",\"redis\"],\"database\":{\"write_region\":\"weur\"}}");
	}

	@Test
	void statusIsRead() {
		this.server.enqueue("/api/status", ScriptedServer.json(200, "{\"account\":{\"tenant_id\":\"brave-otter-runs\","
				+ "\"status\":\"active\",\"tenant_lifecycle\":\"ephemeral\",\"expires_at\":\"2026-12-01T00:00:00.000Z\"},"
				+ "\"resources\":[{\"resource_name\":\"database\",\"status\":\"active\"}],\"new_field\":1}"));
		StatusClient status = new StatusClient(ManagementApi.builder(this.server.connection(MAN, null))
			.configurer(ScriptedServer.configurer(FAST))
			.build());
		TenantStatus tenant = status.status().block(Duration.ofSeconds(10));
		assertThat(tenant.tenantId()).isEqualTo("brave-otter-runs");
		assertThat(tenant.lifecycle()).isEqualTo("ephemeral");
		assertThat(tenant.state()).isEqualTo("active");
		assertThat(tenant.expiresAt()).isEqualTo(java.time.Instant.parse("2026-12-01T00:00:00Z"));
		assertThat(tenant.resources()).containsExactly("database");
	}

}
