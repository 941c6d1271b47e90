package ai.cohesivity.emulator;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claim → wait → claimed, then {@code /api/observability} computed from real usage.
 */
class ClaimAndObservabilityTests {

	// One emulator per test: claimed tenants share the emulator's one account.
	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.freshForEachTest();

	private final HttpTestClient client = emulator.client();

	private EmulatorTenant tenant;

	@BeforeEach
	void newTenant() {
		this.tenant = emulator.createTenant();
	}

	@Test
	void claimUrlThenWaitIsPendingUntilApprovedThenClaimed() {
		HttpTestClient.Reply claim = this.client.managementPost("/api/claim/url", this.tenant.managementKey(), null);
		assertThat(claim.status()).isEqualTo(200);
		JsonNode body = claim.json();
		assertThat(body.get("tenant_id").asString()).isEqualTo(this.tenant.tenantId());
		assertThat(body.get("approval_url").asString()).matches("^" + emulator.baseUrl() + "/c/[A-Za-z0-9_-]+$");
		JsonNode wait = body.get("wait");
		assertThat(wait.get("url").asString()).isEqualTo(emulator.baseUrl() + "/api/wait");
		String authHeader = wait.get("auth_header").asString();
		assertThat(authHeader).startsWith("Bearer ").doesNotContain(this.tenant.managementKey());
		HttpTestClient.Reply pending = this.client.send("POST", "/api/wait", null, "Authorization", authHeader);
		assertThat(pending.json().get("status").asString()).isEqualTo("pending");
		assertThat(this.client.managementGet("/api/observability", this.tenant.managementKey()).status())
			.isEqualTo(403);
		emulator.admin().approveClaim(this.tenant.tenantId());
		JsonNode claimed = this.client.send("POST", "/api/wait", null, "Authorization", authHeader).json();
		assertThat(claimed.get("status").asString()).isEqualTo("claimed");
		assertThat(claimed.get("tenant_lifecycle").asString()).isEqualTo("claimed");
		JsonNode account = this.client.managementGet("/api/status", this.tenant.managementKey()).json().get("account");
		assertThat(account.get("lifecycle").asString()).isEqualTo("claimed");
		assertThat(account.get("expires_at").isNull()).isTrue();
		HttpTestClient.Reply observability = this.client.managementGet("/api/observability",
				this.tenant.managementKey());
		assertThat(observability.status()).isEqualTo(200);
		assertThat(observability.json().get("tenants").get(0).get("lifecycle").asString()).isEqualTo("claimed");
		assertThat(this.client.managementPost("/api/claim/url", this.tenant.managementKey(), null).status())
			.isEqualTo(409);
	}

	@Test
	void theApprovalPageClaimsTheTenant() {
		String approvalUrl = this.client.managementPost("/api/claim/url", this.tenant.managementKey(), null)
			.json()
			.get("approval_url")
			.asString();
		String path = approvalUrl.substring(emulator.baseUrl().length());
		assertThat(this.client.get(path).body()).contains("Approve claim");
		assertThat(this.client.post(path).status()).isEqualTo(200);
		assertThat(emulator.tenant(this.tenant.tenantId()).lifecycle()).isEqualTo("claimed");
	}

	@Test
	void waitRefusesUnknownTokens() {
		HttpTestClient.Reply reply = this.client.send("POST", "/api/wait", null, "Authorization", "Bearer nope");
		assertThat(reply.status()).isEqualTo(401);
		assertThat(this.client.send("POST", "/api/wait", null, "Authorization", "Bearer " + this.tenant.managementKey())
			.status()).isEqualTo(401);
	}

	@Test
	void observabilityRequiresAClaimedTenant() {
		HttpTestClient.Reply ephemeral = this.client.managementGet("/api/observability", this.tenant.managementKey());
		assertThat(ephemeral.status()).isEqualTo(403);
		assertThat(ephemeral.json().get("error").asString()).isEqualTo("observability_requires_claim");
		assertThat(ephemeral.json().get("message").asString()).contains("/api/claim/url");
		assertThat(ephemeral.json().get("claim_url").asString()).endsWith("/claim/" + this.tenant.tenantId());
		HttpTestClient.Reply bad = this.client.managementGet("/api/observability", "coh_man_00000000000000000000");
		assertThat(bad.status()).isEqualTo(401);
	}

