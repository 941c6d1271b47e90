package ai.cohesivity.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /edge/database}: real SQLite behind real HTTP, in both wire profiles.
 */
class EdgeDatabaseTests {

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.sharedByTheClass();

	private final HttpTestClient client = emulator.client();

	private EmulatorTenant tenant;

	private String token;

	@BeforeEach
	void newTenant() {
		this.tenant = emulator.createTenantWithDatabase();
		this.token = this.client.edgeToken(this.tenant.applicationKey());
		ok("CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE, name TEXT,"
				+ " score REAL, active INTEGER, avatar BLOB)");
	}

	@Test
	void insertsAndSelectsWithPositionalParameters() {
		ok("INSERT INTO users (email, name, score, active) VALUES (?, ?, ?, ?)", "ada@example.com", "Ada", 9.5, true);
		JsonNode result = ok("SELECT id, email, name AS displayName, score, active, avatar FROM users WHERE email = ?",
				"ada@example.com");
		assertThat(result.get("rowCount").asInt()).isEqualTo(1);
		JsonNode row = result.get("rows").get(0);
		assertThat(row.get("id").asLong()).isEqualTo(1);
		assertThat(row.get("displayName").asString()).isEqualTo("Ada");
		assertThat(row.get("score").asDouble()).isEqualTo(9.5);
		assertThat(row.get("active").asInt()).isEqualTo(1);
		assertThat(row.get("avatar").isNull()).isTrue();
	}

	@Test
	void bindsNumberedParametersByNumber() {
		JsonNode result = ok("SELECT ?2 AS second, ?1 AS first, ?2 || ?1 AS both", "a", "b");
		JsonNode row = result.get("rows").get(0);
		assertThat(row.get("second").asString()).isEqualTo("b");
		assertThat(row.get("first").asString()).isEqualTo("a");
		assertThat(row.get("both").asString()).isEqualTo("ba");
	}

	@Test
	void keepsLargeIntegersExact() {
		ok("INSERT INTO users (email, score) VALUES (?, ?)", "big@example.com", 9007199254740993L);
		JsonNode row = ok("SELECT CAST(score AS INTEGER) AS s, 9223372036854775807 AS max FROM users").get("rows")
			.get(0);
		assertThat(row.get("max").asLong()).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void returningGivesTheWrittenRows() {
		JsonNode result = ok("INSERT INTO users (email, name) VALUES (?, ?), (?, ?) RETURNING id, email", "a@x.io", "A",
				"b@x.io", "B");
		assertThat(result.get("rowCount").asInt()).isEqualTo(2);
		assertThat(result.get("rows").get(1).get("email").asString()).isEqualTo("b@x.io");
		JsonNode upsert = ok("INSERT INTO users (email, name) VALUES (?, ?) ON CONFLICT(email) DO UPDATE SET"
				+ " name = excluded.name RETURNING id, name", "a@x.io", "A2");
		assertThat(upsert.get("rows").get(0).get("id").asInt()).isEqualTo(1);
		assertThat(upsert.get("rows").get(0).get("name").asString()).isEqualTo("A2");
	}

	@Test
	void rowCountOfAWriteWithoutReturningIsTheNumberOfRowsReturned() {
		JsonNode result = ok("INSERT INTO users (email) VALUES ('x@y.z')");
		assertThat(result.get("rows")).isEmpty();
		assertThat(result.get("rowCount").asInt()).isZero();
		assertThat(result.has("meta")).isFalse();
	}

	@Test
	void multiStatementScriptsAnswerTheLastStatementsRows() {
		JsonNode result = ok("CREATE TABLE tags (name TEXT); CREATE INDEX tags_name ON tags (name);"
				+ " INSERT INTO tags VALUES ('a;b'), ('c'); -- a comment; with a semicolon\n"
				+ " SELECT name FROM tags ORDER BY name");
		assertThat(result.get("rowCount").asInt()).isEqualTo(2);
		assertThat(result.get("rows").get(0).get("name").asString()).isEqualTo("a;b");
	}

	@Test
	void scriptsBindParametersAcrossStatementsInOrder() {
		JsonNode result = ok("INSERT INTO users (email) VALUES (?); INSERT INTO users (email) VALUES (?);"
				+ " SELECT count(*) AS n FROM users WHERE email IN (?, ?)", "p@q.r", "s@t.u", "p@q.r", "s@t.u");
		assertThat(result.get("rows").get(0).get("n").asInt()).isEqualTo(2);
	}

	@Test
	void aFailingScriptLeavesNothingBehind() {
		HttpTestClient.Reply reply = this.client.sql(this.token,
				"INSERT INTO users (email) VALUES ('one@x.io'); INSERT INTO users (email) VALUES ('one@x.io')");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("error").asString()).isEqualTo("UNIQUE constraint failed: users.email");
		assertThat(ok("SELECT count(*) AS n FROM users").get("rows").get(0).get("n").asInt()).isZero();
	}

