/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.dao.DataAccessException;

import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityClientSettings;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.database.EdgeDatabaseTemplate;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.management.ManagementApi;
import ai.cohesivity.management.StatusClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers that are not what Cohesivity sends — HTML pages, truncated JSON, JSON of the
 * wrong shape, bodies over the in-memory limit — under random statuses (400 cases a run,
 * from a printed seed), on the data plane (through the database template) and the control
 * plane (status): each fails with a typed exception ({@link CohesivityException}, or a
 * Spring {@link DataAccessException} caused by one) whose message names the status and a
 * likely cause; none is taken for an answer. Served by {@code mockwebserver3}, since the
 * emulator never sends these.
 */
@ExtendWith(SuiteSecrets.class)
class MalformedResponseTests {

	private static final int CASES = 400;

	private static final int LIMIT = 64 * 1024;

	private static final Integer[] STATUSES = { 200, 201, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504 };

	private static final String[] KINDS = { "html", "truncated", "wrong-shape", "too-large", "text", "empty" };

	private static final String APPLICATION_KEY = "coh_app_0123456789abcdefghij";

	private static final String MANAGEMENT_KEY = "coh_man_0123456789abcdefghij";

	private static MockWebServer server;

	private static volatile MockResponse next;

	private static String lastWrongShape = "";

	@BeforeAll
	static void start() throws IOException {
		SuiteSecrets.secret(APPLICATION_KEY);
		SuiteSecrets.secret(MANAGEMENT_KEY);
		server = new MockWebServer();
		server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				if (request.getUrl().encodedPath().equals("/edge/session")) {
					return new MockResponse.Builder().code(200)
						.addHeader("Content-Type", "application/json")
						.body("{\"token\":\"cet_mockmockmockmockmock\",\"expires_in\":3600}")
						.build();
				}
				return next;
			}
		});
		server.start();
	}

	@AfterAll
	static void stop() {
		server.close();
	}

	@Test
	void everyMalformedAnswerIsATypedErrorNamingStatusAndCause() {
		RandomInput random = RandomInput.create();
		SuiteSecrets.secret("cet_mockmockmockmockmock");
		CohesivityConnection connection = CohesivityConnection.of("http://127.0.0.1:" + server.getPort(),
				MANAGEMENT_KEY, APPLICATION_KEY);
		CohesivityClientConfigurer configurer = CohesivityClientConfigurer.builder()
			.retrySettings(new RetrySettings(1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)))
			.settings(new CohesivityClientSettings("reliability-tests", Duration.ofSeconds(5), Duration.ofSeconds(10),
					LIMIT))
			.build();
		Map<String, Integer> byException = new LinkedHashMap<>();
		List<String> unclear = new ArrayList<>();
		try (EdgeClient edge = EdgeClient.builder(connection).configurer(configurer).build()) {
			EdgeDatabaseTemplate database = new EdgeDatabaseTemplate(ReactiveEdgeDatabaseClient.create(edge));
			StatusClient status = new StatusClient(ManagementApi.builder(connection).configurer(configurer).build());
			for (int i = 0; i < CASES; i++) {
				int code = random.oneOf(STATUSES);
				String kind = random.oneOf(KINDS);
				boolean dataPlane = random.nextBoolean();
				next = answer(random, code, kind);
				try {
					if (dataPlane) {
						database.queryForList("SELECT 1");
						unclear.add("database " + code + " " + kind + ": taken for an answer");
					}
					else {
						status.status().block(Duration.ofSeconds(10));
						if (!toleratedByTheControlPlane(code, kind)) {
							unclear.add("status " + code + " " + kind + ": taken for an answer");
						}
					}
				}
				catch (RuntimeException ex) {
					SuiteSecrets.raised(ex);
					byException.merge(ex.getClass().getSimpleName(), 1, Integer::sum);
					String problem = unclearness(ex, code, kind);
					if (problem != null && unclear.size() < 20) {
						unclear.add((dataPlane ? "database " : "status ") + code + " " + kind + ": " + problem);
					}
				}
			}
		}
		Figures.print("malformed answers", "seed", random.seed(), "cases", CASES, "exceptions", byException, "unclear",
				unclear.size());
		assertThat(unclear)
			.as("answers taken for good or errors that do not name status and cause; rerun with "
					+ "-Dreliability.seed=" + random.seed())
			.isEmpty();
	}

	private static MockResponse answer(RandomInput random, int code, String kind) {
		MockResponse.Builder response = new MockResponse.Builder().code(code);
		switch (kind) {
			case "html" -> response.addHeader("Content-Type", random.nextBoolean() ? "text/html" : "application/json")
				.body("<!DOCTYPE html><html><head><title>Bad gateway</title></head><body>" + random.awkwardText(300)
						+ "</body></html>");
			case "truncated" -> response.addHeader("Content-Type", "application/json")
				.body("{\"rows\":[{\"n\":1},{\"n\":" + random.nextInt(100) + ",\"title\":\""
						+ random.awkwardText(20).replace("\"", "").replace("\\", ""));
			case "wrong-shape" -> {
				lastWrongShape = random.oneOf(new String[] { "[1,2,3]", "\"rows\"", "42", "{\"rows\":\"all of them\"}",
						"{\"rows\":[1,2]}", "{\"error\":[\"a\",\"b\"]}", "null", "true" });
				response.addHeader("Content-Type", "application/json").body(lastWrongShape);
			}
			case "too-large" ->
				response.addHeader("Content-Type", random.nextBoolean() ? "application/json" : "text/html")
					.body("{\"rows\":[" + "{\"n\":1},".repeat(LIMIT / 8) + "{\"n\":1}]}");
			case "text" -> response.addHeader("Content-Type", "text/plain").body(random.awkwardText(200) + "x");
			default -> response.body("");
		}
		return response.build();
	}

	/**
	 * The control plane's model is tolerant by design (docs/client.md): a {@code 2xx}
	 * JSON object with unknown or missing fields, or an empty {@code 2xx} body, is read,
	 * not refused.
	 */
	private static boolean toleratedByTheControlPlane(int code, String kind) {
		return code < 300 && (kind.equals("empty") || (kind.equals("wrong-shape") && lastWrongShape.startsWith("{")));
	}

	/**
	 * What is unclear about a failure: it is not typed, or its message does not name the
	 * status (for a 2xx, "2xx" or the status) and a likely cause.
	 */
	private static String unclearness(RuntimeException ex, int code, String kind) {
		boolean typed = ex instanceof CohesivityException
				|| (ex instanceof DataAccessException && hasCohesivityCause(ex));
		if (!typed) {
			return "untyped " + ex;
		}
		String message = String.valueOf(ex.getMessage());
		// a 2xx answer is named as such, or by what it means: the statement ran
		boolean namesStatus = message.contains("HTTP " + code) || message.contains(String.valueOf(code))
				|| (code < 300 && (message.contains("2xx") || message.contains(" ran ")));
		if (!namesStatus) {
			return "status not named: " + message;
		}
		if (!(message.contains("probably") || message.contains("likely") || message.contains("check ")
				|| message.contains("limit") || message.contains("rate limited") || message.contains("unavailable"))) {
			return "no likely cause: " + message;
		}
		return null;
	}

	private static boolean hasCohesivityCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CohesivityException) {
				return true;
			}
		}
		return false;
	}

}
