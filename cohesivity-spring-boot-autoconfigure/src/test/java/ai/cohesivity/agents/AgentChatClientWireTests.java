/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.core.ScriptedServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Exact wire exchanges of {@link AgentChatClient} (mockwebserver3): what it sends, and
 * stream shapes the emulator does not produce.
 */
class AgentChatClientWireTests {

	private static final String PATH = AgentChatClient.PATH;

	private ScriptedServer server;

	private AgentChatClient chat;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
		this.server.respond("/edge/session", (request) -> ScriptedServer.token("edge-token", 60));
		this.chat = AgentChatClient
			.builder(this.server.connection("coh_man_0123456789abcdefghij", "coh_app_abcdefghij0123456789"))
			.configurer(ScriptedServer
				.configurer(new RetrySettings(3, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofSeconds(1))))
			.build();
	}

	@AfterEach
	void stop() {
		this.chat.close();
		this.server.close();
	}

	private static MockResponse events(String body) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/event-stream").body(body).build();
	}

	private static String chunk(String content) {
		return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
				+ content + "\"},\"finish_reason\":null}],\"unknown_field\":{\"x\":1}}\n\n";
	}

	@Test
	void sendsTheOpenAiShapeWithoutAModelAndWithToolsAsTheyAre() {
		this.server.enqueue(PATH, ScriptedServer.json(200,
				"{\"id\":\"x\",\"object\":\"chat.completion\",\"system_fingerprint\":\"fp\",\"choices\":[{\"index\":0,"
						+ "\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\","
						+ "\"type\":\"function\",\"function\":{\"name\":\"weather\",\"arguments\":\"{}\"}}],"
						+ "\"refusal\":null},\"finish_reason\":\"tool_calls\",\"logprobs\":null}]}"));
		JsonNode tools = JsonMapper.shared()
			.readTree(
					"[{\"type\":\"function\",\"function\":{\"name\":\"weather\",\"parameters\":{\"type\":\"object\"}}}]");
		ChatCompletion answer = this.chat.call(ChatCompletionRequest.builder()
			.system("sys")
			.user("Weather?")
			.temperature(0.2)
			.maxTokens(64)
			.tools(tools)
			.build());
		assertThat(answer.content()).isEmpty();
		assertThat(answer.choices().get(0).finishReason()).isEqualTo("tool_calls");
		assertThat(answer.choices().get(0).message().toolCalls().get(0).path("id").stringValue()).isEqualTo("call_1");
		assertThat(answer.servedModel().model()).isNull();
		RecordedRequest request = this.server.requests().get(1);
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer edge-token");
		JsonNode sent = JsonMapper.shared().readTree(request.getBody().utf8());
		assertThat(sent.has("model")).as("model left out by default").isFalse();
		assertThat(sent.path("stream").asBoolean(true)).isFalse();
		assertThat(sent.path("temperature").asDouble()).isEqualTo(0.2);
		assertThat(sent.path("max_tokens").asInt()).isEqualTo(64);
		assertThat(sent.path("tools")).isEqualTo(tools);
		assertThat(sent.path("messages").toString())
			.isEqualTo("[{\"role\":\"system\",\"content\":\"sys\"},{\"role\":\"user\",\"content\":\"Weather?\"}]");
	}

	@Test
	void commentsAndKeepAlivesAreSkippedAndDoneEndsTheFlux() {
		this.server.enqueue(PATH, events(": keep-alive\n\n" + chunk("Hel") + ": ping\n\ndata:\n\n" + chunk("lo")
				+ "data: [DONE]\n\n" + chunk("never read")));
		List<ChatCompletionChunk> chunks = this.chat.stream(ChatCompletionRequest.of("hi"))
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(chunks.stream().map(ChatCompletionChunk::content).collect(Collectors.joining())).isEqualTo("Hello");
		assertThat(
				JsonMapper.shared().readTree(this.server.requests().get(1).getBody().utf8()).path("stream").asBoolean())
			.isTrue();
		assertThat(this.server.requests().get(1).getHeaders().get("Accept")).isEqualTo("text/event-stream");
	}

	@Test
	void aStreamThatEndsWithoutDoneIsAnErrorNotAShortAnswer() {
		this.server.enqueue(PATH, events(chunk("Only ") + chunk("half")));
		List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
		assertThatExceptionOfType(AgentAnswerIncompleteException.class)
			.isThrownBy(() -> this.chat.stream(ChatCompletionRequest.of("hi"))
				.doOnNext((chunk) -> seen.add(chunk.content()))
				.blockLast(Duration.ofSeconds(10)))
			.withMessageContaining("before its data: [DONE]");
		assertThat(seen).containsExactly("Only ", "half");
		assertThat(this.server.count(PATH)).isOne();
	}

	@Test
	void anErrorInTheMiddleOfTheStreamFailsIt() {
		this.server.enqueue(PATH,
				events(chunk("Start") + "data: {\"error\":{\"message\":\"upstream model overloaded\"}}\n\n"));
		assertThatExceptionOfType(AgentAnswerIncompleteException.class)
			.isThrownBy(() -> this.chat.stream(ChatCompletionRequest.of("hi")).blockLast(Duration.ofSeconds(10)))
			.withMessageContaining("upstream model overloaded");
	}

	@Test
	void aMalformedAnswerNamesTheEndpoint() {
		this.server.enqueue(PATH,
				new MockResponse.Builder().code(200)
					.addHeader("Content-Type", "application/json")
					.body("<html>oops</html>")
					.build());
		assertThatExceptionOfType(ai.cohesivity.core.CohesivityException.class)
			.isThrownBy(() -> this.chat.call(ChatCompletionRequest.of("hi")))
			.withMessageContaining("Malformed answer from " + PATH);
	}

}