	@Test
	void triggersWithSemicolonsInTheirBodyAreOneStatement() {
		ok("CREATE TABLE audit (email TEXT); CREATE TRIGGER users_audit AFTER INSERT ON users BEGIN"
				+ " INSERT INTO audit VALUES (new.email); END; INSERT INTO users (email) VALUES ('t@r.g')");
		assertThat(ok("SELECT email FROM audit").get("rows").get(0).get("email").asString()).isEqualTo("t@r.g");
	}

	@Test
	void triggerBodiesWithCaseEndAndEndAsANameAreOneStatement() {
		// SQLite accepts this script; the emulator once cut it at the CASE's "END;".
		ok("CREATE TABLE spans (start INTEGER, end INTEGER); CREATE TRIGGER users_grade AFTER INSERT ON users"
				+ " BEGIN INSERT INTO spans (start, end) VALUES (new.id, new.id + 1);"
				+ " UPDATE users SET name = CASE WHEN new.score >= 5 THEN 'high;' ELSE 'low' END; END;"
				+ " INSERT INTO users (email, score) VALUES ('c@a.se', 7)");
		assertThat(ok("SELECT name FROM users").get("rows").get(0).get("name").asString()).isEqualTo("high;");
		assertThat(ok("SELECT end FROM spans").get("rows").get(0).get("end").asInt()).isEqualTo(2);
	}

