/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.io.IOException;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityClientSettings;
import ai.cohesivity.core.CohesivityRateLimitedException;
import ai.cohesivity.core.CohesivityTenantPausedException;
import ai.cohesivity.core.ScriptedServer;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the template reports the error answers Cohesivity may send, each served from a
 * precise wire exchange: both error families of §1.4, signals in headers only, and
 * answers that are not Cohesivity's at all.
 */
class EdgeDatabaseErrorWireTests {

	private static final String PATH = "/edge/database";

	private ScriptedServer server;

	private EdgeDatabaseTestClients clients;

	private EdgeDatabaseTemplate template;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
		this.clients = EdgeDatabaseTestClients.scripted(this.server, CohesivityClientSettings.defaults());
		this.template = this.clients.template();
	}

	@AfterEach
	void stop() {
		this.clients.close();
		this.server.close();
	}

	@Test
	void pausedTenantInTheStringFamilyIsAResourceFailureWithoutPrefix() {
		this.server.enqueue(PATH, ScriptedServer.json(403,
				"{\"error\":\"[Cohesivity] Tenant paused: Claim this tenant to resume service.\"}"));
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.template.update("INSERT INTO notes (title) VALUES (?)", "milk"))
			.withCauseInstanceOf(CohesivityTenantPausedException.class)
			.withMessageEndingWith("; Tenant paused: Claim this tenant to resume service.")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("[Cohesivity]"));
	}

	@Test
	void cloudflareWafPageIsPermissionDeniedNamingTheWafNeverAnSqlError() {
		this.server.enqueue(PATH,
				new MockResponse.Builder().code(403)
					.addHeader("Content-Type", "text/html; charset=UTF-8")
					.addHeader("Server", "cloudflare")
					.body("<!DOCTYPE html><html><head><title>Access denied | cohesivity.ai used Cloudflare to "
							+ "restrict access</title></head><body><h1>Error 1010</h1><p>The owner of this website has "
							+ "banned your access based on your browser's signature.</p></body></html>")
					.build());
		assertThatExceptionOfType(PermissionDeniedDataAccessException.class)
			.isThrownBy(() -> this.template.queryForList("SELECT title FROM notes"))
			.withMessageContaining("probably the Cloudflare WAF (error 1010) rejecting the User-Agent")
			.withCauseInstanceOf(CohesivityApiException.class);
	}

	@Test
	void notFoundIsAResourceFailure() {
		this.server.enqueue(PATH, ScriptedServer.json(404, "{\"error\":\"not_found\",\"message\":\"No route\"}"));
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.template.update("DELETE FROM notes"))
			.isExactlyInstanceOf(DataAccessResourceFailureException.class);
	}

	@Test
	void htmlBadRequestIsAResourceFailureNotAnSqlError() {
		this.server.enqueue(PATH,
				new MockResponse.Builder().code(400)
					.addHeader("Content-Type", "text/html")
					.body("<html><body><h1>400 Bad Request</h1>Request Header Or Cookie Too Large</body></html>")
					.build());
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.template.update("DELETE FROM notes"))
			.withMessageContaining("HTTP 400 with an HTML body");
	}

	@Test
	void sqlErrorsOfBothFamiliesStaySqlErrors() {
		this.server.enqueue(PATH, ScriptedServer.json(400, "{\"error\":\"no such table: nope\"}"))
			.enqueue(PATH,
					ScriptedServer.json(400,
							"{\"error\":{\"code\":400,\"message\":\"too many terms in compound SELECT\"}}"))
			.enqueue(PATH, ScriptedServer.json(400, "{\"error\":\"too many terms in compound SELECT\"}"));
		assertThatExceptionOfType(BadSqlGrammarException.class)
			.isThrownBy(() -> this.template.queryForList("SELECT * FROM nope"));
		assertThatExceptionOfType(UncategorizedSQLException.class)
			.isThrownBy(() -> this.template.queryForList("SELECT 1 UNION SELECT 2"));
		assertThatExceptionOfType(UncategorizedSQLException.class)
			.isThrownBy(() -> this.template.queryForList("SELECT 1 UNION SELECT 2"))
			.withMessageContaining("too many terms in compound SELECT");
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