	@Test
	void observabilityIsComputedFromRealUsage() {
		emulator.provision(this.tenant.tenantId(), "database");
		emulator.admin().approveClaim(this.tenant.tenantId());
		String token = this.client.edgeToken(this.tenant.applicationKey());
		this.client.sql(token, "CREATE TABLE t (x INTEGER)");
		this.client.sql(token, "INSERT INTO t VALUES (1), (2), (3), (4)");
		this.client.sql(token, "SELECT * FROM t");
		EmulatorTenant sibling = emulator.createTenant();
		emulator.provision(sibling.tenantId(), "database");
		emulator.admin().approveClaim(sibling.tenantId());
		this.client.sql(this.client.edgeToken(sibling.applicationKey()), "SELECT 1");
		EmulatorTenant stranger = emulator.createTenant();
		emulator.provision(stranger.tenantId(), "database");
		this.client.sql(this.client.edgeToken(stranger.applicationKey()), "SELECT 1");

		HttpTestClient.Reply reply = this.client.managementGet("/api/observability", this.tenant.managementKey());
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("X-Cohesivity-Account-Auth")).contains("tenant_management_key")
			.contains(this.tenant.tenantId());
		JsonNode body = reply.json();
		assertThat(body.get("auth").get("mode").asString()).isEqualTo("tenant_management_key");
		assertThat(body.get("auth").get("via_tenant_id").asString()).isEqualTo(this.tenant.tenantId());
		assertThat(body.get("tenants_summary").get("total").asInt()).isEqualTo(2);
		assertThat(body.get("tenants").toString()).doesNotContain(stranger.tenantId());
		JsonNode self = body.get("tenants").get(0);
		assertThat(self.get("is_self").asBoolean()).isTrue();
		assertThat(self.get("usage").get("event_count").asInt()).isEqualTo(3);
		JsonNode rowsWritten = body.get("shared_buckets").get(1);
		assertThat(rowsWritten.get("metric").asString()).isEqualTo("rows_written");
		assertThat(rowsWritten.get("used_account_total").asLong()).isEqualTo(4);
		JsonNode rowsRead = body.get("shared_buckets").get(0);
		assertThat(rowsRead.get("used_account_total").asLong()).isEqualTo(5);
		assertThat(body.get("account").get("wallet").get("monthly_grant_cents").asLong()).isEqualTo(500);
		assertThat(body.get("notifications").get("items").toString()).contains("tenant_claimed");
		assertThat(body.has("events")).isFalse();
		JsonNode limits = body.get("limits_for_this_response");
		assertThat(limits.get("plan").asString()).isEqualTo("free");
		assertThat(limits.get("events_max").asInt()).isEqualTo(50);
		assertThat(limits.get("window").asString()).isEqualTo("7d");
	}

	@Test
	void observabilityHonoursEveryQueryParameter() {
		emulator.provision(this.tenant.tenantId(), "database");
		emulator.admin().approveClaim(this.tenant.tenantId());
		String token = this.client.edgeToken(this.tenant.applicationKey());
		for (int i = 0; i < 5; i++) {
			this.client.sql(token, "SELECT " + i);
		}
		String base = "/api/observability?include=events,ledger&limit=2";
		JsonNode first = this.client.managementGet(base, this.tenant.managementKey()).json();
		assertThat(first.has("tenants")).isFalse();
		assertThat(first.get("events").get("items")).hasSize(2);
		String cursor = first.get("events").get("next_cursor").asString();
		assertThat(cursor).startsWith("evt_");
		JsonNode second = this.client.managementGet(base + "&cursor=" + cursor, this.tenant.managementKey()).json();
		assertThat(second.get("events").get("items").get(0).get("id").asString())
			.isNotEqualTo(first.get("events").get("items").get(1).get("id").asString());
		JsonNode event = second.get("events").get("items").get(0);
		assertThat(event.get("service").asString()).isEqualTo("database");
		assertThat(event.get("metrics").get("rows_read").asInt()).isEqualTo(1);
		JsonNode since = this.client
			.managementGet("/api/observability?include=events&since=2999-01-01T00:00:00Z", this.tenant.managementKey())
			.json();
		assertThat(since.get("events").get("items")).isEmpty();
		JsonNode capped = this.client.managementGet("/api/observability?window=90d", this.tenant.managementKey())
			.json();
		assertThat(capped.get("limits_for_this_response").get("window").asString()).isEqualTo("7d");
		JsonNode focused = this.client
			.managementGet("/api/observability?tenant_id=" + this.tenant.tenantId()
					+ "&include=tenants,buckets&empty_buckets=true", this.tenant.managementKey())
			.json();
		assertThat(focused.get("tenants")).hasSize(1);
		assertThat(focused.get("shared_buckets").get(1).get("used_account_total").asLong()).isZero();
		JsonNode notEmpty = this.client.managementGet("/api/observability?include=buckets", this.tenant.managementKey())
			.json();
		assertThat(notEmpty.get("shared_buckets")).hasSize(1);
		for (String heavy : new String[] { "deploy_history", "end_user_sessions", "poller_health", "webhook_history",
				"recent_events" }) {
			assertThat(this.client.managementGet("/api/observability?include=" + heavy, this.tenant.managementKey())
				.json()
				.has(heavy)).as(heavy).isTrue();
		}
		assertThat(
				this.client.managementGet("/api/observability?include=nonsense", this.tenant.managementKey()).status())
			.isEqualTo(400);
		assertThat(this.client.managementGet("/api/observability?window=1y", this.tenant.managementKey()).status())
			.isEqualTo(400);
		assertThat(this.client.managementGet("/api/observability?limit=0", this.tenant.managementKey()).status())
			.isEqualTo(400);
		assertThat(
				this.client.managementGet("/api/observability?since=yesterday", this.tenant.managementKey()).status())
			.isEqualTo(400);
		assertThat(this.client
			.managementGet("/api/observability?tenant_id=someone-else-entirely", this.tenant.managementKey())
			.status()).isEqualTo(404);
	}

	@Test
	void planCapsFollowTheSubscription() {
		emulator.admin().approveClaim(this.tenant.tenantId());
		this.client.managementPost("/api/billing/subscription", this.tenant.managementKey(), Map.of("plan", "pro"));
		JsonNode limits = this.client.managementGet("/api/observability?window=90d", this.tenant.managementKey())
			.json()
			.get("limits_for_this_response");
		assertThat(limits.get("plan").asString()).isEqualTo("pro");
		assertThat(limits.get("window").asString()).isEqualTo("90d");
		assertThat(limits.get("events_max").asInt()).isEqualTo(1000);
		this.client.managementPost("/api/billing/subscription", this.tenant.managementKey(), Map.of("plan", "plus"));
		assertThat(this.client.managementGet("/api/observability", this.tenant.managementKey())
			.json()
			.get("limits_for_this_response")
			.get("events_max")
			.asInt()).isEqualTo(200);
	}

}
