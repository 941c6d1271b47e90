/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ai.cohesivity.edge.EdgeClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An {@link EdgeClient} without a network: it serializes each request body to JSON bytes
 * (the work the wire would need anyway), hands them to a consumer and answers at once the
 * way D1 does for a write, {@code {"rows":[],"rowCount":0,"meta":{"changes":n}}} with
 * {@code n} the number of bound parameters divided by the parameters per changed row (and
 * one {@code {"1":1}} row per changed row when the statement ends in {@code RETURNING 1},
 * as the client sends every single data change to count it on any wire shape). It
 * isolates the client's own per-call cost from the network.
 */
public final class CannedEdgeClient implements EdgeClient {

	private final JsonMapper json = JsonMapper.shared();

	private final int parametersPerRow;

	private final Consumer<byte[]> requests;

	/**
	 * Creates a client.
	 * @param parametersPerRow the bound parameters per changed row, at least one
	 * @param requests receives every serialized request body
	 */
	public CannedEdgeClient(int parametersPerRow, Consumer<byte[]> requests) {
		if (parametersPerRow < 1) {
			throw new IllegalArgumentException("parametersPerRow must be at least 1, was " + parametersPerRow);
		}
		this.parametersPerRow = parametersPerRow;
		this.requests = requests;
	}

	@Override
	public Mono<JsonNode> post(String path, Object jsonBody, boolean idempotent) {
		return Mono.fromSupplier(() -> {
			this.requests.accept(this.json.writeValueAsBytes(jsonBody));
			return answer(changes(jsonBody, this.parametersPerRow), returnsOne(jsonBody));
		});
	}

	/**
	 * Returns a D1-shaped answer to a write.
	 * @param changes the value of {@code meta.changes}
	 * @param returningOne whether the statement ends in {@code RETURNING 1} (then each
	 * changed row is returned as {@code {"1":1}})
	 * @return the answer
	 */
	public static JsonNode answer(long changes, boolean returningOne) {
		ObjectNode answer = JsonMapper.shared().createObjectNode();
		ArrayNode rows = answer.putArray("rows");
		if (returningOne) {
			for (long row = 0; row < changes; row++) {
				rows.addObject().put("1", 1);
			}
		}
		answer.put("rowCount", rows.size());
		answer.putObject("meta").put("changes", changes);
		return answer;
	}

	private static boolean returnsOne(Object jsonBody) {
		return jsonBody instanceof Map<?, ?> body && body.get("query") instanceof String sql
				&& sql.stripTrailing().endsWith("RETURNING 1");
	}

	/**
	 * Returns the rows a request body changes: the value tuples of a multi-row INSERT
	 * (whose values may be inlined as literals; the benchmarks' text holds no
	 * {@code "), ("}), otherwise its bound parameters divided by the parameters per row.
	 * @param jsonBody a {@code {"query": …, "params": […]}} body as a map
	 * @param parametersPerRow the bound parameters per changed row
	 * @return the changed rows
	 */
	static long changes(Object jsonBody, int parametersPerRow) {
		if (jsonBody instanceof Map<?, ?> body && body.get("query") instanceof String sql
				&& sql.contains(" VALUES (")) {
			return sql.split("\\), \\(", -1).length;
		}
		if (jsonBody instanceof Map<?, ?> body && body.get("params") instanceof List<?> params) {
			return Math.max(1, params.size() / parametersPerRow);
		}
		throw new IllegalArgumentException("Not an edge database request body: " + jsonBody.getClass().getName());
	}

}
