/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Wire-level tests for {@link CohesivityClientConfigurer} and the
 * {@link CohesivityHttpTransport}s it assembles: credentials, timeouts, redirects,
 * errors, compressed answers (every client asks for gzip and decodes it whatever its
 * connector) and size limits (the data plane reads larger answers than the control
 * plane).
 */
class CohesivityClientConfigurerTests {

	private static final String APP_KEY = "coh_app_abcdefghij0123456789";

	private static final String MAN_KEY = "coh_man_0123456789abcdefghij";

	private static final RetrySettings NO_RETRY = new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(1),
			Duration.ZERO);

	private static final String GZIP_ROWS = "{\"rows\":[{\"n\":1}],\"rowCount\":1}";

	private static final String UNAUTHORIZED = "{\"error\":{\"code\":401,\"message\":\"[Cohesivity] Invalid token\"}}";

	private ScriptedServer server;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private CohesivityHttpTransport anonymous(CohesivityClientConfigurer configurer) {
		return configurer.anonymousTransport(this.server.baseUrl());
	}

	private CohesivityHttpTransport anonymous() {
		return anonymous(ScriptedServer.configurer(NO_RETRY));
	}

	private CohesivityClientConfigurer configurer(WebClient.Builder builder) {
		return CohesivityClientConfigurer.builder().webClientBuilder(builder).retrySettings(NO_RETRY).build();
	}

	private CohesivityClientConfigurer configurer(CohesivityClientSettings settings) {
		return CohesivityClientConfigurer.builder().settings(settings).retrySettings(NO_RETRY).build();
	}

	private static JsonNode get(CohesivityHttpTransport transport, String path) {
		return transport.send(CohesivityRequest.of(HttpMethod.GET, path), true).block(Duration.ofSeconds(10));
	}

	private static JsonNode query(CohesivityHttpTransport transport) {
		return transport
			.send(CohesivityRequest.of(HttpMethod.POST, "/edge/database").withBody(Map.of("query", "SELECT 1")), false)
			.block(Duration.ofSeconds(10));
	}

	private static String mintToken(EdgeSessionMint mint) {
		return mint.mint(Clock.systemUTC(), (answer, requestedAt) -> answer.path("token").asString())
			.block(Duration.ofSeconds(10));
	}

	@Test
	void sendsExplicitUserAgentAndJsonAccept() {
		this.server.enqueue("/api/status", ScriptedServer.json(200, "{\"account\":{}}"));
		get(anonymous(), "/api/status");
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
		get(anonymous(configurer(userBuilder)), "/api/status");
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
		assertThatExceptionOfType(CohesivityApiException.class).isThrownBy(() -> get(anonymous(), "/api/status"))
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
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> get(anonymous(configurer(small)), "/edge/database"))
			.withMessageContaining("exceeded the in-memory limit");
	}

	@Test
	void malformedSuccessBodyFailsClearly() {
		this.server.enqueue("/api/status", new MockResponse.Builder().code(200).body("<html>hello</html>").build());
		assertThatExceptionOfType(CohesivityException.class).isThrownBy(() -> get(anonymous(), "/api/status"))
			.withMessageStartingWith("Malformed response to GET /api/status");
	}

	@Test
	void errorStatusBecomesTypedException() {
		this.server.enqueue("/edge/database", ScriptedServer.json(410,
				"{\"error\":{\"code\":410,\"message\":\"[Cohesivity] Tenant expired\"},\"tenant_state\":\"expired\"}"));
		assertThatExceptionOfType(CohesivityTenantExpiredException.class)
			.isThrownBy(() -> get(anonymous(), "/edge/database"))
			.withMessage("Tenant expired");
	}

	@Test
	void connectionRefusedNeverReachedTheServer() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		CohesivityHttpTransport transport = ScriptedServer.configurer(NO_RETRY)
			.anonymousTransport("http://127.0.0.1:" + port);
		assertThatExceptionOfType(CohesivityNetworkException.class).isThrownBy(() -> get(transport, "/api/status"))
			.satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isFalse())
			.withMessageContaining("never established");
	}

	@Test
	void connectionDroppedAfterTheRequestMayHaveReachedTheServer() {
		this.server.enqueue("/edge/database",
				new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
		assertThatExceptionOfType(CohesivityNetworkException.class).isThrownBy(() -> query(anonymous()))
			.satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isTrue());
		assertThat(this.server.count("/edge/database")).isEqualTo(1);
	}

	@Test
	void readTimeoutMayHaveReachedTheServer() {
		CohesivityClientSettings impatient = new CohesivityClientSettings("test-agent/1", Duration.ofSeconds(5),
				Duration.ofMillis(200), 1024 * 1024);
		this.server.enqueue("/api/status",
				new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS).body("{}").build());
		assertThatExceptionOfType(CohesivityNetworkException.class)
			.isThrownBy(() -> get(anonymous(configurer(impatient)), "/api/status"))
			.satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isTrue())
			.withMessageContaining("timed out");
	}

	@Test
	void settingsOverriddenForOneClientLeaveTheOthersUnchanged() {
		CohesivityClientSettings impatient = new CohesivityClientSettings("test-agent/1", Duration.ofSeconds(5),
				Duration.ofMillis(200), 1024 * 1024);
		CohesivityClientConfigurer shared = configurer(impatient);
		CohesivityClientConfigurer patient = shared
			.withSettings((settings) -> settings.withReadTimeout(Duration.ofSeconds(10)));
		this.server.respond("/api/status",
				(request) -> new MockResponse.Builder(ScriptedServer.json(200, "{\"ok\":true}"))
					.headersDelay(1, TimeUnit.SECONDS)
					.build());
		assertThat(get(anonymous(patient), "/api/status").path("ok").asBoolean()).isTrue();
		assertThatExceptionOfType(CohesivityNetworkException.class)
			.isThrownBy(() -> get(anonymous(shared), "/api/status"))
			.withMessageContaining("timed out");
		assertThat(patient.settings().userAgent()).isEqualTo("test-agent/1");
		assertThat(shared.settings().readTimeout()).isEqualTo(Duration.ofMillis(200));
		assertThat(patient.retrySettings()).isEqualTo(shared.retrySettings());
	}

	@Test
	void managementKeyTravelsAsBearerOnControlPlaneCalls() {
		this.server.enqueue("/api/status", ScriptedServer.json(200, "{}"));
		CohesivityHttpTransport transport = ScriptedServer.configurer(NO_RETRY)
			.managementTransport(this.server.connection(MAN_KEY, APP_KEY));
		get(transport, "/api/status");
		RecordedRequest request = this.server.requests().get(0);
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MAN_KEY);
		assertThat(request.getUrl().queryParameter("key")).isNull();
	}

	@Test
	void missingManagementKeyFailsOnFirstUseWithoutARequest() {
		CohesivityConnection connection = CohesivityConnection.of(this.server.baseUrl(), null, APP_KEY);
		assertThat(connection.hasKey(CohesivityConnection.Key.MANAGEMENT)).isFalse();
		assertThat(connection.hasKey(CohesivityConnection.Key.APPLICATION)).isTrue();
		CohesivityHttpTransport transport = ScriptedServer.configurer(NO_RETRY).managementTransport(connection);
		assertThatExceptionOfType(CohesivityException.class).isThrownBy(() -> get(transport, "/api/status"))
			.withMessage("No Cohesivity management key is configured");
		assertThat(this.server.requests()).isEmpty();
	}

	@Test
	void missingApplicationKeyIsRefusedWhenTheDataPlaneIsAssembled() {
		CohesivityConnection connection = CohesivityConnection.of(this.server.baseUrl(), MAN_KEY, " ");
		assertThat(connection.hasKey(CohesivityConnection.Key.APPLICATION)).as("a blank key is no key").isFalse();
		assertThat(connection.hasKey(CohesivityConnection.Key.MANAGEMENT)).isTrue();
		CohesivityClientConfigurer configurer = ScriptedServer.configurer(NO_RETRY);
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> configurer.edgeTransport(connection, null))
			.withMessage("No Cohesivity application key is configured");
		assertThatExceptionOfType(CohesivityException.class).isThrownBy(() -> configurer.edgeSessionMint(connection))
			.withMessage("No Cohesivity application key is configured");
	}

	@Test
	void insecureBaseUrlIsRefusedBeforeAnyKeyIsSent() {
		CohesivityConnection connection = CohesivityConnection.of("http://cohesivity.example.com", MAN_KEY, APP_KEY);
		CohesivityClientConfigurer configurer = ScriptedServer.configurer(NO_RETRY);
		assertThatExceptionOfType(InsecureBaseUrlException.class)
			.isThrownBy(() -> configurer.managementTransport(connection));
		assertThatExceptionOfType(InsecureBaseUrlException.class)
			.isThrownBy(() -> configurer.edgeSessionMint(connection));
		assertThatExceptionOfType(InsecureBaseUrlException.class)
			.isThrownBy(() -> configurer.edgeTransport(connection, null));
	}

	@Test
	void keyParameterTransportSendsTheKeyOnEveryCallAndNoBearer() {
		this.server.respond("/edge/database", (request) -> ScriptedServer.json(200, "{\"rows\":[],\"rowCount\":0}"));
		CohesivityHttpTransport transport = ScriptedServer.configurer(NO_RETRY)
			.edgeTransport(this.server.connection(MAN_KEY, APP_KEY), null);
		query(transport);
		query(transport);
		assertThat(this.server.requests()).hasSize(2).allSatisfy((request) -> {
			assertThat(request.getUrl().queryParameter("key")).isEqualTo(APP_KEY);
			assertThat(request.getHeaders().get("Authorization")).isNull();
		});
	}

	@Test
	void applicationKeyGoesOnlyToTheSessionMintAndIsNeverSeenByFilters() {
		List<String> urlsSeenByFilters = new CopyOnWriteArrayList<>();
		WebClient.Builder builder = WebClient.builder().filter((request, next) -> {
			urlsSeenByFilters.add(request.url().toString());
			return next.exchange(request);
		});
		this.server.enqueue("/edge/session", ScriptedServer.token("t1", 60));
		this.server.enqueue("/edge/database", ScriptedServer.json(200, "{\"rows\":[],\"rowCount\":0}"));
		CohesivityClientConfigurer configurer = configurer(builder);
		CohesivityConnection connection = this.server.connection(MAN_KEY, APP_KEY);
		String token = mintToken(configurer.edgeSessionMint(connection));
		query(configurer.edgeTransport(connection, new FixedTokens(token)));
		RecordedRequest mint = this.server.requests().get(0);
		assertThat(mint.getUrl().encodedPath()).isEqualTo("/edge/session");
		assertThat(mint.getUrl().queryParameter("key")).isEqualTo(APP_KEY);
		assertThat(mint.getHeaders().get("Authorization")).isNull();
		assertThat(mint.getBody().size()).isZero();
		RecordedRequest query = this.server.requests().get(1);
		assertThat(query.getUrl().queryParameter("key")).isNull();
		assertThat(query.getHeaders().get("Authorization")).isEqualTo("Bearer t1");
		assertThat(urlsSeenByFilters).hasSize(2).noneMatch((url) -> url.contains("coh_app_") || url.contains("key="));
	}

	@Test
	void rejectedSessionTokenIsRenewedOnceAndTheCallSentOnceMore() {
		this.server.enqueue("/edge/database", ScriptedServer.json(401, UNAUTHORIZED))
			.enqueue("/edge/database", ScriptedServer.json(200, "{\"rows\":[],\"rowCount\":0}"));
		FixedTokens tokens = new FixedTokens("t1");
		query(ScriptedServer.configurer(NO_RETRY).edgeTransport(this.server.connection(MAN_KEY, APP_KEY), tokens));
		assertThat(this.server.requests()).extracting((request) -> request.getHeaders().get("Authorization"))
			.containsExactly("Bearer t1", "Bearer t1-renewed");
		assertThat(tokens.renewals).hasValue(1);
	}

	@Test
	void secondRejectionIsRaisedWithoutAnotherRenewal() {
		this.server.respond("/edge/database", (request) -> ScriptedServer.json(401, UNAUTHORIZED));
		FixedTokens tokens = new FixedTokens("t1");
		CohesivityHttpTransport transport = ScriptedServer.configurer(NO_RETRY)
			.edgeTransport(this.server.connection(MAN_KEY, APP_KEY), tokens);
		assertThatExceptionOfType(CohesivityUnauthorizedException.class).isThrownBy(() -> query(transport));
		assertThat(this.server.count("/edge/database")).isEqualTo(2);
		assertThat(tokens.renewals).hasValue(1);
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
		ObservationRegistry registry = recordingKeyValues(keyValues);
		this.server.enqueue("/edge/session", ScriptedServer.token("t1", 60));
		CohesivityClientConfigurer configurer = configurer(WebClient.builder().observationRegistry(registry));
		mintToken(configurer.edgeSessionMint(this.server.connection(MAN_KEY, APP_KEY)));
		assertThat(this.server.requests().get(0).getUrl().queryParameter("key")).isEqualTo(APP_KEY);
		assertThat(keyValues).contains("uri=/edge/session", "http.url=" + this.server.baseUrl() + "/edge/session")
			.noneMatch((keyValue) -> keyValue.contains("coh_app_") || keyValue.contains("key="));
	}

	@Test
	void toStringsNameTheCredentialButNoKey() {
		CohesivityClientConfigurer configurer = ScriptedServer.configurer(NO_RETRY);
		CohesivityConnection connection = this.server.connection(MAN_KEY, APP_KEY);
		assertThat(List.of(connection.toString(), configurer.managementTransport(connection).toString(),
				configurer.edgeTransport(connection, null).toString(),
				configurer.edgeSessionMint(connection).toString()))
			.noneMatch((text) -> text.contains(MAN_KEY) || text.contains(APP_KEY));
		assertThat(configurer.edgeTransport(connection, null).toString()).contains("key-parameter");
	}

	/**
	 * A token source that hands out one token, and a renewed one after a rejection.
	 */
	static final class FixedTokens implements RenewableToken {

		private final String token;

		final AtomicInteger renewals = new AtomicInteger();

		FixedTokens(String token) {
			this.token = token;
		}

		@Override
		public Mono<String> token() {
			return Mono.just(this.token);
		}

		@Override
		public Mono<String> renewAfterRejection(String rejectedToken) {
			return Mono.fromSupplier(() -> {
				this.renewals.incrementAndGet();
				return rejectedToken + "-renewed";
			});
		}

	}

	// --- compression and sizes ---

	@Test
	void everyClientAsksForGzip() {
		this.server.respond("/edge/session", (request) -> ScriptedServer.token("t-1", 60));
		this.server.respond("/edge/database", (request) -> ScriptedServer.json(200, GZIP_ROWS));
		this.server.respond("/api/status", (request) -> ScriptedServer.json(200, "{}"));
		CohesivityClientConfigurer configurer = ScriptedServer.configurer(NO_RETRY);
		CohesivityConnection connection = this.server.connection(MAN_KEY, APP_KEY);
		sendTo(configurer.managementTransport(connection), HttpMethod.GET, "/api/status");
		sendTo(configurer.edgeTransport(connection, null), HttpMethod.POST, "/edge/database");
		configurer.edgeSessionMint(connection)
			.mint(Clock.systemUTC(), (answer, at) -> answer)
			.block(Duration.ofSeconds(10));
		assertThat(this.server.requests()).hasSize(3)
			.allSatisfy((request) -> assertThat(request.getHeaders().get("Accept-Encoding")).contains("gzip"));
	}

	@Test
	void gzipAnswerIsDecodedOnReactorNetty() throws IOException {
		this.server.enqueue("/edge/database", gzipped(200, GZIP_ROWS));
		JsonNode answer = sendTo(ScriptedServer.configurer(NO_RETRY).anonymousTransport(this.server.baseUrl()),
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
		this.server.enqueue("/edge/database", gzipped(200, GZIP_ROWS));
		JsonNode answer = sendTo(configurer.anonymousTransport(this.server.baseUrl()), HttpMethod.POST,
				"/edge/database");
		assertThat(answer.path("rowCount").asInt()).isEqualTo(1);
		assertThat(this.server.requests().get(0).getHeaders().get("Accept-Encoding")).contains("gzip");
	}

	@Test
	void gzipErrorAnswerIsClassifiedLikeAPlainOne() throws IOException {
		this.server.enqueue("/edge/database", gzipped(403,
				"{\"error\":{\"code\":403,\"message\":\"[Cohesivity] Tenant paused: Claim this tenant to resume "
						+ "service.\"},\"tenant_state\":\"paused\"}"));
		assertThatExceptionOfType(CohesivityTenantPausedException.class)
			.isThrownBy(() -> sendTo(ScriptedServer.configurer(NO_RETRY).anonymousTransport(this.server.baseUrl()),
					HttpMethod.POST, "/edge/database"))
			.withMessage("Tenant paused: Claim this tenant to resume service.");
	}

	@Test
	void binaryAnswerIsDescribedNeverPrinted() throws IOException {
		this.server.enqueue("/edge/database",
				new MockResponse.Builder().code(200)
					.addHeader("Content-Type", "application/json")
					.body(new Buffer().write(gzip(GZIP_ROWS)))
					.build());
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> sendTo(ScriptedServer.configurer(NO_RETRY).anonymousTransport(this.server.baseUrl()),
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
		JsonNode rows = sendTo(configurer.edgeTransport(connection, null), HttpMethod.POST, "/edge/database");
		assertThat(rows.path("rows").path(0).path("t").stringValue()).hasSize(3 * 1024 * 1024);
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> sendTo(configurer.managementTransport(connection), HttpMethod.GET, "/api/status"))
			.withMessageContaining("exceeded the in-memory limit")
			.withMessageContaining("cohesivity.max-in-memory-size");
	}

	// --- the response filter and the transport's request building ---

	@Test
	void successBodyCutOffMidWayIsANetworkFailureThatMayHaveReachedTheServer() {
		this.server.enqueue("/edge/database",
				new MockResponse.Builder().code(200)
					.addHeader("Content-Type", "application/json")
					.body("{\"rows\":[\"" + "x".repeat(256 * 1024) + "\"],\"rowCount\":1}")
					.onResponseBody(new SocketEffect.CloseSocket(true, false, false))
					.build());
		CohesivityHttpTransport transport = ScriptedServer.configurer(NO_RETRY)
			.edgeTransport(this.server.connection(MAN_KEY, APP_KEY), null);
		assertThatExceptionOfType(CohesivityNetworkException.class).isThrownBy(() -> query(transport))
			.satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isTrue())
			.withMessageContaining("POST " + this.server.baseUrl() + "/edge/database")
			.withMessageNotContaining(APP_KEY);
	}

	@Test
	void gzipBodyCutOffMidWayIsANetworkFailure() throws IOException {
		byte[] compressed = gzip("{\"rows\":[\"" + letters(256 * 1024) + "\"],\"rowCount\":1}");
		this.server.enqueue("/edge/database",
				new MockResponse.Builder().code(200)
					.addHeader("Content-Type", "application/json")
					.addHeader("Content-Encoding", "gzip")
					.body(new Buffer().write(compressed))
					.onResponseBody(new SocketEffect.CloseSocket(true, false, false))
					.build());
		assertThatExceptionOfType(CohesivityNetworkException.class)
			.isThrownBy(() -> sendTo(anonymous(), HttpMethod.POST, "/edge/database"))
			.satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isTrue());
	}

	@Test
	void answerInAnEncodingNotAskedForFailsNamingIt() {
		this.server.enqueue("/edge/database",
				new MockResponse.Builder().code(200)
					.addHeader("Content-Type", "application/json")
					.addHeader("Content-Encoding", "br")
					.body(new Buffer().write(new byte[] { 0x0b, 0x02, (byte) 0x80, 0x7b, 0x7d, 0x03 }))
					.build());
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> sendTo(anonymous(), HttpMethod.POST, "/edge/database"))
			.withMessage("Malformed response to POST /edge/database: its Content-Encoding 'br' was not asked for "
					+ "(the client asks for gzip only)");
	}

	@Test
	void jsonBodyIsSentAsSerializedWithItsLength() {
		this.server.enqueue("/edge/database", ScriptedServer.json(200, "{\"rows\":[],\"rowCount\":0}"));
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("query", "SELECT ? AS \"ü\"");
		body.put("params", List.of("naïve ✓"));
		anonymous().send(CohesivityRequest.of(HttpMethod.POST, "/edge/database").withBody(body), false)
			.block(Duration.ofSeconds(10));
		RecordedRequest request = this.server.requests().get(0);
		String expected = "{\"query\":\"SELECT ? AS \\\"ü\\\"\",\"params\":[\"naïve ✓\"]}";
		assertThat(request.getBody().utf8()).isEqualTo(expected);
		assertThat(request.getHeaders().get("Content-Length"))
			.isEqualTo(String.valueOf(expected.getBytes(StandardCharsets.UTF_8).length));
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
	}

	@Test
	void bodyThatCannotBeWrittenAsJsonFailsWithoutARequest() {
		// nested deeper than Jackson writes (1,000 levels)
		List<Object> unwritable = new java.util.ArrayList<>();
		List<Object> innermost = unwritable;
		for (int depth = 0; depth < 2_000; depth++) {
			List<Object> inner = new java.util.ArrayList<>();
			innermost.add(inner);
			innermost = inner;
		}
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> anonymous()
				.send(CohesivityRequest.of(HttpMethod.POST, "/edge/database").withBody(unwritable), false)
				.block(Duration.ofSeconds(10)))
			.withMessageContaining("cannot be written as JSON");
		assertThat(this.server.requests()).isEmpty();
	}

	@Test
	void observationsCarryTheTemplateOfEveryCallWithOrWithoutVariables() {
		List<String> keyValues = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = recordingKeyValues(keyValues);
		this.server.respond("/api/status", (request) -> ScriptedServer.json(200, "{}"));
		this.server.respond("/api/resources/database", (request) -> ScriptedServer.json(200, "{}"));
		CohesivityHttpTransport transport = anonymous(configurer(WebClient.builder().observationRegistry(registry)));
		get(transport, "/api/status");
		get(transport, "/api/status");
		transport.send(CohesivityRequest.of(HttpMethod.GET, "/api/resources/{offering}", "database"), true)
			.block(Duration.ofSeconds(10));
		assertThat(keyValues).filteredOn((keyValue) -> keyValue.startsWith("uri="))
			.containsExactly("uri=/api/status", "uri=/api/status", "uri=/api/resources/{offering}");
		assertThat(keyValues).filteredOn((keyValue) -> keyValue.startsWith("http.url="))
			.containsExactly("http.url=" + this.server.baseUrl() + "/api/status",
					"http.url=" + this.server.baseUrl() + "/api/status",
					"http.url=" + this.server.baseUrl() + "/api/resources/database");
	}

	@Test
	void filtersOfTheApplicationSeeErrorsAsCohesivityExceptionsAndAnswersDecoded() throws IOException {
		List<Object> seen = new CopyOnWriteArrayList<>();
		WebClient.Builder builder = WebClient.builder()
			.filter((request, next) -> next.exchange(request)
				.doOnNext((response) -> seen
					.add(response.statusCode().value() + " " + response.headers().header("Content-Encoding")))
				.doOnError(seen::add));
		this.server.enqueue("/edge/database", gzipped(200, GZIP_ROWS));
		this.server.enqueue("/edge/database", gzipped(403,
				"{\"error\":{\"code\":403,\"message\":\"[Cohesivity] Tenant paused\"},\"tenant_state\":\"paused\"}"));
		CohesivityHttpTransport transport = anonymous(configurer(builder));
		assertThat(sendTo(transport, HttpMethod.POST, "/edge/database").path("rowCount").asInt()).isEqualTo(1);
		assertThatExceptionOfType(CohesivityTenantPausedException.class)
			.isThrownBy(() -> sendTo(transport, HttpMethod.POST, "/edge/database"));
		assertThat(seen).hasSize(2);
		assertThat(seen.get(0)).isEqualTo("200 []");
		assertThat(seen.get(1)).isInstanceOf(CohesivityTenantPausedException.class);
	}

	/**
	 * Return a registry that records every stopped observation's key values as
	 * {@code key=value}.
	 */
	private static ObservationRegistry recordingKeyValues(List<String> keyValues) {
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
		return registry;
	}

	private static JsonNode sendTo(CohesivityHttpTransport transport, HttpMethod method, String path) {
		CohesivityRequest request = CohesivityRequest.of(method, path);
		if (method == HttpMethod.POST) {
			request = request.withBody(Map.of("query", "SELECT 1 AS n"));
		}
		return transport.send(request, false).block(Duration.ofSeconds(10));
	}

	/**
	 * Return letters that gzip cannot shrink much (seeded, the same every run), so that a
	 * compressed body is long enough to be cut off mid-way.
	 */
	private static String letters(int length) {
		java.util.Random random = new java.util.Random(13);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		return text.toString();
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
