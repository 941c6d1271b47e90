package ai.cohesivity.emulator;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every {@code /__emulator/...} route over HTTP, as tools outside the JVM use them.
 */
class AdminHttpApiTests {

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.freshForEachTest();

	private final HttpTestClient client = emulator.client();

	@Test
	void createsAndProvisionsTenantsAndDrivesTheirLifecycle() {
		assertThat(this.client.get("/__emulator/health").json().get("status").asString()).isEqualTo("UP");
		HttpTestClient.Reply created = this.client.post("/__emulator/tenants");
		assertThat(created.status()).isEqualTo(201);
		JsonNode tenant = created.json();
		String id = tenant.get("tenant_id").asString();
		assertThat(tenant.get("dotfile").asString()).startsWith("tenant_id=" + id + "\n");
		JsonNode provisioned = this.client
			.post("/__emulator/tenants/" + id + "/resources/database", Map.of("write_region", "australia"))
			.json();
		assertThat(provisioned.get("write_region").asString()).isEqualTo("oc");
		String key = tenant.get("coh_application_key").asString();
		assertThat(byKey(key).status()).isEqualTo(200);
		assertThat(this.client.post("/__emulator/tenants/" + id + "/pause").json().get("state").asString())
			.isEqualTo("paused");
		assertThat(byKey(key).status()).isEqualTo(403);
		assertThat(this.client.post("/__emulator/tenants/" + id + "/resume").json().get("state").asString())
			.isEqualTo("active");
		assertThat(this.client.post("/__emulator/tenants/" + id + "/expire").json().get("state").asString())
			.isEqualTo("expired");
		assertThat(byKey(key).status()).isEqualTo(410);
		JsonNode claimed = this.client.post("/__emulator/tenants/" + id + "/claim").json();
		assertThat(claimed.get("tenant_lifecycle").asString()).isEqualTo("claimed");
		assertThat(this.client.post("/__emulator/tenants/" + id + "/explode").status()).isEqualTo(404);
		assertThat(this.client.post("/__emulator/tenants/no-such-tenant/pause").status()).isEqualTo(400);
	}

	@Test
	void settingsClockAndLatencyOverHttp() {
		EmulatorTenant tenant = emulator.createTenantWithDatabase();
		assertThat(
				this.client
					.send("PUT", "/__emulator/settings",
							Map.of("wire_profile", "full", "edge_token_ttl_seconds", 30, "edge_requests_per_minute",
									100))
					.status())
			.isEqualTo(200);
		HttpTestClient.Reply session = this.client.post("/edge/session?key=" + tenant.applicationKey());
		assertThat(session.json().get("expires_in").asInt()).isEqualTo(30);
		String token = session.json().get("token").asString();
		assertThat(this.client.sql(token, "SELECT 1").json().has("meta")).isTrue();
		Instant before = Instant.parse(this.client.get("/__emulator/clock").json().get("now").asString());
		assertThat(this.client.post("/__emulator/clock/advance", Map.of("seconds", 31)).status()).isEqualTo(200);
		assertThat(emulator.admin().now()).isAfterOrEqualTo(before.plusSeconds(31));
		assertThat(this.client.sql(token, "SELECT 1").status()).isEqualTo(401);
		assertThat(this.client.post("/__emulator/clock/advance", Map.of("duration", "PT73H")).status()).isEqualTo(200);
		assertThat(byKey(tenant.applicationKey()).status()).isEqualTo(410);
		assertThat(this.client.post("/__emulator/faults/latency", Map.of("fixed_ms", 1, "jitter_ms", 1)).status())
			.isEqualTo(200);
		assertThat(this.client.send("PUT", "/__emulator/settings", Map.of("wire_profile", "verbose")).status())
			.isEqualTo(400);
		assertThat(this.client.post("/__emulator/clock/advance", Map.of("seconds", -5)).status()).isEqualTo(400);
		assertThat(this.client.post("/__emulator/settings", "[]").status()).isEqualTo(404);
		assertThat(this.client.send("PUT", "/__emulator/settings", "[]").status()).isEqualTo(400);
	}

	@Test
	void dropsAndCountsOverHttp() {
		EmulatorTenant tenant = emulator.createTenantWithDatabase();
		assertThat(this.client.post("/__emulator/faults/drop", Map.of("path_prefix", "/edge/session", "times", 1))
			.status()).isEqualTo(200);
		assertThatThrownBy(() -> this.client.post("/edge/session?key=" + tenant.applicationKey()))
			.isInstanceOf(UncheckedIOException.class);
		assertThat(this.client.post("/edge/session?key=" + tenant.applicationKey()).status()).isEqualTo(200);
		JsonNode count = this.client.get("/__emulator/requests?method=POST&path=/edge/session").json();
		assertThat(count.get("count").asLong()).isEqualTo(2);
		assertThat(this.client.get("/__emulator/requests?method=POST").status()).isEqualTo(400);
	}

	@Test
	void approvesCodexOverHttp() {
		EmulatorTenant tenant = emulator.createTenant();
		emulator.admin().approveClaim(tenant.tenantId());
		String auth = this.client.managementPost("/api/codex/connect", tenant.managementKey(), null)
			.json()
			.get("wait")
			.get("auth_header")
			.asString();
		assertThat(this.client.post("/__emulator/codex/approve").status()).isEqualTo(200);
		assertThat(this.client.send("POST", "/api/wait", null, "Authorization", auth).json().get("status").asString())
			.isEqualTo("completed");
	}

	@Test
	void documentedErrorsOfTheSmallerEndpoints() {
		EmulatorTenant tenant = emulator.createTenant();
		emulator.admin().approveClaim(tenant.tenantId());
		String key = tenant.managementKey();
		JsonNode plans = this.client.managementGet("/api/billing/plans", key).json();
		assertThat(plans.get("plans")).hasSize(3);
		assertThat(plans.get("provider_usage_pricing").get("rule").asString()).contains("10%");
		assertThat(this.client.managementPost("/api/billing/subscription", key, Map.of("plan", "gold"))
			.json()
			.get("error")
			.asString()).isEqualTo("invalid_plan");
		assertThat(this.client.delete("/api/agents", "Authorization", "Bearer " + key).status()).isEqualTo(404);
		assertThat(this.client.managementGet("/api/agents", key).json().get("provisioned").asBoolean()).isFalse();
		this.client.managementPost("/api/agents", key, Map.of("agent_type", "hermes", "plan", "starter"));
		assertThat(this.client.managementPost("/api/agents", key, Map.of("agent_type", "hermes", "plan", "starter"))
			.json()
			.get("error")
			.asString()).isEqualTo("already_provisioned");
		HttpTestClient.Reply noMessages = this.client.post(
				"/edge/managed-agents/v1/chat/completions?key=" + tenant.applicationKey(),
				Map.of("messages", List.of()));
		assertThat(noMessages.status()).isEqualTo(400);
		assertThat(noMessages.json().get("error").asString()).isEqualTo("invalid_request");
		assertThat(this.client.get("/c/not-a-code").status()).isEqualTo(404);
		EmulatorTenant other = emulator.createTenant();
		assertThat(this.client.managementGet("/api/observability?tenant_id=" + other.tenantId(), key).status())
			.isEqualTo(404);
	}

	private HttpTestClient.Reply byKey(String applicationKey) {
		return this.client.post("/edge/database?key=" + applicationKey, Map.of("query", "SELECT 1"));
	}

}
