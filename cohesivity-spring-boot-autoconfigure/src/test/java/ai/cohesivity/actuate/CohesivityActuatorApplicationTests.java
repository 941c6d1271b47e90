/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.actuate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ai.cohesivity.core.CohesivityWebClientCustomizer;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.observability.EmulatorWorkload;
import ai.cohesivity.observability.ObservabilityPoller;
import ai.cohesivity.observability.ObservabilityState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A WebFlux application with Actuator, Micrometer and Prometheus on a claimed emulator
 * tenant, read over HTTP the way an operator reads it: the Prometheus scrape has every
 * meter name that {@code docs/observability.md} documents, {@code /actuator/cohesivity}
 * and {@code /actuator/info} have their documented fields, and nothing shows a key or an
 * edge token (every Bearer credential the clients sent is recorded by a
 * {@link CohesivityWebClientCustomizer} and looked for).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=health,info,cohesivity,prometheus",
				"management.endpoint.health.show-details=always", "management.endpoint.health.probes.enabled=true",
				"management.endpoint.health.group.readiness.include=readinessState,cohesivity",
				"cohesivity.emulator.enabled=false",
				"cohesivity.credentials-file=target/no-credentials-here/.cohesivity",
				"cohesivity.observability.poll-interval=1h", "cohesivity.observability.jitter=0" })
@ExtendWith(OutputCaptureExtension.class)
class CohesivityActuatorApplicationTests {

	private static final Pattern PROMETHEUS_NAME = Pattern.compile("`(cohesivity_[a-z_]+)`");

	/** Every Bearer credential the application's Cohesivity clients sent. */
	private static final Set<String> sentBearers = ConcurrentHashMap.newKeySet();

	private static final CohesivityEmulator emulator = CohesivityEmulator.builder().start();

	private static final EmulatorTenant tenant = EmulatorWorkload.claimedTenantWithDatabase(emulator);

	@LocalServerPort
	private int port;

	@Autowired
	private ObservabilityPoller poller;

	@Autowired
	private EdgeClient edgeClient;

