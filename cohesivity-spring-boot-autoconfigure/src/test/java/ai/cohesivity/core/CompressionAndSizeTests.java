/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Compressed and large answers, each from a precise wire exchange: every client asks for
 * gzip and decodes it whatever connector it runs on, and the data plane reads larger
 * answers than the control plane.
 */
class CompressionAndSizeTests {

	private static final String APP_KEY = "coh_app_abcdefghij0123456789";

	private static final String MAN_KEY = "coh_man_0123456789abcdefghij";

	private static final RetrySettings NO_RETRY = new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(1),
			Duration.ZERO);

	private static final String ROWS = "{\"rows\":[{\"n\":1}],\"rowCount\":1}";

	private ScriptedServer server;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void everyClientAsksForGzip() {
		this.server.respond("/edge/session", (request) -> ScriptedServer.token("t-1", 60));
		this.server.respond("/edge/database", (request) -> ScriptedServer.json(200, ROWS));
		this.server.respond("/api/status", (request) -> ScriptedServer.json(200, "{}"));
		CohesivityClientConfigurer configurer = ScriptedServer.configurer(NO_RETRY);
		CohesivityConnection connection = this.server.connection(MAN_KEY, APP_KEY);
		send(configurer.managementTransport(connection), HttpMethod.GET, "/api/status");
		send(configurer.edgeTransport(connection, null), HttpMethod.POST, "/edge/database");
		configurer.edgeSessionMint(connection)
			.mint(java.time.Clock.systemUTC(), (answer, at) -> answer)
			.block(Duration.ofSeconds(10));
		assertThat(this.server.requests()).hasSize(3)
			.allSatisfy((request) -> assertThat(request.getHeaders().get("Accept-Encoding")).contains("gzip"));
	}

	@Test
	void gzipAnswerIsDecodedOnReactorNetty() throws IOException {
		this.server.enqueue("/edge/database", gzipped(200, ROWS));
		JsonNode answer = send(ScriptedServer.configurer(NO_RETRY).anonymousTransport(this.server.baseUrl()),
				HttpMethod.POST, "/edge/database");
		assertThat(answer.path("rows").path(0).path("n").asInt()).isEqualTo(1);
	}

	@Test
	void gzipAnswerIsDecodedOnAConnectorFromBootsBuilder() throws IOException {
		// The auto-configuration builds connectors with Boot's ClientHttpConnectorBuilder
		// when there is one; the JDK's client does not decode gzip by itself.
		CohesivityClientConfigurer configurer = CohesivityClientConfigurer.builder()
			.retrySettings(NO_RETRY)
			.connectorFactory((settings) -> ClientHttpConnectorBuilder.jdk()
				.build(HttpClientSettings.defaults()
					.withTimeouts(settings.connectTimeout(), settings.readTimeout())
					.withRedirects(HttpRedirects.DONT_FOLLOW)))
			.build();
		this.server.enqueue("/edge/database", gzipped(200, ROWS));
		JsonNode answer = send(configurer.anonymousTransport(this.server.baseUrl()), HttpMethod.POST, "/edge/database");
		assertThat(answer.path("rowCount").asInt()).isEqualTo(1);
		assertThat(this.server.requests().get(0).getHeaders().get("Accept-Encoding")).contains("gzip");
	}

	@Test
	void gzipErrorAnswerIsClassifiedLikeAPlainOne() throws IOException {
		this.server.enqueue("/edge/database", gzipped(403,
				"{\"error\":{\"code\":403,\"message\":\"[Cohesivity] Tenant paused: Claim this tenant to resume "
						+ "service.\"},\"tenant_state\":\"paused\"}"));
		assertThatExceptionOfType(CohesivityTenantPausedException.class)
			.isThrownBy(() -> send(ScriptedServer.configurer(NO_RETRY).anonymousTransport(this.server.baseUrl()),
					HttpMethod.POST, "/edge/database"))
			.withMessage("Tenant paused: Claim this tenant to resume service.");
	}

	@Test
	void binaryAnswerIsDescribedNeverPrinted() throws IOException {
		this.server.enqueue("/edge/database",
				new MockResponse.Builder().code(200)
					.addHeader("Content-Type", "application/json")
					.body(new Buffer().write(gzip(ROWS)))
					.build());
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> send(ScriptedServer.configurer(NO_RETRY).anonymousTransport(this.server.baseUrl()),
					HttpMethod.POST, "/edge/database"))
			.withMessageStartingWith("Malformed response to POST /edge/database")
			.withMessageContaining("binary")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContainPattern("[\\x00-\\x08\\x0E-\\x1F\\uFFFD]"));
	}

	@Test
	void theDataPlaneReadsAnswersLargerThanTheControlPlaneLimit() {
		String large = "{\"rows\":[{\"t\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}],\"rowCount\":1}";
		this.server.respond("/edge/database", (request) -> ScriptedServer.json(200, large));
		this.server.respond("/api/status", (request) -> ScriptedServer.json(200, large));
		CohesivityClientConfigurer configurer = ScriptedServer.configurer(NO_RETRY);
		CohesivityConnection connection = this.server.connection(MAN_KEY, APP_KEY);
		JsonNode rows = send(configurer.edgeTransport(connection, null), HttpMethod.POST, "/edge/database");
		assertThat(rows.path("rows").path(0).path("t").stringValue()).hasSize(3 * 1024 * 1024);
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> send(configurer.managementTransport(connection), HttpMethod.GET, "/api/status"))
			.withMessageContaining("exceeded the in-memory limit")
			.withMessageContaining("cohesivity.max-in-memory-size");
	}

	private static JsonNode send(CohesivityHttpTransport transport, HttpMethod method, String path) {
		CohesivityRequest request = CohesivityRequest.of(method, path);
		if (method == HttpMethod.POST) {
			request = request.withBody(Map.of("query", "SELECT 1 AS n"));
		}
		return transport.send(request, false).block(Duration.ofSeconds(10));
	}

	private static MockResponse gzipped(int status, String json) throws IOException {
		return new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json")
			.addHeader("Content-Encoding", "gzip")
			.addHeader("Vary", "Accept-Encoding")
			.body(new Buffer().write(gzip(json)))
			.build();
	}

	private static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

}
