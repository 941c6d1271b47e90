/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.io.IOException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;

import ai.cohesivity.core.CohesivityClientSettings;
import ai.cohesivity.core.ScriptedServer;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Affected-row counting and answers too large to read, each from a precise exchange with
 * a scripted edge database on the documented minimal wire shape ({@code {rows,rowCount}},
 * D1's {@code meta} only where said).
 */
class AffectedRowsWireTests {

	private static final int LIMIT = 256 * 1024;

	private static final String PATH = "/edge/database";

	private ScriptedServer server;

	private EdgeDatabaseTestClients clients;

	private EdgeDatabaseTemplate template;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
		this.clients = EdgeDatabaseTestClients.scripted(this.server,
				new CohesivityClientSettings("cohesivity-tests", Duration.ofSeconds(5), Duration.ofSeconds(10), LIMIT));
		this.template = this.clients.template();
	}

	@AfterEach
	void stop() {
		this.clients.close();
		this.server.close();
	}

	@Test
	void metaPresentThenAbsentCountsEachAnswerTheSameWay() {
		// One changed row per UPDATE. The first answer carries D1's meta, the second does
		// not; each answers what was asked: one row for RETURNING, none otherwise.
		AtomicInteger answers = new AtomicInteger();
		this.server.respond(PATH, (request) -> oneChangedRow(request, answers.incrementAndGet() == 1));
		assertThat(this.template.update("UPDATE notes SET done = 1 WHERE id = ? AND version = ?", 7, 3)).isEqualTo(1);
		assertThat(this.template.update("UPDATE notes SET done = 1 WHERE id = ? AND version = ?", 8, 3)).isEqualTo(1);
		assertThat(this.server.requests()).hasSize(2)
			.allSatisfy((request) -> assertThat(query(request)).endsWith(" RETURNING 1"));
	}

	@Test
	void countingAnswerTooLargeToReadAfterAWriteIsSuccessWithoutCount() {
		// 50,000 changed rows answer about 400 KB of RETURNING rows: over the 256 KiB
		// limit. The write landed (2xx): never a failure, and never sent twice.
		this.server.enqueue(PATH, ScriptedServer.json(200, rowsAnswer(50_000)));
		assertThat(this.template.update("UPDATE notes SET done = 1")).isEqualTo(Statement.SUCCESS_NO_INFO);
		assertThat(this.server.count(PATH)).isEqualTo(1);
	}

	@Test
	void countingAnswerThatIsNotAnEdgeDatabaseAnswerFailsClearly() {
		this.server.enqueue(PATH, ScriptedServer.json(200, "{\"rows\":{\"1\":1},\"rowCount\":1}"))
			.enqueue(PATH, ScriptedServer.json(200, "{\"rows\":[{\"1\":1},{\"1\":1}"))
			.enqueue(PATH, ScriptedServer.json(200, "{\"rows\":[1,2]}"));
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.template.update("UPDATE notes SET done = 1"))
			.withMessageContaining("Malformed edge database answer (a 2xx answer): 'rows' is not an array");
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.template.update("UPDATE notes SET done = 1"))
			.withMessageContaining("Malformed response to POST /edge/database");
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.template.update("UPDATE notes SET done = 1"))
			.withMessageContaining("Malformed edge database answer (a 2xx answer): a row is not a JSON object");
	}

	@Test
	void rowsTooLargeToReadAfterAWriteSayTheWriteWasApplied() {
		this.server.enqueue(PATH, ScriptedServer.json(200, rowsAnswer(50_000)));
		assertThatExceptionOfType(EdgeDatabaseAnswerTooLargeException.class)
			.isThrownBy(() -> this.template.queryForList("DELETE FROM notes RETURNING id"))
			.withMessageContaining("SQL [DELETE FROM notes RETURNING id]")
			.withMessageContaining("the statement WAS applied")
			.withMessageContaining("do not send it again")
			.withMessageContaining("cohesivity.edge.max-in-memory-size")
			.satisfies((ex) -> assertThat(ex.isWriteApplied()).isTrue())
			.isNotInstanceOf(DataAccessResourceFailureException.class);
		assertThat(this.server.count(PATH)).isEqualTo(1);
	}

	@Test
	void rowsTooLargeToReadForAReadSayNothingChanged() {
		this.server.enqueue(PATH, ScriptedServer.json(200, rowsAnswer(50_000)));
		assertThatExceptionOfType(EdgeDatabaseAnswerTooLargeException.class)
			.isThrownBy(() -> this.template.queryForList("SELECT 1 FROM notes"))
			.withMessageContaining("nothing was changed")
			.satisfies((ex) -> assertThat(ex.isWriteApplied()).isFalse());
	}

	@Test
	void executeNeedsNoRowsAndCompletesWhenTheAnswerIsTooLarge() {
		this.server.enqueue(PATH, ScriptedServer.json(200, rowsAnswer(50_000)));
		this.template.execute("UPDATE notes SET done = 1; SELECT 1 FROM notes");
		assertThat(this.server.count(PATH)).isEqualTo(1);
	}

	@Test
	void scriptCountComesFromMetaOfTheAnswerInHandOnly() {
		this.server.enqueue(PATH, ScriptedServer.json(200, "{\"rows\":[],\"rowCount\":0,\"meta\":{\"changes\":2}}"));
		this.server.enqueue(PATH, ScriptedServer.json(200, "{\"rows\":[],\"rowCount\":0}"));
		String script = "INSERT INTO a VALUES (1); INSERT INTO a VALUES (2)";
		assertThat(this.template.update(script)).isEqualTo(2);
		assertThat(this.template.update(script)).isEqualTo(Statement.SUCCESS_NO_INFO);
		assertThat(this.server.requests()).extracting(AffectedRowsWireTests::query).containsOnly(script);
	}

	/**
	 * Answers an UPDATE that changed one row, as D1 would: the changed row when the query
	 * asks for it with {@code RETURNING}, no rows otherwise; with D1's {@code meta} or
	 * without.
	 */
	private static MockResponse oneChangedRow(RecordedRequest request, boolean withMeta) {
		boolean returning = query(request).endsWith("RETURNING 1");
		return ScriptedServer.json(200, "{\"rows\":" + (returning ? "[{\"1\":1}]" : "[]") + ",\"rowCount\":"
				+ (returning ? 1 : 0) + (withMeta ? ",\"meta\":{\"changes\":1,\"last_row_id\":0}" : "") + "}");
	}

	private static String rowsAnswer(int rows) {
		return "{\"rows\":[" + String.join(",", Collections.nCopies(rows, "{\"1\":1}")) + "],\"rowCount\":" + rows
				+ "}";
	}

	private static String query(RecordedRequest request) {
		JsonNode body = JsonMapper.shared().readTree(request.getBody().utf8());
		return body.path("query").asString();
	}

}
