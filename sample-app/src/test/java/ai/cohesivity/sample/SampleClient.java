/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import ai.cohesivity.sample.NoteAgentController.Chunk;

/**
 * The sample's HTTP API as the tests call it, on the port a {@code RANDOM_PORT} test got:
 * {@link #http()} for any request, and the two calls most tests make.
 */
final class SampleClient {

	private static final ParameterizedTypeReference<ServerSentEvent<Chunk>> CHUNK_EVENT = new ParameterizedTypeReference<>() {
	};

	private final RestTestClient http;

	private final WebClient sse;

	SampleClient(int port) {
		String baseUrl = "http://localhost:" + port;
		this.http = RestTestClient.bindToServer().baseUrl(baseUrl).build();
		this.sse = WebClient.create(baseUrl);
	}

	RestTestClient http() {
		return this.http;
	}

	Note create(String title, String body, List<String> tags) {
		return this.http.post()
			.uri("/notes")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", title, "body", body, "tags", tags))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Note.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Ask the agent about a note and read the whole stream with Spring's SSE decoding.
	 */
	List<ServerSentEvent<Chunk>> ask(long id, @Nullable Map<String, String> question) {
		WebClient.RequestBodySpec request = this.sse.post()
			.uri("/notes/{id}/ask", id)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.contentType(MediaType.APPLICATION_JSON);
		return ((question != null) ? request.bodyValue(question) : request).retrieve()
			.bodyToFlux(CHUNK_EVENT)
			.collectList()
			.block(Duration.ofSeconds(30));
	}

}
