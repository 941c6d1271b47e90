/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor of a call on this stack: what a user writes with Reactor Netty's
 * {@link HttpClient} directly (the HTTP client under Spring's {@code WebClient} and the
 * starter) — a POST of {@code {"query", "params"}} to {@code /edge/database} with a
 * cached edge token as Bearer, the answer's bytes parsed by Jackson and the row read by
 * hand. No codecs, no filters, no token refresh, no retries, no error translation.
 */
public final class RawHttpClientCalls {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final HttpClient httpClient;

	/**
	 * Creates the baseline client, on Reactor Netty's shared event loops and connection
	 * pool (as {@code WebClient}'s default connector).
	 * @param baseUrl the emulator's base URL
	 * @param edgeToken the edge session token to send
	 */
	public RawHttpClientCalls(String baseUrl, String edgeToken) {
		String authorization = "Bearer " + edgeToken;
		this.httpClient = HttpClient.create().baseUrl(baseUrl).headers((headers) -> {
			headers.set(HttpHeaderNames.AUTHORIZATION, authorization);
			headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
			headers.set(HttpHeaderNames.ACCEPT, HttpHeaderValues.APPLICATION_JSON);
		});
	}

	/**
	 * Reads the note with the given unique title.
	 * @param title the title
	 * @return the note, or an error if the status is not 200 or there is not exactly one
	 * row
	 */
	public Mono<Note> findByTitle(String title) {
		byte[] body = JSON.writeValueAsBytes(RawEdgeDatabaseCalls.body(title));
		return this.httpClient.post()
			.uri(EmulatorDatabase.PATH)
			.send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
			.responseSingle((response, bytes) -> {
				if (response.status().code() != 200) {
					return Mono.error(new IllegalStateException("HTTP " + response.status().code()));
				}
				return bytes.asByteArray();
			})
			.map((answer) -> RawEdgeDatabaseCalls.readOne(JSON.readTree(answer), title));
	}

}
