package ai.cohesivity.emulator;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edge sessions, edge authentication and the §1.4 edge error states over real HTTP.
 */
class EdgeAuthenticationTests {

	private static final String INVALID_KEY = "{\"error\":{\"code\":401,\"message\":"
			+ "\"[Cohesivity] Invalid application key\"}}";

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.sharedByTheClass();

	private final HttpTestClient client = emulator.client();

	private EmulatorTenant tenant;

	@BeforeEach
	void newTenant() {
		this.tenant = emulator.createTenantWithDatabase();
	}

	@Test
	void mintsABearerTokenForTheApplicationKey() {
		HttpTestClient.Reply reply = this.client.post("/edge/session?key=" + this.tenant.applicationKey());
		assertThat(reply.status()).isEqualTo(200);
		JsonNode body = reply.json();
		assertThat(body.propertyNames()).containsExactly("token", "token_type", "expires_in");
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.get("expires_in").asInt()).isEqualTo(60);
		assertThat(body.get("token").asString()).isNotBlank().doesNotContain("coh_");
		assertThat(emulator.requestCount("POST", "/edge/session")).isEqualTo(1);
	}

	@Test
	void sessionRefusesAnUnknownKeyAndTheManagementKey() {
		for (String key : new String[] { "coh_app_zzzzzzzzzzzzzzzzzzzz", this.tenant.managementKey(), "" }) {
			HttpTestClient.Reply reply = this.client.post("/edge/session?key=" + key);
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.body()).isEqualTo(INVALID_KEY);
		}
		assertThat(this.client.post("/edge/session").status()).isEqualTo(401);
	}

	@Test
	void edgeCallsAcceptTheTokenOrTheKeyQueryParameter() {
		String token = this.client.edgeToken(this.tenant.applicationKey());
		assertThat(this.client.sql(token, "SELECT 1 AS one").status()).isEqualTo(200);
		HttpTestClient.Reply byKey = this.client.post("/edge/database?key=" + this.tenant.applicationKey(),
				Map.of("query", "SELECT 2 AS two"));
		assertThat(byKey.status()).isEqualTo(200);
		assertThat(byKey.json().get("rows").get(0).get("two").asInt()).isEqualTo(2);
		assertThat(byKey.header("Access-Control-Allow-Origin")).isEqualTo("*");
	}

	@Test
	void answersCorsPreflightOnTheEdge() {
		HttpTestClient.Reply preflight = this.client.send("OPTIONS", "/edge/database", null, "Origin",
				"https://app.example", "Access-Control-Request-Method", "POST");
		assertThat(preflight.status()).isEqualTo(204);
		assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Authorization");
		assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
	}

	@Test
	void unknownTokenOrKeyIs401() {
		HttpTestClient.Reply badToken = this.client.sql("not-a-token", "SELECT 1");
		assertThat(badToken.status()).isEqualTo(401);
		assertThat(badToken.json().get("error").get("code").asInt()).isEqualTo(401);
		HttpTestClient.Reply badKey = this.client.post("/edge/database?key=coh_app_zzzzzzzzzzzzzzzzzzzz",
				Map.of("query", "SELECT 1"));
		assertThat(badKey.body()).isEqualTo(INVALID_KEY);
		HttpTestClient.Reply none = this.client.post("/edge/database", Map.of("query", "SELECT 1"));
		assertThat(none.status()).isEqualTo(401);
	}

	@Test
	void tokenExpiresAfterItsTtl() throws InterruptedException {
		emulator.admin().edgeTokenTtl(Duration.ofSeconds(1));
		HttpTestClient.Reply minted = this.client.post("/edge/session?key=" + this.tenant.applicationKey());
		assertThat(minted.json().get("expires_in").asInt()).isEqualTo(1);
		String token = minted.json().get("token").asString();
		// No call with the token before the wait: on a loaded machine it could already be
		// a second old.
		// tokenExpiresWhenTheClockMoves shows a token working until its TTL is over.
		Thread.sleep(1100);
		HttpTestClient.Reply expired = this.client.sql(token, "SELECT 1");
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.json().get("error").get("message").asString()).startsWith("[Cohesivity] ");
		emulator.admin().edgeTokenTtl(Duration.ofSeconds(60));
		String fresh = this.client.edgeToken(this.tenant.applicationKey());
		assertThat(this.client.sql(fresh, "SELECT 1").status()).isEqualTo(200);
	}

	@Test
	void tokenExpiresWhenTheClockMoves() {
		String token = this.client.edgeToken(this.tenant.applicationKey());
		emulator.admin().advanceClock(Duration.ofSeconds(50));
		assertThat(this.client.sql(token, "SELECT 1").status()).isEqualTo(200);
		emulator.admin().advanceClock(Duration.ofSeconds(11));
		assertThat(this.client.sql(token, "SELECT 1").status()).isEqualTo(401);
	}

	@Test
	void revokedTokensAre401AndANewMintWorks() {
		String first = this.client.edgeToken(this.tenant.applicationKey());
		String second = this.client.edgeToken(this.tenant.applicationKey());
		assertThat(this.client.sql(first, "SELECT 1").status()).isEqualTo(200);
		assertThat(emulator.admin().revokeEdgeTokens()).isGreaterThanOrEqualTo(2);
		assertThat(this.client.sql(first, "SELECT 1").status()).isEqualTo(401);
		assertThat(this.client.sql(second, "SELECT 1").status()).isEqualTo(401);
		String fresh = this.client.edgeToken(this.tenant.applicationKey());
		assertThat(this.client.sql(fresh, "SELECT 1").status()).isEqualTo(200);
		assertThat(this.client.post("/__emulator/edge-tokens/revoke", Map.of()).json().get("revoked").asInt())
			.isEqualTo(1);
		assertThat(this.client.sql(fresh, "SELECT 1").status()).isEqualTo(401);
	}

	@Test
	void notProvisionedIs403WithTheDocumentedMessage() {
		EmulatorTenant bare = emulator.createTenant();
		String token = this.client.edgeToken(bare.applicationKey());
		HttpTestClient.Reply reply = this.client.sql(token, "SELECT 1");
		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.body()).isEqualTo("{\"error\":{\"code\":403,\"message\":"
				+ "\"[Cohesivity] Service not provisioned: You must provision \\\"database\\\" via POST"
				+ " /api/resources/database before using the edge\"}}");
	}

	@Test
	void pausedTenantIs403WithStateReasonAndLifecycle() {
		String token = this.client.edgeToken(this.tenant.applicationKey());
		emulator.admin().pause(this.tenant.tenantId());
		HttpTestClient.Reply reply = this.client.sql(token, "SELECT 1");
		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.body()).isEqualTo("{\"error\":{\"code\":403,\"message\":\"[Cohesivity] Tenant paused:"
				+ " Claim this tenant to resume service.\"},\"tenant_state\":\"paused\",\"pause_reason\":"
				+ "{\"kind\":\"all_time_cap\",\"recommended_action\":\"claim_to_lift\"},"
				+ "\"tenant_lifecycle\":\"ephemeral\"}");
		assertThat(this.client.post("/edge/session?key=" + this.tenant.applicationKey()).status()).isEqualTo(403);
		emulator.admin().resume(this.tenant.tenantId());
		assertThat(this.client.sql(token, "SELECT 1").status()).isEqualTo(200);
	}

	@Test
	void expiredTenantIs410() {
		emulator.admin().expire(this.tenant.tenantId());
		HttpTestClient.Reply reply = this.client.post("/edge/database?key=" + this.tenant.applicationKey(),
				Map.of("query", "SELECT 1"));
		assertThat(reply.status()).isEqualTo(410);
		assertThat(reply.body()).isEqualTo("{\"error\":{\"code\":410,\"message\":\"[Cohesivity] Tenant expired\"},"
				+ "\"tenant_state\":\"expired\"}");
		assertThat(this.client.post("/edge/session?key=" + this.tenant.applicationKey()).status()).isEqualTo(410);
	}

	@Test
	void ephemeralTenantExpiresAfter72Hours() {
		String token = this.client.edgeToken(this.tenant.applicationKey());
		emulator.admin().advanceClock(Duration.ofHours(71));
		assertThat(byKey("SELECT 1").status()).isEqualTo(200);
		emulator.admin().advanceClock(Duration.ofHours(2));
		assertThat(this.client.sql(token, "SELECT 1").status()).isIn(401, 410);
		assertThat(byKey("SELECT 1").status()).isEqualTo(410);
	}

	@Test
	void perMinuteRateLimitIs429UtcMinuteWithRetryAfter() {
		emulator.admin().edgeRateLimit(2);
		emulator.moveClockToTheStartOfAMinute();
		String token = this.client.edgeToken(this.tenant.applicationKey());
		assertThat(this.client.sql(token, "SELECT 1").status()).isEqualTo(200);
		assertThat(this.client.sql(token, "SELECT 1").status()).isEqualTo(200);
		HttpTestClient.Reply limited = this.client.sql(token, "SELECT 1");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.body()).isEqualTo("{\"error\":{\"code\":429,\"message\":"
				+ "\"[Cohesivity] Rate limit exceeded for database\"},\"tenant_state\":\"active\","
				+ "\"window_kind\":\"utc_minute\"}");
		assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
		emulator.admin().advanceClock(Duration.ofSeconds(60));
		String fresh = this.client.edgeToken(this.tenant.applicationKey());
		assertThat(this.client.sql(fresh, "SELECT 1").status()).isEqualTo(200);
	}

	@Test
	void lifetimePlanLimitIs429AllTime() {
		emulator.admin().edgePlanLimit(1);
		String token = this.client.edgeToken(this.tenant.applicationKey());
		assertThat(this.client.sql(token, "SELECT 1").status()).isEqualTo(200);
		HttpTestClient.Reply limited = this.client.sql(token, "SELECT 1");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.body()).isEqualTo("{\"error\":{\"code\":429,\"message\":"
				+ "\"[Cohesivity] Plan limit exceeded for database\"},\"tenant_state\":\"plan_limit_exceeded\","
				+ "\"window_kind\":\"all_time\"}");
	}

	private HttpTestClient.Reply byKey(String sql) {
		return this.client.post("/edge/database?key=" + this.tenant.applicationKey(), Map.of("query", sql));
	}

}
