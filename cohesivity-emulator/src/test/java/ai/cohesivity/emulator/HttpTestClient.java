package ai.cohesivity.emulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real-HTTP client for the tests, with an explicit User-Agent.
 */
final class HttpTestClient {

	static final String USER_AGENT = "cohesivity-emulator-tests/1.0";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final Supplier<String> baseUrl;

	/**
	 * A client for the emulator at {@code baseUrl}, read at each request.
	 */
	HttpTestClient(Supplier<String> baseUrl) {
		this.baseUrl = baseUrl;
	}

	Reply post(String path, Object body, String... headers) {
		return send("POST", path, body, headers);
	}

	Reply post(String path) {
		return send("POST", path, null);
	}

	Reply get(String path, String... headers) {
		return send("GET", path, null, headers);
	}

	Reply delete(String path, String... headers) {
		return send("DELETE", path, null, headers);
	}

	Reply managementPost(String path, String managementKey, Object body) {
		return send("POST", path, body, "Authorization", "Bearer " + managementKey);
	}

	Reply managementGet(String path, String managementKey) {
		return send("GET", path, null, "Authorization", "Bearer " + managementKey);
	}

	/**
	 * {@code POST /edge/database} with an edge token.
	 */
	Reply sql(String token, String query, Object... params) {
		return send("POST", "/edge/database", Map.of("query", query, "params", List.of(params)), "Authorization",
				"Bearer " + token);
	}

	String edgeToken(String applicationKey) {
		Reply reply = post("/edge/session?key=" + applicationKey);
		if (reply.status() != 200) {
			throw new IllegalStateException("Could not mint an edge token: " + reply.status() + " " + reply.body());
		}
		return reply.json().get("token").asString();
	}

	Reply send(String method, String path, Object body, String... headers) {
		HttpResponse<String> response = exchange(method, path, body, HttpResponse.BodyHandlers.ofString(), headers);
		return new Reply(response.statusCode(), response.headers().map(), response.body());
	}

	/**
	 * A request whose answer is kept as raw bytes (the JDK client does not undo gzip).
	 */
	BinaryReply sendForBytes(String method, String path, Object body, String... headers) {
		HttpResponse<byte[]> response = exchange(method, path, body, HttpResponse.BodyHandlers.ofByteArray(), headers);
		return new BinaryReply(response.statusCode(), response.headers().map(), response.body());
	}

	/**
	 * A request whose answer is read as a stream (for answers too large to hold).
	 */
	HttpResponse<InputStream> sendForStream(String method, String path, Object body, String... headers) {
		return exchange(method, path, body, HttpResponse.BodyHandlers.ofInputStream(), headers);
	}

	private <T> HttpResponse<T> exchange(String method, String path, Object body, HttpResponse.BodyHandler<T> handler,
			String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl.get() + path))
			.timeout(Duration.ofSeconds(30))
			.header("User-Agent", USER_AGENT);
		for (int i = 0; i < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			byte[] bytes = (body instanceof String text) ? text.getBytes(StandardCharsets.UTF_8)
					: JSON.writeValueAsBytes(body);
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
		}
		try {
			return this.http.send(request.build(), handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response: status, headers, body bytes as they came.
	 */
	record BinaryReply(int status, Map<String, List<String>> headers, byte[] body) {

		String header(String name) {
			return Reply.header(this.headers, name);
		}

		/**
		 * The body, gunzipped.
		 */
		String gunzipped() {
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(this.body))) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * A response: status, headers, body text.
	 */
	record Reply(int status, Map<String, List<String>> headers, String body) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		String header(String name) {
			return header(this.headers, name);
		}

		static String header(Map<String, List<String>> headers, String name) {
			for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
				if (entry.getKey().equalsIgnoreCase(name)) {
					return entry.getValue().get(0);
				}
			}
			return null;
		}

	}

}
