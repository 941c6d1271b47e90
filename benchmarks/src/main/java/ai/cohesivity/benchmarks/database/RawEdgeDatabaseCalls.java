/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The round-trip baseline: what a user without the starter writes — a plain
 * {@link WebClient} POST of {@code {"query", "params"}} to {@code /edge/database} with an
 * edge token as Bearer, and the row read by hand. It does less than the starter: no token
 * refresh, no retries, no error translation, no observation.
 */
public final class RawEdgeDatabaseCalls {

	private final WebClient webClient;

	/**
	 * Creates the baseline client.
	 * @param baseUrl the emulator's base URL
	 * @param edgeToken the edge session token to send
	 */
	public RawEdgeDatabaseCalls(String baseUrl, String edgeToken) {
		this(WebClient.builder(), baseUrl, edgeToken);
	}

	private RawEdgeDatabaseCalls(WebClient.Builder builder, String baseUrl, String edgeToken) {
		this.webClient = builder.baseUrl(baseUrl)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + edgeToken)
			.build();
	}

	/**
	 * Creates the baseline client asking for gzip as the starter does: on Reactor Netty
	 * with {@code compress(true)}, which sends {@code Accept-Encoding: gzip} and decodes
	 * the answers with Netty's own decompressor. It shows what gzip costs on loopback,
	 * where it saves nothing.
	 * @param baseUrl the emulator's base URL
	 * @param edgeToken the edge session token to send
	 * @return the client
	 */
	public static RawEdgeDatabaseCalls askingForGzip(String baseUrl, String edgeToken) {
		return new RawEdgeDatabaseCalls(
				WebClient.builder().clientConnector(new ReactorClientHttpConnector(HttpClient.create().compress(true))),
				baseUrl, edgeToken);
	}

	/**
	 * Reads the note with the given unique title.
	 * @param title the title
	 * @return the note, or an error if there is not exactly one
	 */
	public Mono<Note> findByTitle(String title) {
		return this.webClient.post()
			.uri(EmulatorDatabase.PATH)
			.bodyValue(body(title))
			.retrieve()
			.bodyToMono(JsonNode.class)
			.map((answer) -> readOne(answer, title));
	}

	/**
	 * Returns the request body that reads the note with the given title.
	 * @param title the title
	 * @return the {@code {"query", "params"}} body
	 */
	public static Map<String, Object> body(String title) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", EmulatorDatabase.SELECT_BY_TITLE);
		body.put("params", List.of(title));
		return body;
	}

	/**
	 * Reads the one row of an answer by hand.
	 * @param answer the edge database answer
	 * @param title the title asked for (for the error message)
	 * @return the note
	 * @throws IllegalStateException if the answer does not hold exactly one row
	 */
	public static Note readOne(JsonNode answer, String title) {
		JsonNode rows = answer.path("rows");
		if (rows.size() != 1) {
			throw new IllegalStateException("Expected one row for " + title + ", got " + rows.size());
		}
		return HandNoteReader.read(rows.get(0));
	}

}
