package ai.cohesivity.emulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response shapes match the examples in {@code cohesivity-api.md}, field for field
 * and in order (section numbers in each test name's comment).
 */
class WireShapesTests {

	/**
	 * The observability doc's slices (and the emulator's {@code recent_events}).
	 */
	private static final List<String> OBSERVABILITY_SLICES = List.of("summary", "tenants", "buckets", "cost",
			"notifications", "events", "ledger", "deploy_history", "end_user_sessions", "poller_health",
			"webhook_history", "recent_events");

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.freshForEachTest();

	private final HttpTestClient client = emulator.client();

	// §2.1 text dotfile and §2.2 JSON genesis: the six documented keys in their order,
	// then the emulator's own base_url (where its tenants live; not in §2.1)
	@Test
	void genesis() {
		String dotfile = this.client.post("/api/genesis").body();
		assertThat(dotfile.lines().map((line) -> line.substring(0, line.indexOf('='))).toList()).containsExactly(
				"tenant_id", "coh_management_key", "coh_application_key", "expires_at", "tenant_lifecycle",
				"runtime_profile", "base_url");
		JsonNode json = this.client.post("/api/genesis?format=json").json();
		assertThat(json.propertyNames()).containsExactly("tenant_id", "coh_management_key", "coh_application_key",
				"expires_at", "tenant_lifecycle", "runtime_profile", "base_url");
	}

	// §3.1 provision example, §3.2 bulk fixture, §3.4 status keys
	@Test
	void resources() {
		EmulatorTenant tenant = emulator.createTenant();
		JsonNode provisioned = this.client.managementPost("/api/resources/database", tenant.managementKey(), null)
			.json();
		assertThat(provisioned.propertyNames()).containsExactly("success", "resource", "status", "created",
				"already_provisioned", "write_region", "edge_url", "docs_url");
		assertThat(provisioned).isEqualTo(HttpTestClient.JSON.readTree("{\"success\":true,\"resource\":\"database\","
				+ "\"status\":\"active\",\"created\":true,\"already_provisioned\":false,\"write_region\":\"apac\","
				+ "\"edge_url\":\"" + emulator.baseUrl() + "/edge/database\","
				+ "\"docs_url\":\"https://cohesivity.ai/offerings/database\"}"));
		// The fixture's redis failed on the server; here an unknown configuration field
		// fails it.
		JsonNode bulk = this.client
			.managementPost("/api/resources", tenant.managementKey(),
					Map.of("resources", List.of("postgres", "redis"), "redis", Map.of("size", "xl")))
			.json();
		assertThat(bulk.propertyNames()).containsExactly("success", "requested_count", "failed_count", "results");
		assertThat(bulk.get("success").asBoolean()).isFalse();
		assertThat(bulk.get("requested_count").asInt()).isEqualTo(2);
		assertThat(bulk.get("failed_count").asInt()).isEqualTo(1);
		assertThat(bulk.get("results").get(0).propertyNames()).startsWith("resource", "success");
		assertThat(bulk.get("results").get(0).get("resource").asString()).isEqualTo("postgres");
		assertThat(bulk.get("results").get(0).get("success").asBoolean()).isTrue();
		assertThat(bulk.get("results").get(1).propertyNames()).startsWith("resource", "error");
		assertThat(bulk.get("results").get(1).get("resource").asString()).isEqualTo("redis");
		JsonNode status = this.client.managementGet("/api/status", tenant.managementKey()).json();
		assertThat(status.propertyNames()).startsWith("account", "resources", "bucket_usage", "account_bucket_usage",
				"notifications");
		assertThat(status.propertyNames()).contains("runtime_version", "runtime_supported", "runtime_is_stable",
				"runtime_is_latest_live", "runtime_notification", "upgrade_available", "upgrade_target_profile");
		assertThat(status.get("account").propertyNames()).containsExactly("tenant_id", "status", "lifecycle",
				"tenant_lifecycle", "expires_at", "runtime_profile", "plan", "paused", "pause_reason");
		assertThat(status.get("resources").get(0).propertyNames()).startsWith("resource_name", "status");
	}

	// §4 edge session, §5.2 database success, §14 meta behind the full profile
	@Test
	void edge() {
		EmulatorTenant tenant = emulator.createTenantWithDatabase();
		JsonNode session = this.client.post("/edge/session?key=" + tenant.applicationKey()).json();
		assertThat(session.propertyNames()).containsExactly("token", "token_type", "expires_in");
		assertThat(session.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(session.get("expires_in").asInt()).isEqualTo(60);
		String token = session.get("token").asString();
		this.client.sql(token, "CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT, createdAt TEXT)");
		this.client.sql(token, "INSERT INTO items (title, createdAt) VALUES ('…', '2026-08-01T00:00:00.000Z')");
		JsonNode minimal = this.client.sql(token, "SELECT * FROM items").json();
		assertThat(minimal.propertyNames()).containsExactly("rows", "rowCount");
		assertThat(minimal.get("rows").get(0).propertyNames()).containsExactly("id", "title", "createdAt");
		assertThat(minimal.get("rowCount").asInt()).isEqualTo(1);
		emulator.admin().wireProfile(WireProfile.FULL);
		JsonNode full = this.client.sql(token, "SELECT * FROM items").json();
		assertThat(full.propertyNames()).containsExactly("rows", "rowCount", "meta");
		assertThat(full.get("meta").propertyNames()).containsExactly("changes", "last_row_id", "rows_read",
				"rows_written", "duration", "changed_db", "size_after");
	}

	// §1.4 data-plane table, verbatim
	@Test
	void edgeErrorEnvelopes() {
		// The two rate-limited calls below must fall into one UTC minute.
		emulator.moveClockToTheStartOfAMinute();
		EmulatorTenant tenant = emulator.createTenant();
		String token = this.client.edgeToken(tenant.applicationKey());
		assertThat(this.client.sql(token, "SELECT 1").body()).isEqualTo("{\"error\":{\"code\":403,\"message\":"
				+ "\"[Cohesivity] Service not provisioned: You must provision \\\"database\\\" via POST"
				+ " /api/resources/database before using the edge\"}}");
		emulator.provision(tenant.tenantId(), "database");
		assertThat(
				this.client.post("/edge/database?key=coh_app_00000000000000000000", Map.of("query", "SELECT 1")).body())
			.isEqualTo("{\"error\":{\"code\":401,\"message\":\"[Cohesivity] Invalid application key\"}}");
		emulator.admin().edgeRateLimit(1);
		this.client.sql(token, "SELECT 1");
		assertThat(this.client.sql(token, "SELECT 1").body()).isEqualTo("{\"error\":{\"code\":429,\"message\":"
				+ "\"[Cohesivity] Rate limit exceeded for database\"},\"tenant_state\":\"active\","
				+ "\"window_kind\":\"utc_minute\"}");
		emulator.admin().edgeRateLimit(0);
		emulator.admin().edgePlanLimit(1);
		assertThat(this.client.sql(token, "SELECT 1").body()).isEqualTo("{\"error\":{\"code\":429,\"message\":"
				+ "\"[Cohesivity] Plan limit exceeded for database\"},\"tenant_state\":\"plan_limit_exceeded\","
				+ "\"window_kind\":\"all_time\"}");
		emulator.admin().edgePlanLimit(0);
		emulator.admin().pause(tenant.tenantId());
		assertThat(this.client.sql(token, "SELECT 1").body()).isEqualTo("{\"error\":{\"code\":403,\"message\":"
				+ "\"[Cohesivity] Tenant paused: Claim this tenant to resume service.\"},\"tenant_state\":\"paused\","
				+ "\"pause_reason\":{\"kind\":\"all_time_cap\",\"recommended_action\":\"claim_to_lift\"},"
				+ "\"tenant_lifecycle\":\"ephemeral\"}");
		emulator.admin().expire(tenant.tenantId());
		assertThat(this.client.sql(token, "SELECT 1").body()).isEqualTo(
				"{\"error\":{\"code\":410,\"message\":\"[Cohesivity] Tenant expired\"},\"tenant_state\":\"expired\"}");
	}

	// §1.4 control plane and §14 management auth failure
	@Test
	void controlPlaneErrors() {
		JsonNode unauthorized = this.client.managementGet("/api/status", "coh_man_00000000000000000000").json();
		assertThat(unauthorized.propertyNames()).containsExactly("error", "message");
		assertThat(unauthorized.get("error").asString()).isEqualTo("invalid_management_key");
		EmulatorTenant tenant = emulator.createTenant();
		JsonNode requiresClaim = this.client.managementGet("/api/observability", tenant.managementKey()).json();
		assertThat(requiresClaim.propertyNames()).containsExactly("error", "message", "claim_url");
	}

	// §8.1 claim url, §14 wait statuses
	@Test
	void claim() {
		EmulatorTenant tenant = emulator.createTenant();
		JsonNode claim = this.client.managementPost("/api/claim/url", tenant.managementKey(), null).json();
		assertThat(claim.propertyNames()).containsExactly("tenant_id", "approval_url", "wait");
		assertThat(claim.get("wait").propertyNames()).contains("url", "auth_header");
		String auth = claim.get("wait").get("auth_header").asString();
		assertThat(this.client.send("POST", "/api/wait", null, "Authorization", auth).json())
			.isEqualTo(HttpTestClient.JSON.readTree("{\"status\":\"pending\"}"));
		emulator.admin().approveClaim(tenant.tenantId());
		JsonNode claimed = this.client.send("POST", "/api/wait", null, "Authorization", auth).json();
		assertThat(claimed.propertyNames()).startsWith("status", "tenant_id", "tenant_lifecycle");
		assertThat(claimed.get("status").asString()).isEqualTo("claimed");
		assertThat(claimed.get("tenant_id").asString()).isEqualTo(tenant.tenantId());
		assertThat(claimed.get("tenant_lifecycle").asString()).isEqualTo("claimed");
	}

	// §9 / observability doc "Response shape (high-level)"
	@Test
	void observability() {
		EmulatorTenant tenant = emulator.createTenantWithDatabase();
		emulator.admin().approveClaim(tenant.tenantId());
		this.client.sql(this.client.edgeToken(tenant.applicationKey()), "SELECT 1");
		// Something to spend and a cancelled subscription: the cost lists, subscription
		// and advisories have entries.
		this.client.managementPost("/api/billing/subscription", tenant.managementKey(), Map.of("plan", "plus"));
		this.client.managementPost("/api/billing/subscription/cancel", tenant.managementKey(), null);
		this.client.managementPost("/api/agents", tenant.managementKey(),
				Map.of("agent_type", "hermes", "plan", "starter"));
		this.client.post("/edge/managed-agents/v1/chat/completions?key=" + tenant.applicationKey(),
				Map.of("messages", List.of(Map.of("role", "user", "content", "hi"))));
		JsonNode body = this.client
			.managementGet("/api/observability?include=" + String.join(",", OBSERVABILITY_SLICES),
					tenant.managementKey())
			.json();
		assertThat(body.propertyNames()).containsExactly("auth", "generated_at", "request_id", "account",
				"shared_buckets", "rate_limits_pressured", "tenants_summary", "tenants", "account_cost",
				"notifications", "events", "ledger", "deploy_history", "end_user_sessions", "poller_health",
				"webhook_history", "recent_events", "advisories", "limits_for_this_response");
		assertThat(body.get("auth").propertyNames()).containsExactly("mode", "via_tenant_id");
		assertThat(body.get("account").propertyNames()).containsExactly("user_id", "email", "name", "plan",
				"enforcement_mode", "status", "subscription", "wallet");
		assertThat(body.get("account").get("subscription").propertyNames()).containsExactly("plan", "status",
				"current_period_start", "current_period_end", "cancel_at_period_end", "short_url");
		JsonNode wallet = body.get("account").get("wallet");
		assertThat(wallet.propertyNames()).containsExactly("balance_cents", "reserved_cents", "available_cents",
				"monthly_grant_cents", "month_start", "month_end", "this_month_topup_cents", "this_month_spent_cents",
				"spent_by_tenant_this_month", "spent_by_service_this_month");
		assertThat(wallet.get("spent_by_tenant_this_month").get(0).propertyNames()).containsExactly("tenant_id",
				"cost_cents", "is_self");
		assertThat(wallet.get("spent_by_service_this_month").get(0).propertyNames()).containsExactly("service",
				"cost_cents");
		assertThat(body.get("shared_buckets").get(0).propertyNames()).containsExactly("service", "metric", "window",
				"limit", "used_account_total", "pct_account", "fluid_overflow_enabled", "paused", "by_tenant");
		assertThat(body.get("shared_buckets").get(0).get("by_tenant").get(0).propertyNames())
			.containsExactly("tenant_id", "used", "pct_of_account_used", "is_self");
		assertThat(body.get("tenants_summary").propertyNames()).containsExactly("total", "by_lifecycle", "by_status",
				"paused_count", "runtime_drift_count");
		assertThat(body.get("tenants").get(0).propertyNames()).containsExactly("tenant_id", "is_self", "lifecycle",
				"status", "runtime", "claimed_at", "paused_at", "pause_reason", "resources", "usage",
				"current_month_buckets", "pending_actions", "recent_events");
		JsonNode self = body.get("tenants").get(0);
		assertThat(self.get("runtime").propertyNames()).containsExactly("profile", "version", "is_latest_live");
		assertThat(self.get("usage").propertyNames()).containsExactly("window", "event_count", "cost_cents",
				"by_service", "by_day");
		assertThat(self.get("usage").get("by_service").get(0).propertyNames()).containsExactly("service", "events",
				"cost_cents");
		assertThat(self.get("usage").get("by_day").get(0).propertyNames()).containsExactly("date", "events",
				"cost_cents");
		assertThat(self.get("recent_events").propertyNames()).containsExactly("items");
		assertThat(body.get("tenants").get(0).get("current_month_buckets").get(0).propertyNames()).containsExactly(
				"service", "metric", "this_tenant_used", "account_total_used", "account_limit",
				"this_tenant_pct_of_account", "fluid_overflow");
		assertThat(body.get("account_cost").propertyNames()).containsExactly("this_month_cents", "last_month_cents",
				"by_service", "by_tenant", "by_day");
		assertThat(body.get("notifications").propertyNames()).containsExactly("items", "next_cursor");
		assertThat(body.get("notifications").get("items").get(0).propertyNames()).containsExactly("id", "ts", "code",
				"severity", "message", "tenant_id", "metadata");
		assertThat(body.get("events").get("items").get(0).propertyNames()).containsExactly("id", "ts", "tenant_id",
				"service", "operation", "source", "metrics", "cost_cents", "request_id");
		assertThat(body.get("events").propertyNames()).containsExactly("items", "next_cursor");
		assertThat(body.get("ledger").propertyNames()).containsExactly("items", "next_cursor");
		assertThat(body.get("deploy_history").propertyNames()).containsExactly("by_tenant");
		assertThat(body.get("end_user_sessions").propertyNames()).containsExactly("by_tenant");
		// The emulator has no Vercel poller; its one source is its own usage ledger.
		assertThat(body.get("poller_health").get("by_source").values().iterator().next().propertyNames())
			.containsExactly("last_bucket_end", "age_minutes");
		assertThat(body.get("webhook_history").propertyNames()).containsExactly("items", "next_cursor");
		assertThat(body.get("recent_events").propertyNames()).containsExactly("items", "next_cursor");
		assertThat(body.get("recent_events").get("items").get(0).propertyNames()).startsWith("ts", "event", "tenant_id",
				"request_id");
		assertThat(body.get("advisories").get(0).propertyNames()).startsWith("code", "action", "target_url");
		assertThat(body.get("limits_for_this_response").propertyNames()).containsExactly("plan", "window", "events_max",
				"ledger_max", "notifications_max", "tenants_enumerated_max", "recent_events_max",
				"rate_limit_per_minute");
	}

	// §10 agents and Codex
	@Test
	void agents() {
		EmulatorTenant tenant = emulator.createTenant();
		emulator.admin().approveClaim(tenant.tenantId());
		JsonNode agent = this.client
			.managementPost("/api/agents", tenant.managementKey(), Map.of("agent_type", "hermes", "plan", "starter"))
			.json();
		assertThat(agent.propertyNames()).containsExactly("status", "address", "monthly_fee_cents", "next_charge_at",
				"trial");
		JsonNode codex = this.client.managementPost("/api/codex/connect", tenant.managementKey(), null).json();
		assertThat(codex.propertyNames()).containsExactly("user_code", "verification_uri", "security_settings_url",
				"wait");
	}

}
