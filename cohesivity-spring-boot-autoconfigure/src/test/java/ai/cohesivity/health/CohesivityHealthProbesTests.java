/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ai.cohesivity.actuate.ActuatorHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the readiness recipe of {@code docs/observability.md} and Cohesivity unreachable,
 * liveness stays {@code UP} while readiness is {@code DOWN} because of the
 * {@code cohesivity} component.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoint.health.probes.enabled=true",
				"management.endpoint.health.group.readiness.include=readinessState,cohesivity",
				"management.endpoint.health.group.readiness.show-details=always", "cohesivity.emulator.enabled=false",
				"cohesivity.credentials-file=target/no-credentials-here/.cohesivity",
				"cohesivity.management-key=coh_man_abcdefghij0123456789",
				"cohesivity.application-key=coh_app_abcdefghij0123456789", "cohesivity.retry.max-attempts=1" })
class CohesivityHealthProbesTests {

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void unreachableCohesivity(DynamicPropertyRegistry registry) {
		try (ServerSocket socket = new ServerSocket(0)) {
			registry.add("cohesivity.base-url", () -> "http://127.0.0.1:" + socket.getLocalPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void livenessStaysUpWhileCohesivityIsDown() {
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		JsonNode cohesivity = JsonMapper.shared().readTree(readiness.body()).path("components").path("cohesivity");
		assertThat(cohesivity.path("status").asString()).isEqualTo("DOWN");
		assertThat(cohesivity.path("details").path("reason").asString()).isEqualTo("unreachable");
		HttpResponse<String> liveness = get("/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(JsonMapper.shared().readTree(liveness.body()).path("status").asString()).isEqualTo("UP");
		assertThat(readiness.body() + liveness.body()).doesNotContain("coh_man_", "coh_app_");
	}

	private HttpResponse<String> get(String path) {
		return ActuatorHttp.get(this.port, path);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
