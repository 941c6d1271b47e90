/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.util.function.Function;

import ai.cohesivity.edge.EdgeClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An {@link EdgeClient} without a network that answers every call with the same bytes,
 * read by the caller's reader on the calling thread the way the transport reads an answer
 * (a parser over the bytes, made by the shared mapper): it isolates the client's reading
 * and mapping of an answer.
 *
 * @param answer the answer's bytes
 */
public record FixedAnswerEdgeClient(byte[] answer) implements EdgeClient {

	private static final JsonMapper JSON = JsonMapper.shared();

	@Override
	public Mono<JsonNode> post(String path, Object jsonBody, boolean idempotent) {
		return Mono.fromSupplier(() -> JSON.readTree(this.answer));
	}

	@Override
	public <T> Mono<T> post(String path, Object jsonBody, boolean idempotent, Function<JsonParser, T> reader) {
		return Mono.fromSupplier(() -> {
			try (JsonParser parser = JSON.createParser(this.answer)) {
				return reader.apply(parser);
			}
		});
	}

}
