/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Wire-level tests for {@link CohesivityWebClientFactory} and
 * {@link CohesivityHttpTransport}.
 */
class CohesivityWebClientFactoryTests {

	private static final String APP_KEY = "coh_app_abcdefghij0123456789";

	private static final RetrySettings NO_RETRY = new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(1),
			Duration.ZERO);

	private ScriptedServer server;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private JsonNode get(CohesivityHttpTransport transport, String path) {
		return transport.sendOnce(CohesivityRequest.of(HttpMethod.GET, path)).block(Duration.ofSeconds(10));
	}

	@Test
	void sendsExplicitUserAgentAndJsonAccept() {
		this.server.enqueue("/api/status", ScriptedServer.json(200, "{\"account\":{}}"));
		get(this.server.transport(APP_KEY, false, NO_RETRY), "/api/status");
		RecordedRequest request = this.server.requests().get(0);
		assertThat(request.getHeaders().get("User-Agent")).isEqualTo(CohesivityVersion.userAgent())
			.startsWith("cohesivity-spring-boot/");
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
	}

	@Test
	void userBuilderCustomizationsApplyAndTheBuilderIsNotModified() {
		List<String> seen = new CopyOnWriteArrayList<>();
		WebClient.Builder userBuilder = WebClient.builder()
			.defaultHeader("X-Team", "payments")
			.filter((request, next) -> {
				seen.add(request.url().toString());
				return next.exchange(request);
			});
		this.server.enqueue("/api/status", ScriptedServer.json(200, "{}"));
		get(this.server.transport(userBuilder, CohesivityClientSettings.defaults(), APP_KEY, false, NO_RETRY),
				"/api/status");
		assertThat(this.server.requests().get(0).getHeaders().get("X-Team")).isEqualTo("payments");
		assertThat(seen).hasSize(1);
		this.server.enqueue("/plain", ScriptedServer.json(200, "{}"));
		userBuilder.build().get().uri(this.server.baseUrl() + "/plain").retrieve().toBodilessEntity().block();
		assertThat(this.server.requests().get(1).getHeaders().get("User-Agent")).doesNotStartWith("cohesivity");
	}

	@Test
	void redirectsAreNotFollowed() {
		this.server.enqueue("/api/status",
				new MockResponse.Builder().code(302)
					.addHeader("Location", this.server.baseUrl() + "/elsewhere")
					.build());
		assertThatExceptionOfType(CohesivityApiException.class)
			.isThrownBy(() -> get(this.server.transport(APP_KEY, false, NO_RETRY), "/api/status"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(302))
			.withMessageContaining("was not followed");
		assertThat(this.server.count("/elsewhere")).isZero();
	}

	@Test
	void responsesLargerThanTheLimitFailClearly() {
		CohesivityClientSettings small = new CohesivityClientSettings("test-agent/1", Duration.ofSeconds(5),
				Duration.ofSeconds(5), 1024);
		this.server.enqueue("/edge/database",
				ScriptedServer.json(200, "{\"rows\":[\"" + "x".repeat(4096) + "\"],\"rowCount\":1}"));
		CohesivityHttpTransport transport = this.server.transport(WebClient.builder(), small, APP_KEY, false, NO_RETRY);
		assertThatExceptionOfType(CohesivityException.class).isThrownBy(() -> get(transport, "/edge/database"))
			.withMessageContaining("exceeded the in-memory limit");
	}

	@Test
	void malformedSuccessBodyFailsClearly() {
		this.server.enqueue("/api/status", new MockResponse.Builder().code(200).body("<html>hello</html>").build());
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> get(this.server.transport(APP_KEY, false, NO_RETRY), "/api/status"))
			.withMessageStartingWith("Malformed response to GET /api/status");
	}

	@Test
	void errorStatusBecomesTypedException() {
		this.server.enqueue("/edge/database", ScriptedServer.json(410,
				"{\"error\":{\"code\":410,\"message\":\"[Cohesivity] Tenant expired\"},\"tenant_state\":\"expired\"}"));
		assertThatExceptionOfType(CohesivityTenantExpiredException.class)
			.isThrownBy(() -> get(this.server.transport(APP_KEY, false, NO_RETRY), "/edge/database"))
			.withMessage("Tenant expired");
	}

	@Test
	void connectionRefusedNeverReachedTheServer() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		CohesivityWebClientFactory factory = new CohesivityWebClientFactory(WebClient.builder(),
				CohesivityClientSettings.defaults());
		CohesivityHttpTransport transport = new CohesivityHttpTransport(factory.create("http://127.0.0.1:" + port),
				JsonMapper.shared(), new CohesivityRetryPolicy(NO_RETRY));
		assertThatExceptionOfType(CohesivityNetworkException.class).isThrownBy(() -> get(transport, "/api/status"))
			.satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isFalse())
			.withMessageContaining("never established");
	}

	@Test
	void connectionDroppedAfterTheRequestMayHaveReachedTheServer() {
		this.server.enqueue("/edge/database",
				new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
		CohesivityHttpTransport transport = this.server.transport(APP_KEY, false, NO_RETRY);
		assertThatExceptionOfType(CohesivityNetworkException.class)
			.isThrownBy(() -> transport.sendOnce(CohesivityRequest.of(HttpMethod.POST, "/edge/database")
				.withBody(Map.of("query", "INSERT INTO t VALUES (1)"))).block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isTrue());
		assertThat(this.server.count("/edge/database")).isEqualTo(1);
	}

	@Test
	void readTimeoutMayHaveReachedTheServer() {
		CohesivityClientSettings impatient = new CohesivityClientSettings("test-agent/1", Duration.ofSeconds(5),
				Duration.ofMillis(200), 1024 * 1024);
		this.server.enqueue("/api/status",
				new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS).body("{}").build());
		CohesivityHttpTransport transport = this.server.transport(WebClient.builder(), impatient, APP_KEY, false,
				NO_RETRY);
		assertThatExceptionOfType(CohesivityNetworkException.class).isThrownBy(() -> get(transport, "/api/status"))
			.satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isTrue())
			.withMessageContaining("timed out");
	}

	@Test
	void applicationKeyIsAddedByTheConnectorOnlyWhereNeededAndNeverSeenByFilters() {
		List<String> urlsSeenByFilters = new CopyOnWriteArrayList<>();
		WebClient.Builder builder = WebClient.builder().filter((request, next) -> {
			urlsSeenByFilters.add(request.url().toString());
			return next.exchange(request);
		});
		this.server.enqueue("/edge/session", ScriptedServer.token("t1", 60));
		this.server.enqueue("/edge/database", ScriptedServer.json(200, "{\"rows\":[],\"rowCount\":0}"));
		CohesivityHttpTransport transport = this.server.transport(builder, CohesivityClientSettings.defaults(), APP_KEY,
				false, NO_RETRY);
		transport.sendOnce(CohesivityRequest.of(HttpMethod.POST, "/edge/session")).block(Duration.ofSeconds(10));
		transport
			.sendOnce(CohesivityRequest.of(HttpMethod.POST, "/edge/database")
				.withBearer("t1")
				.withBody(Map.of("query", "SELECT 1")))
			.block(Duration.ofSeconds(10));
		assertThat(this.server.requests().get(0).getUrl().queryParameter("key")).isEqualTo(APP_KEY);
		assertThat(this.server.requests().get(1).getUrl().queryParameter("key")).isNull();
		assertThat(this.server.requests().get(1).getHeaders().get("Authorization")).isEqualTo("Bearer t1");
		assertThat(urlsSeenByFilters).hasSize(2).noneMatch((url) -> url.contains("coh_app_") || url.contains("key="));
	}

	@Test
	void uriTemplatesWithKeysAreRefused() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> CohesivityRequest.of(HttpMethod.POST, "/edge/session?key=" + APP_KEY))
			.withMessageNotContaining(APP_KEY);
	}

	@Test
	void observationsCarryTheUriTemplateAndNeverTheKey() {
		List<String> keyValues = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				context.getAllKeyValues()
					.forEach((keyValue) -> keyValues.add(keyValue.getKey() + "=" + keyValue.getValue()));
			}

		});
		this.server.enqueue("/edge/session", ScriptedServer.token("t1", 60));
		CohesivityHttpTransport transport = this.server.transport(WebClient.builder().observationRegistry(registry),
				CohesivityClientSettings.defaults(), APP_KEY, false, NO_RETRY);
		transport.sendOnce(CohesivityRequest.of(HttpMethod.POST, "/edge/session")).block(Duration.ofSeconds(10));
		assertThat(this.server.requests().get(0).getUrl().queryParameter("key")).isEqualTo(APP_KEY);
		assertThat(keyValues).contains("uri=/edge/session", "http.url=" + this.server.baseUrl() + "/edge/session")
			.noneMatch((keyValue) -> keyValue.contains("coh_app_") || keyValue.contains("key="));
	}

}
