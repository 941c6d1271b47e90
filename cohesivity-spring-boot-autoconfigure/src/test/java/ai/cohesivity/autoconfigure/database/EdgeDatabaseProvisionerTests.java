/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.database;

import java.io.IOException;
import java.time.Duration;

import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.core.ScriptedServer;
import ai.cohesivity.management.ManagementApi;
import ai.cohesivity.management.ResourcesClient;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link EdgeDatabaseProvisioner} ({@code provision-on-startup}) against every
 * success shape a provisioning answer may take (Q8: any {@code 2xx} is success), served
 * from a precise wire exchange.
 */
class EdgeDatabaseProvisionerTests {

	private static final String MAN = "coh_man_0123456789abcdefghij";

	private static final String PROVISION = "/api/resources/database";

	private static final String STATUS_LISTING_DATABASE = "{\"account\":{\"tenant_id\":\"brave-otter-runs\"},"
			+ "\"resources\":[{\"resource_name\":\"database\",\"status\":\"active\"}]}";

	private ScriptedServer server;

	private EdgeDatabaseProvisioner provisioner;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
		ManagementApi api = ManagementApi.builder(this.server.connection(MAN, null))
			.configurer(ScriptedServer
				.configurer(new RetrySettings(3, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(1))))
			.build();
		this.provisioner = new EdgeDatabaseProvisioner(new ResourcesClient(api), null);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"success\":true,\"status\":\"ready\"}", "{\"already_provisioned\":true}",
			"{\"success\":true,\"resource\":\"database\",\"status\":\"active\",\"created\":true}" })
	void startsOnEveryDocumentedSuccessBody(String body) {
		this.server.enqueue(PROVISION, ScriptedServer.json(200, body));
		assertThatNoException().isThrownBy(this.provisioner::afterPropertiesSet);
		assertThat(this.server.count(PROVISION)).isEqualTo(1);
		assertThat(this.server.count("/api/status")).isZero();
	}

	@Test
	void startsOnNoContentAfterConfirmingThroughStatus() {
		this.server.enqueue(PROVISION, new MockResponse.Builder().code(204).build());
		this.server.enqueue("/api/status", ScriptedServer.json(200, STATUS_LISTING_DATABASE));
		assertThatNoException().isThrownBy(this.provisioner::afterPropertiesSet);
		assertThat(this.server.count("/api/status")).isEqualTo(1);
	}

	@Test
	void failsWhenTheAnswerSaysProvisioningFailed() {
		this.server.enqueue(PROVISION,
				ScriptedServer.json(200, "{\"success\":false,\"status\":\"failed\",\"message\":\"no capacity\"}"));
		assertThatExceptionOfType(CohesivityException.class).isThrownBy(this.provisioner::afterPropertiesSet)
			.withMessageContaining("failed");
	}

	@Test
	void failsWhenStatusConfirmsAFailure() {
		this.server.enqueue(PROVISION, new MockResponse.Builder().code(204).build());
		this.server.enqueue("/api/status",
				ScriptedServer.json(200, "{\"resources\":[{\"resource_name\":\"database\",\"status\":\"failed\"}]}"));
		assertThatExceptionOfType(CohesivityException.class).isThrownBy(this.provisioner::afterPropertiesSet)
			.withMessageContaining("GET /api/status")
			.withMessageContaining("failed");
	}

}
