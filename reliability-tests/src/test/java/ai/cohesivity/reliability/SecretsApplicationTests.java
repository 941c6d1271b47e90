/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ai.cohesivity.observability.ObservabilityPoller;
import ai.cohesivity.observability.ObservabilityState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WebFlux application that uses every client of the starter ({@link SecretsWorkload}),
 * with every logger at {@code TRACE} and request details logged
 * ({@code spring.http.codecs.log-request-details}), then read the way an operator reads
 * it: the captured output, the Prometheus scrape, {@code /actuator/health},
 * {@code /actuator/cohesivity}, {@code /actuator/info}, {@code /actuator/configprops} and
 * {@code /actuator/env} with values shown — none holds a key of the tenant, an edge token
 * the clients sent (recorded on the wire, so the check cannot pass for want of one), or a
 * {@code ?key=} value; nor does any exception message the suite raised.
 */
@SpringBootTest(classes = ReliabilityApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.root=TRACE", "spring.http.codecs.log-request-details=true",
				// every line to a file, none to the console (megabytes of TRACE)
				"logging.file.name=" + SecretsApplicationTests.LOG_FILE, "logging.threshold.console=OFF",
				"management.endpoints.web.exposure.include=health,info,cohesivity,prometheus,configprops,env",
				"management.endpoint.health.show-details=always", "management.endpoint.configprops.show-values=always",
				"management.endpoint.env.show-values=always", "management.info.env.enabled=true",
				"cohesivity.emulator.enabled=false",
				"cohesivity.credentials-file=target/no-credentials-here/.cohesivity",
				"cohesivity.observability.poll-interval=300ms", "cohesivity.observability.jitter=0",
				"cohesivity.observability.requires-claim-retry-interval=300ms", "cohesivity.health.cache-ttl=0s" })
@ExtendWith({ OutputCaptureExtension.class, SuiteSecrets.class })
class SecretsApplicationTests {

	static final String LOG_FILE = "target/secrets-trace/application.log";

	private static final List<String> ENDPOINTS = List.of("/actuator/prometheus", "/actuator/health",
			"/actuator/cohesivity", "/actuator/info", "/actuator/configprops", "/actuator/env");

	static {
		// a fresh log for this run (the application appends to it from its start)
		new java.io.File(LOG_FILE).delete();
	}

	private static final CohesivityEmulator emulator = CohesivityEmulator.builder().start();

	private static final EmulatorTenant tenant = SuiteSecrets.tenant(emulator.createTenant());

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext application;

	@Autowired
	private WireRecorder wire;

	@DynamicPropertySource
	static void cohesivity(DynamicPropertyRegistry registry) {
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
	void noSecretInLogsActuatorOrExceptions(CapturedOutput output) throws Exception {
		List<String> flows = SecretsWorkload.run(this.application, emulator, tenant);
		awaitFreshSnapshot();
		Map<String, String> reads = new LinkedHashMap<>();
		for (String endpoint : ENDPOINTS) {
			HttpResponse<String> response = get(endpoint);
			assertThat(response.statusCode()).as(endpoint).isEqualTo(200);
			reads.put(endpoint, response.body());
		}
		String log = Files.readString(Path.of(LOG_FILE)) + output.getAll();
		long lines = log.lines().count();
		Figures.print("secrets", "flows", flows, "log lines at TRACE", lines, "log bytes", log.length(),
				"edge tokens sent (looked for)", this.wire.bearers().size(), "secrets looked for",
				SuiteSecrets.secretCount(), "actuator reads", reads.keySet(), "exception messages so far",
				SuiteSecrets.exceptionMessageCount(), "leaks", SuiteSecrets.leaksIn(log).size());
		assertThat(this.wire.bearers()).as("edge tokens the application sent: after the revocation, two or more")
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(log).as("TRACE output was captured, with the minting and the requests' headers")
			.contains("TRACE")
			.contains("/edge/session")
			.contains("Authorization");
		assertThat(reads.get("/actuator/env")).contains("cohesivity.application-key");
		assertThat(reads.get("/actuator/configprops")).contains("applicationKey");
		assertThat(reads.get("/actuator/prometheus")).contains("cohesivity_wallet_balance");
		SuiteSecrets.assertNoSecret("the output at TRACE", log);
		reads.forEach((endpoint, body) -> SuiteSecrets.assertNoSecret(endpoint, body));
	}

	private void awaitFreshSnapshot() throws InterruptedException {
		ObservabilityPoller poller = this.application.getBean(ObservabilityPoller.class);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (poller.state().phase() != ObservabilityState.Phase.FRESH) {
			assertThat(System.nanoTime()).as("a snapshot within 30 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
