/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;
import ai.cohesivity.autoconfigure.emulator.AutoConfigureCohesivityEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees of the sample over HTTP: health with the {@code cohesivity}
 * component and the readiness group, info, metrics, a Prometheus scrape with
 * {@code cohesivity} meters after a few requests, the {@code cohesivity} endpoint — and
 * never a key, in an answer or in the log.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureCohesivityEmulator
@ExtendWith(OutputCaptureExtension.class)
class ActuatorTests {

	@LocalServerPort
	private int port;

	@Autowired
	private CohesivityConnectionDetails connection;

	private RestTestClient http;

	@BeforeEach
	void client() {
		this.http = new SampleClient(this.port).http();
	}

	@Test
	void healthHasTheCohesivityComponentAndReadinessDependsOnIt() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.cohesivity.status")
			.isEqualTo("UP")
			.jsonPath("$.components.cohesivity.details.lifecycle")
			.isEqualTo("ephemeral");
		this.http.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.cohesivity.status")
			.isEqualTo("UP")
			.jsonPath("$.components.readinessState.status")
			.isEqualTo("UP");
		this.http.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.cohesivity")
			.doesNotExist();
	}

	@Test
	void infoAndTheCohesivityEndpointDescribeTheTenant() {
		String tenantId = this.connection.getTenantId();
		this.http.get()
			.uri("/actuator/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.cohesivity.tenantId")
			.isEqualTo(tenantId);
		this.http.get()
			.uri("/actuator/cohesivity")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.tenant.id")
			.isEqualTo(tenantId)
			.jsonPath("$.resources[0].name")
			.isEqualTo("database");
	}

	@Test
	void prometheusShowsCohesivityMetersAfterAFewRequests() {
		for (int i = 0; i < 3; i++) {
			this.http.post()
				.uri("/notes")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("title", "Metered " + i + " " + System.nanoTime()))
				.exchange()
				.expectStatus()
				.isCreated();
			this.http.get().uri("/notes").exchange().expectStatus().isOk();
		}
		String scrape = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(
				count(scrape, "cohesivity_edge_database_seconds_count{", "operation=\"query\"", "outcome=\"success\""))
			.isGreaterThanOrEqualTo(6);
		assertThat(count(scrape, "cohesivity_edge_token_mints_total", "")).isGreaterThanOrEqualTo(1);
		this.http.get()
			.uri("/actuator/metrics/cohesivity.edge.database")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.availableTags[?(@.tag == 'operation')].values[*]")
			.value((values) -> assertThat((List<?>) values).asString().contains("query"));
	}

	@Test
	void noKeyInAnyAnswerOrLogLine(CapturedOutput output) {
		StringBuilder answers = new StringBuilder();
		for (String path : List.of("/actuator/health", "/actuator/info", "/actuator/cohesivity", "/actuator/prometheus",
				"/actuator/metrics", "/tenant", "/notes")) {
			answers.append(this.http.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody());
		}
		String applicationKey = this.connection.getApplicationKey();
		String managementKey = this.connection.getManagementKey();
		assertThat(applicationKey).startsWith("coh_app_");
		assertThat(managementKey).startsWith("coh_man_");
		assertThat(answers).doesNotContain(applicationKey, managementKey);
		assertThat(output).doesNotContain(applicationKey, managementKey);
	}

	/**
	 * Sum the values of the scrape's samples whose line starts with the name and holds
	 * every label given.
	 */
	private static double count(String scrape, String name, String... labels) {
		return scrape.lines().filter((line) -> line.startsWith(name)).filter((line) -> {
			for (String label : labels) {
				if (!line.contains(label)) {
					return false;
				}
			}
			return true;
		}).mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
	}

}
