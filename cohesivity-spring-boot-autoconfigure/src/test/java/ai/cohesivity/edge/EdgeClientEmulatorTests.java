/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityClientSettings;
import ai.cohesivity.core.RetryScope;
import ai.cohesivity.core.CohesivityRequest;
import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityNetworkException;
import ai.cohesivity.core.CohesivityRateLimitedException;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.management.ManagementApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link EdgeClient}s built with {@link EdgeClient#builder(CohesivityConnection)} against
 * the emulator over real HTTP.
 */
class EdgeClientEmulatorTests {

	private static final RetrySettings FAST = new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50),
			Duration.ofSeconds(60));

	private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENTS = new ParameterizedTypeReference<>() {
	};

	private static CohesivityEmulator emulator;

	private EmulatorTenant tenant;

	private long sessionsBefore;

	private long queriesBefore;

	@BeforeAll
	static void startEmulator() {
		emulator = CohesivityEmulator.builder().start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void createTenant() {
		this.tenant = emulator.createTenant();
		emulator.provision(this.tenant.tenantId(), "database");
		this.sessionsBefore = emulator.requestCount("POST", "/edge/session");
		this.queriesBefore = emulator.requestCount("POST", "/edge/database");
	}

	private final List<AutoCloseable> closeables = new java.util.ArrayList<>();

	@AfterEach
	void resetSettings() throws Exception {
		for (AutoCloseable closeable : this.closeables) {
			closeable.close();
		}
		emulator.admin().edgeTokenTtl(Duration.ofSeconds(60));
		emulator.admin().failRequests("/edge/session", 503, 0);
	}

	private CohesivityConnection connection() {
		return CohesivityConnection.of(emulator.baseUrl(), this.tenant.managementKey(), this.tenant.applicationKey());
	}

	private static CohesivityClientConfigurer configurer() {
		return CohesivityClientConfigurer.builder().retrySettings(FAST).build();
	}

	private EdgeTokenProvider tokenProvider() {
		EdgeTokenProvider provider = EdgeTokenProvider.builder(connection()).configurer(configurer()).build();
		this.closeables.add(provider);
		return provider;
	}

	private EdgeClient client(EdgeTokenProvider tokens) {
		return EdgeClient.builder(connection()).configurer(configurer()).tokenProvider(tokens).build();
	}

	private EdgeClient client() {
		EdgeClient client = EdgeClient.builder(connection()).configurer(configurer()).build();
		this.closeables.add(client);
		return client;
	}

	private long sessions() {
		return emulator.requestCount("POST", "/edge/session") - this.sessionsBefore;
	}

	private long queries() {
		return emulator.requestCount("POST", "/edge/database") - this.queriesBefore;
	}

	private static JsonNode query(EdgeClient client, String sql, boolean idempotent) {
		return client.post("/edge/database", Map.of("query", sql), idempotent).block(Duration.ofSeconds(20));
	}

	@Test
	void hundredConcurrentCallersCauseOneMint() {
		EdgeTokenProvider tokens = tokenProvider();
		List<String> values = Flux.range(0, 100)
			.flatMap((i) -> tokens.token(), 100)
			.collectList()
			.block(Duration.ofSeconds(20));
		assertThat(values).hasSize(100).containsOnly(values.get(0));
		assertThat(sessions()).isEqualTo(1);
		EdgeClient client = client(tokens);
		List<JsonNode> results = Flux.range(0, 100)
			.flatMap((i) -> client.post("/edge/database", Map.of("query", "SELECT ? AS n", "params", List.of(i)), true),
					32)
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(results).hasSize(100);
		assertThat(sessions()).isEqualTo(1);
		assertThat(tokens.state().mints()).isEqualTo(1);
	}

	@Test
	void tokensAreRefreshedBeforeExpiryWithoutAFailedCall() throws InterruptedException {
		emulator.admin().edgeTokenTtl(Duration.ofSeconds(2));
		EdgeClient client = client();
		int calls = 0;
		long end = System.nanoTime() + Duration.ofMillis(4500).toNanos();
		while (System.nanoTime() < end) {
			assertThat(query(client, "SELECT 1 AS n", true).path("rows").get(0).path("n").asInt()).isEqualTo(1);
			calls++;
			Thread.sleep(50);
		}
		assertThat(queries()).as("no call was repeated").isEqualTo(calls);
		assertThat(sessions()).as("tokens were refreshed").isGreaterThanOrEqualTo(3);
	}

	@Test
	void rejectedTokenLeadsToOneReMintAndOneRetry() {
		EdgeClient client = client();
		query(client, "SELECT 1", true);
		emulator.admin().advanceClock(Duration.ofMinutes(2));
		assertThat(query(client, "SELECT 2 AS n", false).path("rows").get(0).path("n").asInt()).isEqualTo(2);
		assertThat(sessions()).isEqualTo(2);
		assertThat(queries()).isEqualTo(3);
	}

	@Test
	void writeWhoseAnswerWasLostIsNotRepeated() {
		EdgeClient client = client();
		query(client, "CREATE TABLE orders (id INTEGER PRIMARY KEY, item TEXT)", false);
		emulator.admin().dropConnectionAfterCommit("/edge/database", 1);
		assertThatExceptionOfType(CohesivityNetworkException.class)
			.isThrownBy(() -> query(client, "INSERT INTO orders (item) VALUES ('book')", false))
			.satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isTrue())
			.withMessageContaining("its outcome is unknown")
			.withMessageContaining("not sent again");
		assertThat(query(client, "SELECT COUNT(*) AS c FROM orders", true).path("rows").get(0).path("c").asInt())
			.isEqualTo(1);
	}

	@Test
	void keyParameterModeWorksWithoutSessions() {
		try (EdgeClient client = EdgeClient.builder(connection()).sessionTokens(false).build()) {
			query(client, "SELECT 1", true);
		}
		assertThat(sessions()).isZero();
		assertThat(queries()).isEqualTo(1);
	}

	@ParameterizedTest(name = "idempotent={0}")
	@ValueSource(booleans = { true, false })
	void mintFacing503sIsSentMaxAttemptsTimesAndTheCallNever(boolean idempotent) {
		emulator.admin().failRequests("/edge/session", 503, 1.0);
		EdgeClient client = client();
		assertThatExceptionOfType(CohesivityApiException.class).isThrownBy(() -> query(client, "SELECT 1", idempotent))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(503));
		assertThat(sessions()).as("mint requests: one retry layer, max-attempts").isEqualTo(FAST.maxAttempts());
		assertThat(queries()).as("the call that needed the token was never sent").isZero();
	}

	@Test
	void reMintAfterARejectionFacing503sAddsMaxAttemptsMintsAndNoMoreCalls() {
		EdgeClient client = client();
		query(client, "SELECT 1", true);
		emulator.admin().advanceClock(Duration.ofMinutes(2));
		emulator.admin().failRequests("/edge/session", 503, 1.0);
		assertThatExceptionOfType(CohesivityApiException.class).isThrownBy(() -> query(client, "SELECT 2", true))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(503));
		assertThat(sessions()).as("the first mint, then one re-mint with its own retry layer")
			.isEqualTo(1 + FAST.maxAttempts());
		assertThat(queries()).as("the first query, then the rejected one; never re-sent without a token").isEqualTo(2);
	}

	@Test
	void mintFacing429sWaitsRetryAfterBetweenAttemptsAndIsSentMaxAttemptsTimes() {
		emulator.admin().failRequests("/edge/session", 429, 1.0);
		EdgeClient client = client();
		assertThatExceptionOfType(CohesivityRateLimitedException.class)
			.isThrownBy(() -> query(client, "INSERT INTO missing VALUES (1)", false))
			.satisfies((ex) -> assertThat(ex.isRetryable()).isTrue());
		assertThat(sessions()).isEqualTo(FAST.maxAttempts());
		assertThat(queries()).isZero();
	}

	@Test
	void streamingClientWithItsOwnReadTimeoutSharesTheTokensAndReadsTheAgentsEvents() {
		emulator.admin().approveClaim(this.tenant.tenantId());
		ManagementApi.builder(connection())
			.build()
			.send(CohesivityRequest.of(HttpMethod.POST, "/api/agents")
				.withBody(Map.of("agent_type", "hermes", "plan", "starter")), false)
			.block(Duration.ofSeconds(20));
		EdgeTokenProvider tokens = tokenProvider();
		CohesivityClientConfigurer shared = configurer();
		EdgeClient queries = EdgeClient.builder(connection()).configurer(shared).tokenProvider(tokens).build();
		EdgeClient agent = EdgeClient.builder(connection())
			.configurer(shared.withSettings((settings) -> settings.withReadTimeout(Duration.ofSeconds(120))))
			.tokenProvider(tokens)
			.build();
		query(queries, "SELECT 1", true);
		Map<String, Object> body = Map.of("messages", List.of(Map.of("role", "user", "content", "hello agent")),
				"stream", true);
		List<String> elements = agent.exchange("/edge/managed-agents/v1/chat/completions", body,
				MediaType.TEXT_EVENT_STREAM, RetryScope.REFUSALS,
				(response) -> Flux.just("model=" + response.headers().asHttpHeaders().getFirst("x-cohesivity-model"))
					.concatWith(response.bodyToFlux(EVENTS).mapNotNull(ServerSentEvent::data)))
			.collectList()
			.block(Duration.ofSeconds(20));
		assertThat(elements.get(0)).startsWith("model=").isNotEqualTo("model=null");
		assertThat(elements.get(elements.size() - 1)).isEqualTo("[DONE]");
		String reply = elements.subList(1, elements.size() - 1)
			.stream()
			.map((data) -> JsonMapper.shared().readTree(data).path("choices").path(0).path("delta").path("content"))
			.map((content) -> content.asString(""))
			.collect(Collectors.joining());
		assertThat(reply).endsWith("You said: hello agent");
		assertThat(sessions()).as("both clients use the shared provider's one token").isEqualTo(1);
		assertThat(shared.settings().readTimeout()).isEqualTo(CohesivityClientSettings.DEFAULT_READ_TIMEOUT);
	}

}