	@DynamicPropertySource
	static void cohesivity(DynamicPropertyRegistry registry) {
		EmulatorWorkload.insertRows(EmulatorWorkload.edgeClient(emulator, tenant.applicationKey()), "notes", 3, 2);
		// a paused sibling: an advisory and a second tenant status for the multi-row
		// meters
		EmulatorTenant sibling = EmulatorWorkload.claimedTenantWithDatabase(emulator);
		emulator.admin().pause(sibling.tenantId());
		registry.add("cohesivity.base-url", emulator::baseUrl);
		registry.add("cohesivity.management-key", tenant::managementKey);
		registry.add("cohesivity.application-key", tenant::applicationKey);
		registry.add("cohesivity.tenant-id", tenant::tenantId);
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void prometheusScrapeHasEveryDocumentedMeter(CapturedOutput output) throws IOException {
		awaitSnapshot();
		String scrape = get("/actuator/prometheus").body();
		Set<String> documented = documentedPrometheusNames();
		assertThat(documented).hasSizeGreaterThan(20);
		for (String name : documented) {
			assertThat(scrape).as(name).containsPattern("(?m)^" + name + "(\\{| )");
		}
		assertThat(scrape).containsPattern(
				"(?m)^cohesivity_bucket_used\\{metric=\"rows_written\",service=\"database\",window=\"month\"} 6.0$");
		assertNoSecret(scrape);
		assertNoSecret(output.toString());
	}

	@Test
	void cohesivityEndpointHasTheDocumentedFields(CapturedOutput output) {
		awaitSnapshot();
		// the application uses the data plane: a token is minted
		this.edgeClient.post("/edge/database", Map.of("query", "SELECT count(*) FROM notes"), true).block();
		assertThat(sentBearers).as("edge session tokens the application sent")
			.anyMatch((bearer) -> !bearer.startsWith("coh_"));
		HttpResponse<String> response = get("/actuator/cohesivity");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JsonMapper.shared().readTree(response.body());
		JsonNode tenantNode = body.path("tenant");
		assertThat(tenantNode.path("id").asString()).isEqualTo(tenant.tenantId());
		assertThat(tenantNode.path("lifecycle").asString()).isEqualTo("claimed");
		assertThat(tenantNode.path("state").asString()).isEqualTo("active");
		assertThat(tenantNode.has("runtimeProfile")).isTrue();
		assertThat(tenantNode.path("claimSteps").isEmpty()).isTrue();
		JsonNode edgeToken = body.path("edgeToken");
		assertThat(edgeToken.path("sessionTokens").asBoolean()).isTrue();
		assertThat(edgeToken.path("validUntil").isString()).isTrue();
		assertThat(edgeToken.path("lastMint").isString()).isTrue();
		assertThat(edgeToken.path("mints").asLong()).isPositive();
		assertThat(body.path("resources").findValuesAsString("name")).contains("database");
		JsonNode snapshot = body.path("snapshot");
		assertThat(snapshot.path("phase").asString()).isEqualTo("FRESH");
		assertThat(snapshot.path("stale").asBoolean()).isFalse();
		assertThat(snapshot.path("generatedAt").isString()).isTrue();
		assertThat(snapshot.path("age").isString()).isTrue();
		assertThat(snapshot.path("pollRequests").asLong()).isPositive();
		assertThat(snapshot.path("summary").path("wallet").has("balanceCents")).isTrue();
		assertThat(snapshot.path("summary").path("tenants").path("byLifecycle").path("claimed").asLong()).isEqualTo(2);
		assertThat(body.path("advisories").findValuesAsString("code")).contains("paused_tenant");
		assertThat(body.path("bucketsUnderPressure").isArray()).isTrue();
		assertThat(body.path("advisories").isArray()).isTrue();
		assertNoSecret(response.body());
		assertNoSecret(output.toString());
	}

	@Test
	void infoHasACohesivitySection() {
		awaitSnapshot();
		JsonNode info = JsonMapper.shared().readTree(get("/actuator/info").body()).path("cohesivity");
		assertThat(info.path("tenantId").asString()).isEqualTo(tenant.tenantId());
		assertThat(info.path("lifecycle").asString()).isEqualTo("claimed");
		assertThat(info.path("starterVersion").asString()).isNotBlank();
	}

	@Test
	void healthHasAnUpCohesivityComponentInReadiness(CapturedOutput output) {
		HttpResponse<String> health = get("/actuator/health");
		JsonNode component = JsonMapper.shared().readTree(health.body()).path("components").path("cohesivity");
		assertThat(component.path("status").asString()).isEqualTo("UP");
		assertThat(component.path("details").path("tenantId").asString()).isEqualTo(tenant.tenantId());
		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("cohesivity");
		assertNoSecret(health.body());
		assertNoSecret(output.toString());
	}

	private void awaitSnapshot() {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.poller.state().phase() == ObservabilityState.Phase.FRESH);
	}

	private void assertNoSecret(String text) {
		assertThat(text).doesNotContain("coh_man_", "coh_app_", tenant.managementKey(), tenant.applicationKey());
		for (String bearer : sentBearers) {
			assertThat(text).doesNotContain(bearer);
		}
	}

	private HttpResponse<String> get(String path) {
		return ActuatorHttp.get(this.port, path);
	}

	static Set<String> documentedPrometheusNames() throws IOException {
		String docs = Files.readString(Path.of("../docs/observability.md"));
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = PROMETHEUS_NAME.matcher(docs);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		@Bean
		CohesivityWebClientCustomizer bearerRecorder() {
			return (builder) -> builder.filter((request, next) -> {
				String authorization = request.headers().getFirst(HttpHeaders.AUTHORIZATION);
				if (authorization != null && authorization.startsWith("Bearer ")) {
					sentBearers.add(authorization.substring("Bearer ".length()));
				}
				return next.exchange(request);
			});
		}

	}

}
