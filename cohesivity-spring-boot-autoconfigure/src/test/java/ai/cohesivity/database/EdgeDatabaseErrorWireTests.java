/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.io.IOException;
import java.time.Duration;

import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityRateLimitedException;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.core.ScriptedServer;
import ai.cohesivity.edge.EdgeClient;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.TransientDataAccessResourceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the template reports the error answers Cohesivity may send, each served from a
 * precise wire exchange: both error families of §1.4, signals in headers only, and
 * answers that are not Cohesivity's at all.
 */
class EdgeDatabaseErrorWireTests {

	private static final String APP_KEY = "coh_app_abcdefghij0123456789";

	private static final String MAN_KEY = "coh_man_0123456789abcdefghij";

	private static final String PATH = "/edge/database";

	private ScriptedServer server;

	private EdgeClient edgeClient;

	private EdgeDatabaseTemplate template;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
		RetrySettings retry = new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1));
		this.edgeClient = EdgeClient.builder(this.server.connection(MAN_KEY, APP_KEY))
			.configurer(CohesivityClientConfigurer.builder().retrySettings(retry).build())
			.sessionTokens(false)
			.build();
		this.template = new EdgeDatabaseTemplate(ReactiveEdgeDatabaseClient.create(this.edgeClient));
	}

	@AfterEach
	void stop() {
		this.edgeClient.close();
		this.server.close();
	}

	@Test
	void rateLimitWithRetryAfterButNoWindowKindIsTransient() {
		// A write is sent once; a Retry-After longer than max-retry-after ends a read
		// too.
		this.server.respond(PATH,
				(request) -> new MockResponse.Builder().code(429)
					.addHeader("Retry-After", "30")
					.addHeader("Content-Type", "application/json")
					.body("{\"error\":{\"code\":429,\"message\":\"[Cohesivity] Rate limit exceeded for database\"}}")
					.build());
		assertThatExceptionOfType(TransientDataAccessResourceException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO notes (title) VALUES (?)", "milk"))
			.withCauseInstanceOf(CohesivityRateLimitedException.class)
			.withMessageEndingWith("Rate limit exceeded for database");
		assertThatExceptionOfType(TransientDataAccessResourceException.class)
			.isThrownBy(() -> this.template.queryForList("SELECT title FROM notes"));
		assertThat(this.server.count(PATH)).isEqualTo(2);
	}

}
