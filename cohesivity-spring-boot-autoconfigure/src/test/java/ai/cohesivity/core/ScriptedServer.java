/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A {@link MockWebServer} that answers per path: queued one-off responses first, then a
 * default responder, and counts requests per path. For wire-level tests of the client
 * plumbing.
 */
public final class ScriptedServer implements AutoCloseable {

	private final MockWebServer server = new MockWebServer();

	private final Map<String, ConcurrentLinkedQueue<MockResponse>> queued = new ConcurrentHashMap<>();

	private final Map<String, Function<RecordedRequest, MockResponse>> defaults = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	public ScriptedServer() throws IOException {
		this.server.setDispatcher(new Dispatcher() {

			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String path = request.getUrl().encodedPath();
				ScriptedServer.this.requests.add(request);
				ScriptedServer.this.counts.computeIfAbsent(path, (key) -> new AtomicInteger()).incrementAndGet();
				ConcurrentLinkedQueue<MockResponse> queue = ScriptedServer.this.queued.get(path);
				MockResponse next = (queue != null) ? queue.poll() : null;
				if (next != null) {
					return next;
				}
				Function<RecordedRequest, MockResponse> responder = ScriptedServer.this.defaults.get(path);
				return (responder != null) ? responder.apply(request)
						: json(404, "{\"error\":\"not_found\",\"message\":\"no route " + path + "\"}");
			}

		});
		this.server.start();
	}

	public static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
	}

	public static MockResponse token(String value, int expiresIn) {
		return json(200, "{\"token\":\"" + value + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}");
	}

	public ScriptedServer enqueue(String path, MockResponse response) {
		this.queued.computeIfAbsent(path, (key) -> new ConcurrentLinkedQueue<>()).add(response);
		return this;
	}

	public ScriptedServer respond(String path, Function<RecordedRequest, MockResponse> responder) {
		this.defaults.put(path, responder);
		return this;
	}

	public int count(String path) {
		AtomicInteger count = this.counts.get(path);
		return (count != null) ? count.get() : 0;
	}

	public List<RecordedRequest> requests() {
		return this.requests;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getPort();
	}

	/**
	 * Return a connection to this server with the given keys.
	 */
	public CohesivityConnection connection(String managementKey, String applicationKey) {
		return CohesivityConnection.of(baseUrl(), managementKey, applicationKey);
	}

	/**
	 * Return a configurer with default transport settings and the given retries.
	 */
	public static CohesivityClientConfigurer configurer(RetrySettings retry) {
		return CohesivityClientConfigurer.builder().retrySettings(retry).build();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