	@Test
	void transactionControlAroundATriggerIsStillRefused() {
		HttpTestClient.Reply reply = this.client.sql(this.token, "BEGIN; CREATE TRIGGER t AFTER INSERT ON users"
				+ " BEGIN UPDATE users SET name = CASE name WHEN 'a' THEN 'b' END; END; COMMIT;");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("error").asString()).startsWith("not authorized: BEGIN");
	}

	@Test
	void sqlErrorsAre400WithTheSqliteMessageInBothProfiles() {
		ok("INSERT INTO users (email) VALUES ('dup@x.io')");
		HttpTestClient.Reply minimal = this.client.sql(this.token, "INSERT INTO users (email) VALUES ('dup@x.io')");
		assertThat(minimal.status()).isEqualTo(400);
		assertThat(minimal.body()).isEqualTo("{\"error\":\"UNIQUE constraint failed: users.email\"}");
		emulator.admin().wireProfile(WireProfile.FULL);
		HttpTestClient.Reply full = this.client.sql(this.token, "SELECT * FROM nowhere");
		assertThat(full.status()).isEqualTo(400);
		assertThat(full.body()).isEqualTo("{\"error\":{\"code\":400,\"message\":\"no such table: nowhere\"}}");
		HttpTestClient.Reply syntax = this.client.sql(this.token, "SELEC 1");
		assertThat(syntax.json().get("error").get("message").asString()).contains("syntax error");
		HttpTestClient.Reply notNull = this.client.sql(this.token, "INSERT INTO users (name) VALUES ('x')");
		assertThat(notNull.json().get("error").get("message").asString())
			.isEqualTo("NOT NULL constraint failed: users.email");
	}

	@Test
	void nonConstantDefaultsFailLikeD1() {
		HttpTestClient.Reply reply = this.client.sql(this.token,
				"CREATE TABLE t (created TEXT DEFAULT datetime('now'))");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("error").asString()).contains("syntax error");
		HttpTestClient.Reply parenthesised = this.client.sql(this.token,
				"CREATE TABLE t2 (created INTEGER DEFAULT (unixepoch('now') * 1000))");
		assertThat(parenthesised.status()).isEqualTo(200);
	}

	@Test
	void fullProfileAddsD1Meta() {
		emulator.admin().wireProfile(WireProfile.FULL);
		JsonNode insert = ok("INSERT INTO users (email) VALUES (?), (?), (?)", "1@x", "2@x", "3@x");
		JsonNode meta = insert.get("meta");
		assertThat(meta.propertyNames()).containsExactly("changes", "last_row_id", "rows_read", "rows_written",
				"duration", "changed_db", "size_after");
		assertThat(meta.get("changes").asInt()).isEqualTo(3);
		assertThat(meta.get("last_row_id").asInt()).isEqualTo(3);
		assertThat(meta.get("rows_written").asInt()).isEqualTo(3);
		assertThat(meta.get("changed_db").asBoolean()).isTrue();
		assertThat(meta.get("size_after").asLong()).isPositive();
		assertThat(meta.get("duration").isNumber()).isTrue();
		JsonNode select = ok("SELECT * FROM users");
		assertThat(select.get("meta").get("rows_read").asInt()).isEqualTo(3);
		assertThat(select.get("meta").get("changes").asInt()).isZero();
		assertThat(select.get("meta").get("changed_db").asBoolean()).isFalse();
		JsonNode script = ok(
				"UPDATE users SET name = 'a'; DELETE FROM users WHERE id = 1; SELECT count(*) AS n FROM users");
		assertThat(script.get("meta").get("changes").asInt()).isEqualTo(4);
	}

	@Test
	void rejectsAttachAndTransactionControlLikeD1() {
		for (String sql : List.of("ATTACH DATABASE 'other.db' AS other", "DETACH other", "BEGIN", "BEGIN TRANSACTION",
				"COMMIT", "END", "ROLLBACK", "SAVEPOINT s1", "RELEASE s1",
				"INSERT INTO users (email) VALUES ('a@b.c'); COMMIT")) {
			HttpTestClient.Reply reply = this.client.sql(this.token, sql);
			assertThat(reply.status()).as(sql).isEqualTo(400);
			assertThat(reply.json().get("error").asString()).as(sql).startsWith("not authorized:").contains("D1");
		}
		assertThat(ok("SELECT count(*) AS n FROM users").get("rows").get(0).get("n").asInt()).isZero();
	}

	@Test
	void enforcesD1LimitsOnParametersAndStatementLength() {
		List<Object> params = new ArrayList<>();
		StringBuilder placeholders = new StringBuilder();
		for (int i = 0; i < 101; i++) {
			params.add(i);
			placeholders.append(i == 0 ? "?" : ",?");
		}
		HttpTestClient.Reply tooMany = this.client.sql(this.token, "SELECT " + placeholders, params.toArray());
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.json().get("error").asString()).startsWith("too many SQL variables").contains("100");
		HttpTestClient.Reply hundred = this.client.sql(this.token, "SELECT " + placeholders.substring(2),
				params.subList(1, 101).toArray());
		assertThat(hundred.status()).isEqualTo(200);
		String longText = "x".repeat(100_001);
		HttpTestClient.Reply tooLong = this.client.sql(this.token, "SELECT '" + longText + "'");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("error").asString()).startsWith("statement too long");
		assertThat(this.client.sql(this.token, "SELECT ?", longText).status()).isEqualTo(200);
	}

	@Test
	void parameterCountMustMatch() {
		HttpTestClient.Reply tooFew = this.client.sql(this.token, "SELECT ?, ?", 1);
		assertThat(tooFew.status()).isEqualTo(400);
		assertThat(tooFew.json().get("error").asString()).startsWith("Wrong number of parameter bindings");
		HttpTestClient.Reply tooMany = this.client.sql(this.token, "INSERT INTO users (email) VALUES (?)", "a@b.c",
				"extra");
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(ok("SELECT count(*) AS n FROM users").get("rows").get(0).get("n").asInt()).isZero();
	}

	@Test
	void badRequestBodiesAreClear400s() {
		assertThat(this.client.post("/edge/database", "{oops", "Authorization", "Bearer " + this.token)
			.json()
			.get("error")
			.asString()).contains("not valid JSON");
		assertThat(
				this.client.post("/edge/database", Map.of("sql", "SELECT 1"), "Authorization", "Bearer " + this.token)
					.json()
					.get("error")
					.asString())
			.contains("\"query\"");
		assertThat(this.client
			.post("/edge/database", Map.of("query", "SELECT ?", "params", Map.of("a", 1)), "Authorization",
					"Bearer " + this.token)
			.json()
			.get("error")
			.asString()).contains("\"params\"");
		assertThat(this.client.sql(this.token, "SELECT ?", Map.of("nested", true)).json().get("error").asString())
			.contains("Parameter 1")
			.contains("string");
		assertThat(this.client.sql(this.token, "  ;  ").json().get("error").asString()).contains("empty");
	}

	@Test
	void blobsComeBackAsByteArrays() {
		JsonNode row = ok("SELECT x'00ff10' AS b, NULL AS n").get("rows").get(0);
		assertThat(row.get("b").isArray()).isTrue();
		assertThat(row.get("b").get(1).asInt()).isEqualTo(255);
		assertThat(row.get("n").isNull()).isTrue();
	}

	@Test
	void breachingTheRowsWrittenCapPausesTheTenant() {
		emulator.admin().d1Caps(250_000, 100);
		ok("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 101)"
				+ " INSERT INTO users (email) SELECT 'u' || i || '@x.io' FROM n");
		HttpTestClient.Reply paused = this.client.sql(this.token, "SELECT 1");
		assertThat(paused.status()).isEqualTo(403);
		assertThat(paused.json().get("tenant_state").asString()).isEqualTo("paused");
		assertThat(paused.json().get("pause_reason").get("kind").asString()).isEqualTo("all_time_cap");
		JsonNode status = this.client.managementGet("/api/status", this.tenant.managementKey()).json();
		assertThat(status.get("account").get("status").asString()).isEqualTo("paused");
		assertThat(status.get("notifications").toString()).contains("tenant_paused");
		emulator.admin().approveClaim(this.tenant.tenantId());
		JsonNode count = this.client.sql(this.token, "SELECT count(*) AS n FROM users").json();
		assertThat(count.get("rows").get(0).get("n").asInt()).isEqualTo(101);
	}

	@Test
	void theDefaultReadCapIs250kRows() {
		ok("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)"
				+ " INSERT INTO users (email) SELECT 'u' || i FROM n");
		for (int i = 0; i < 5; i++) {
			assertThat(this.client.sql(this.token, "SELECT id FROM users").status()).isEqualTo(200);
		}
		assertThat(this.client.sql(this.token, "SELECT id FROM users LIMIT 1").status()).as("250,001st row read")
			.isEqualTo(200);
		assertThat(this.client.sql(this.token, "SELECT 1").status()).isEqualTo(403);
	}

	@Test
	void runawayQueriesAreInterruptedAndTheirScriptRolledBack() {
		emulator.admin().queryTimeLimit(Duration.ofSeconds(1));
		HttpTestClient.Reply reply = this.client.sql(this.token, "INSERT INTO users (email) VALUES ('before@x.io');"
				+ " WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("error").asString()).startsWith("interrupted").contains("time limit");
		assertThat(ok("SELECT count(*) AS n FROM users").get("rows").get(0).get("n").asInt()).isZero();
	}

	@Test
	void concurrentWritesAreNeitherLostNorDuplicated() throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(16);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				String email = "user" + i + "@x.io";
				String script = "INSERT INTO users (email) VALUES (?); UPDATE users SET score = id WHERE email = ?";
				statuses.add(clients.submit(() -> this.client.sql(this.token, script, email, email).status()));
			}
			for (Future<Integer> status : statuses) {
				assertThat(status.get()).isEqualTo(200);
			}
		}
		finally {
			clients.shutdown();
		}
		JsonNode counts = ok(
				"SELECT count(*) AS n, count(DISTINCT email) AS emails, sum(score = id) AS scored" + " FROM users")
			.get("rows")
			.get(0);
		assertThat(counts.get("n").asInt()).isEqualTo(400);
		assertThat(counts.get("emails").asInt()).isEqualTo(400);
		assertThat(counts.get("scored").asInt()).isEqualTo(400);
	}

	private JsonNode ok(String sql, Object... params) {
		HttpTestClient.Reply reply = this.client.sql(this.token, sql, params);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

}
