/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.CohesivityNetworkException;
import ai.cohesivity.core.CohesivityUnauthorizedException;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.core.ScriptedServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests for {@link DefaultEdgeClient} against a scripted server.
 */
class DefaultEdgeClientTests {

	private static final String APP_KEY = "coh_app_abcdefghij0123456789";

	private static final String MAN_KEY = "coh_man_0123456789abcdefghij";

	private static final RetrySettings FAST = new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(20),
			Duration.ofSeconds(1));

	private static final String UNAUTHORIZED = "{\"error\":{\"code\":401,\"message\":\"[Cohesivity] Invalid token\"}}";

	private static final String ROWS = "{\"rows\":[{\"n\":1}],\"rowCount\":1}";

	private ScriptedServer server;

	private EdgeClient client;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
	}

	@AfterEach
	void stop() {
		if (this.client != null) {
			this.client.close();
		}
		this.server.close();
	}

	private EdgeClient tokenClient() {
		AtomicInteger sequence = new AtomicInteger();
		this.server.respond("/edge/session",
				(request) -> ScriptedServer.token("token-" + sequence.incrementAndGet(), 60));
		this.client = EdgeClient.builder(this.server.connection(MAN_KEY, APP_KEY))
			.configurer(ScriptedServer.configurer(FAST))
			.build();
		return this.client;
	}

	private EdgeClient keyParameterClient(ScriptedServer server) {
		return EdgeClient.builder(server.connection(MAN_KEY, APP_KEY))
			.configurer(ScriptedServer.configurer(FAST))
			.sessionTokens(false)
			.build();
	}

	private JsonNode query(EdgeClient client, boolean idempotent) {
		return client.post("/edge/database", Map.of("query", "SELECT 1 AS n"), idempotent)
			.block(Duration.ofSeconds(10));
	}

	@Test
	void sendsTheSessionTokenAsBearerAndTheBodyAsJson() {
		this.server.enqueue("/edge/database", ScriptedServer.json(200, ROWS));
		JsonNode result = query(tokenClient(), true);
		assertThat(result.path("rowCount").asInt()).isEqualTo(1);
		RecordedRequest request = this.server.requests().get(1);
		assertThat(request.getUrl().encodedPath()).isEqualTo("/edge/database");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
		assertThat(request.getUrl().queryParameter("key")).isNull();
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(request.getBody().utf8()).isEqualTo("{\"query\":\"SELECT 1 AS n\"}");
	}

	@Test
	void unauthorizedLeadsToOneReMintAndOneRetryEvenForAWrite() {
		this.server.enqueue("/edge/database", ScriptedServer.json(401, UNAUTHORIZED))
			.enqueue("/edge/database", ScriptedServer.json(200, ROWS));
		JsonNode result = query(tokenClient(), false);
		assertThat(result.path("rowCount").asInt()).isEqualTo(1);
		assertThat(this.server.count("/edge/session")).isEqualTo(2);
		assertThat(this.server.count("/edge/database")).isEqualTo(2);
		assertThat(this.server.requests().get(3).getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
	}

	@Test
	void secondUnauthorizedIsRaisedWithoutLooping() {
		this.server.respond("/edge/database", (request) -> ScriptedServer.json(401, UNAUTHORIZED));
		EdgeClient client = tokenClient();
		assertThatExceptionOfType(CohesivityUnauthorizedException.class).isThrownBy(() -> query(client, true))
			.withMessage("Invalid token");
		assertThat(this.server.count("/edge/session")).isEqualTo(2);
		assertThat(this.server.count("/edge/database")).isEqualTo(2);
	}

	@Test
	void keyParameterModeSendsTheKeyOnEveryCallAndNoToken() {
		this.server.enqueue("/edge/database", ScriptedServer.json(200, ROWS));
		EdgeClient client = keyParameterClient(this.server);
		query(client, true);
		RecordedRequest request = this.server.requests().get(0);
		assertThat(request.getUrl().queryParameter("key")).isEqualTo(APP_KEY);
		assertThat(request.getHeaders().get("Authorization")).isNull();
		assertThat(this.server.count("/edge/session")).isZero();
	}

	@Test
	void failuresInKeyParameterModeShowNoKeyInTheWholeException() throws IOException {
		this.server.enqueue("/edge/database",
				new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
		EdgeClient dropping = keyParameterClient(this.server);
		assertNoKeyIn(catchThrowable(() -> query(dropping, false)));
		assertThat(this.server.requests().get(0).getUrl().queryParameter("key")).isEqualTo(APP_KEY);
		ScriptedServer stopped = new ScriptedServer();
		EdgeClient refused = keyParameterClient(stopped);
		stopped.close();
		assertNoKeyIn(catchThrowable(() -> query(refused, true)));
	}

	private static void assertNoKeyIn(Throwable failure) {
		assertThat(failure).isInstanceOf(CohesivityNetworkException.class);
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		assertThat(trace.toString()).contains("/edge/database").doesNotContain(APP_KEY).doesNotContain("key=");
	}

	@Test
	void writeThatMayHaveReachedTheServerIsNotRepeated() {
		this.server
			.enqueue("/edge/database",
					new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false))
						.build())
			.enqueue("/edge/database", ScriptedServer.json(200, ROWS));
		EdgeClient client = tokenClient();
		assertThatExceptionOfType(CohesivityNetworkException.class).isThrownBy(() -> query(client, false))
			.satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isTrue());
		assertThat(this.server.count("/edge/database")).isEqualTo(1);
	}

	@Test
	void readIsRetriedAfterADroppedConnection() {
		this.server
			.enqueue("/edge/database",
					new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false))
						.build())
			.enqueue("/edge/database", ScriptedServer.json(200, ROWS));
		assertThat(query(tokenClient(), true).path("rowCount").asInt()).isEqualTo(1);
		assertThat(this.server.count("/edge/database")).isEqualTo(2);
		assertThat(this.server.count("/edge/session")).isEqualTo(1);
	}

	@Test
	void mintThatSucceedsOnItsLastAttemptLetsAWriteThroughOnce() {
		this.server.enqueue("/edge/session", ScriptedServer.json(503, "{\"error\":\"unavailable\"}"))
			.enqueue("/edge/session", ScriptedServer.json(503, "{\"error\":\"unavailable\"}"))
			.enqueue("/edge/database", ScriptedServer.json(200, ROWS));
		assertThat(query(tokenClient(), false).path("rowCount").asInt()).isEqualTo(1);
		assertThat(this.server.count("/edge/session")).isEqualTo(3);
		assertThat(this.server.count("/edge/database")).isEqualTo(1);
	}

	@Test
	void mintRateLimitedWithRetryAfterButNoWindowKindIsRetried() {
		this.server
			.enqueue("/edge/session",
					new MockResponse.Builder().code(429)
						.addHeader("Retry-After", "0")
						.addHeader("Content-Type", "application/json")
						.body("{\"error\":{\"code\":429,\"message\":\"[Cohesivity] Rate limit exceeded for "
								+ "edge-session\"}}")
						.build())
			.enqueue("/edge/database", ScriptedServer.json(200, ROWS));
		assertThat(query(tokenClient(), false).path("rowCount").asInt()).isEqualTo(1);
		assertThat(this.server.count("/edge/session")).isEqualTo(2);
		assertThat(this.server.count("/edge/database")).isEqualTo(1);
	}

	@Test
	void readFacingGatewayErrorsAfterItsMintIsRetriedByItsOwnLayerOnly() {
		this.server.respond("/edge/database", (request) -> ScriptedServer.json(503, "{\"error\":\"unavailable\"}"));
		EdgeClient client = tokenClient();
		assertThatExceptionOfType(CohesivityApiException.class).isThrownBy(() -> query(client, true))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(503));
		assertThat(this.server.count("/edge/database")).isEqualTo(FAST.maxAttempts());
		assertThat(this.server.count("/edge/session")).as("the token was not minted again").isEqualTo(1);
	}

	@Test
	void clientClosesTheTokenProviderItCreated() {
		this.server.enqueue("/edge/database", ScriptedServer.json(200, ROWS));
		EdgeClient client = tokenClient();
		query(client, true);
		client.close();
		assertThatExceptionOfType(CohesivityException.class).isThrownBy(() -> query(client, true))
			.withMessageContaining("closed");
	}

	@Test
	void clientLeavesASharedTokenProviderOpen() {
		this.server.respond("/edge/session", (request) -> ScriptedServer.token("shared", 60));
		this.server.respond("/edge/database", (request) -> ScriptedServer.json(200, ROWS));
		try (EdgeTokenProvider tokens = EdgeTokenProvider.builder(this.server.connection(MAN_KEY, APP_KEY))
			.configurer(ScriptedServer.configurer(FAST))
			.build()) {
			EdgeClient first = EdgeClient.builder(this.server.connection(MAN_KEY, APP_KEY))
				.configurer(ScriptedServer.configurer(FAST))
				.tokenProvider(tokens)
				.build();
			EdgeClient second = EdgeClient.builder(this.server.connection(MAN_KEY, APP_KEY))
				.configurer(ScriptedServer.configurer(FAST))
				.tokenProvider(tokens)
				.build();
			query(first, true);
			first.close();
			query(second, true);
			assertThat(this.server.count("/edge/session")).isEqualTo(1);
			assertThat(tokens.state().mints()).isEqualTo(1);
		}
	}

	@Test
	void pathsOutsideTheEdgeAreRefused() {
		EdgeClient client = keyParameterClient(this.server);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> client.post("/api/genesis", Map.of(), false));
	}

}
