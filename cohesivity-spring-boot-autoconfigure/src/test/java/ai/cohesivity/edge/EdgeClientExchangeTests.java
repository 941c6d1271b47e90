/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.ClientResponse;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityNetworkException;
import ai.cohesivity.core.RetryScope;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.core.ScriptedServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EdgeClient#exchange}: the seam for streaming clients (server-sent
 * events, response headers), against a scripted server.
 */
class EdgeClientExchangeTests {

	private static final String APP_KEY = "coh_app_abcdefghij0123456789";

	private static final String MAN_KEY = "coh_man_0123456789abcdefghij";

	private static final String PATH = "/edge/managed-agents/v1/chat/completions";

	private static final RetrySettings FAST = new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(20),
			Duration.ofSeconds(1));

	private static final ParameterizedTypeReference<ServerSentEvent<String>> EVENTS = new ParameterizedTypeReference<>() {
	};

	private static final String STREAM = "data: {\"choices\":[{\"delta\":{\"content\":\"Hello\"}}]}\n\n"
			+ ": keep-alive\n\n" + "data: {\"choices\":[{\"delta\":{\"content\":\" world\"}}]}\n\n"
			+ "data: [DONE]\n\n";

	private ScriptedServer server;

	private EdgeClient client;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
		AtomicInteger sequence = new AtomicInteger();
		this.server.respond("/edge/session",
				(request) -> ScriptedServer.token("token-" + sequence.incrementAndGet(), 60));
		this.client = EdgeClient.builder(this.server.connection(MAN_KEY, APP_KEY))
			.configurer(ScriptedServer.configurer(FAST))
			.build();
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.close();
	}

	private static MockResponse.Builder eventStream(String body) {
		return new MockResponse.Builder().code(200)
			.addHeader("Content-Type", "text/event-stream")
			.addHeader("x-cohesivity-model", "openai/gpt-5.4")
			.addHeader("x-cohesivity-model-source", "ai_gateway")
			.body(body);
	}

	private static Flux<String> headersThenData(ClientResponse response) {
		String model = response.headers().asHttpHeaders().getFirst("x-cohesivity-model");
		String source = response.headers().asHttpHeaders().getFirst("x-cohesivity-model-source");
		return Flux.just("model=" + model, "source=" + source)
			.concatWith(response.bodyToFlux(EVENTS).mapNotNull(ServerSentEvent::data));
	}

	private Flux<String> chat(RetryScope retryScope) {
		return this.client.exchange(PATH,
				Map.of("messages", List.of(Map.of("role", "user", "content", "hi")), "stream", true),
				MediaType.TEXT_EVENT_STREAM, retryScope, EdgeClientExchangeTests::headersThenData);
	}

	@Test
	void readsResponseHeadersAndServerSentEventsWithTheSessionToken() {
		this.server.enqueue(PATH, eventStream(STREAM).build());
		List<String> elements = chat(RetryScope.NONE).collectList().block(Duration.ofSeconds(10));
		assertThat(elements).containsExactly("model=openai/gpt-5.4", "source=ai_gateway",
				"{\"choices\":[{\"delta\":{\"content\":\"Hello\"}}]}",
				"{\"choices\":[{\"delta\":{\"content\":\" world\"}}]}", "[DONE]");
		RecordedRequest request = this.server.requests().get(1);
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
		assertThat(request.getHeaders().get("Accept")).isEqualTo("text/event-stream");
		assertThat(request.getUrl().queryParameter("key")).isNull();
		assertThat(request.getBody().utf8()).contains("\"stream\":true");
	}

	@Test
	void rejectedTokenIsReMintedOnceBeforeTheStreamStarts() {
		this.server.enqueue(PATH, ScriptedServer.json(401, "{\"error\":{\"code\":401,\"message\":\"[Cohesivity] x\"}}"))
			.enqueue(PATH, eventStream(STREAM).build());
		assertThat(chat(RetryScope.NONE).last().block(Duration.ofSeconds(10))).isEqualTo("[DONE]");
		assertThat(this.server.count("/edge/session")).isEqualTo(2);
		assertThat(this.server.requests().get(3).getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
	}

	@Test
	void errorStatusesFailTheFluxAndNeverReachTheHandler() {
		this.server.enqueue(PATH, ScriptedServer.json(400, "{\"error\":\"model_not_selectable\",\"message\":"
				+ "\"model is not a selector\",\"model\":\"openai/gpt-5.4\"}"));
		AtomicInteger handled = new AtomicInteger();
		assertThatExceptionOfType(CohesivityApiException.class)
			.isThrownBy(() -> this.client.exchange(PATH, Map.of("messages", List.of()), MediaType.TEXT_EVENT_STREAM,
					RetryScope.TRANSIENT_FAILURES, (response) -> {
						handled.incrementAndGet();
						return Mono.just("handled");
					})
				.blockLast(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("model_not_selectable"));
		assertThat(handled).hasValue(0);
	}

	@Test
	void idempotentExchangeIsRetriedWhileNoResponseArrived() {
		this.server.enqueue(PATH, ScriptedServer.json(503, "{\"error\":\"agent_starting\"}"))
			.enqueue(PATH, eventStream(STREAM).build());
		assertThat(chat(RetryScope.TRANSIENT_FAILURES).last().block(Duration.ofSeconds(10))).isEqualTo("[DONE]");
		assertThat(this.server.count(PATH)).isEqualTo(2);
	}

	@Test
	void refusalsAreRetried() {
		this.server
			.enqueue(PATH,
					new MockResponse.Builder().code(503)
						.addHeader("Retry-After", "1")
						.addHeader("Content-Type", "application/json")
						.body("{\"error\":\"agent_starting\",\"message\":\"The agent is starting\"}")
						.build())
			.enqueue(PATH, eventStream(STREAM).build());
		assertThat(chat(RetryScope.REFUSALS).last().block(Duration.ofSeconds(10))).isEqualTo("[DONE]");
		assertThat(this.server.count(PATH)).isEqualTo(2);
	}

	@Test
	void refusalsScopeDoesNotRetryGatewayErrors() {
		this.server.enqueue(PATH, ScriptedServer.json(502, "{\"error\":\"bad_gateway\"}"))
			.enqueue(PATH, eventStream(STREAM).build());
		assertThatExceptionOfType(CohesivityApiException.class)
			.isThrownBy(() -> chat(RetryScope.REFUSALS).blockLast(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(502));
		assertThat(this.server.count(PATH)).isEqualTo(1);
	}

	@Test
	void refusalsScopeDoesNotRetryATimeoutWhileTheServerMayBeWorking() {
		this.server.respond(PATH, (request) -> eventStream(STREAM).headersDelay(1, TimeUnit.SECONDS).build());
		try (EdgeClient impatient = EdgeClient.builder(this.server.connection(MAN_KEY, APP_KEY))
			.configurer(ScriptedServer.configurer(FAST)
				.withSettings((settings) -> settings.withReadTimeout(Duration.ofMillis(200))))
			.build()) {
			assertThatExceptionOfType(CohesivityNetworkException.class)
				.isThrownBy(
						() -> impatient
							.exchange(PATH, Map.of("messages", List.of()), MediaType.TEXT_EVENT_STREAM,
									RetryScope.REFUSALS, EdgeClientExchangeTests::headersThenData)
							.blockLast(Duration.ofSeconds(10)))
				.satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isTrue());
		}
		assertThat(this.server.count(PATH)).isEqualTo(1);
	}

	@Test
	void exchangeThatIsNotIdempotentIsNotRetried() {
		this.server.enqueue(PATH, ScriptedServer.json(503, "{\"error\":\"agent_starting\"}"))
			.enqueue(PATH, eventStream(STREAM).build());
		assertThatExceptionOfType(CohesivityApiException.class)
			.isThrownBy(() -> chat(RetryScope.NONE).blockLast(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(503));
		assertThat(this.server.count(PATH)).isEqualTo(1);
	}

	@Test
	void streamThatBreaksAfterTheFirstByteFailsAndIsNotRetried() {
		String longTail = "data: " + "x".repeat(64 * 1024) + "\n\n";
		this.server.enqueue(PATH,
				eventStream("data: first\n\n" + longTail + "data: [DONE]\n\n")
					.onResponseBody(new SocketEffect.CloseSocket(true, false, false))
					.build());
		this.server.enqueue(PATH, eventStream(STREAM).build());
		List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
		assertThatExceptionOfType(CohesivityNetworkException.class).isThrownBy(
				() -> chat(RetryScope.TRANSIENT_FAILURES).doOnNext(seen::add).blockLast(Duration.ofSeconds(10)));
		assertThat(seen).contains("first").doesNotContain("[DONE]");
		assertThat(this.server.count(PATH)).as("no retry after the response arrived").isEqualTo(1);
	}

}
