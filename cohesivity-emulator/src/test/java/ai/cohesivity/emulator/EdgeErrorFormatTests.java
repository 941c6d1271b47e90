package ai.cohesivity.emulator;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes a data-plane error can take besides §1.4's object (a client must read both
 * families), and the Cloudflare WAF's HTML page, which is no Cohesivity error at all.
 */
class EdgeErrorFormatTests {

	private static final String PAUSED = "[Cohesivity] Tenant paused: Claim this tenant to resume service.";

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.sharedByTheClass();

	private final HttpTestClient client = emulator.client();

	private EmulatorTenant tenant;

	private String token;

	@BeforeEach
	void newTenant() {
		this.tenant = emulator.createTenantWithDatabase();
		this.token = this.client.edgeToken(this.tenant.applicationKey());
	}

	@Test
	void theControlPlaneFamilyOnTheEdge() {
		emulator.admin().edgeErrorFormat(EdgeErrorFormat.CODE_AND_MESSAGE);
		emulator.admin().pause(this.tenant.tenantId());
		HttpTestClient.Reply paused = this.client.sql(this.token, "SELECT 1");
		assertThat(paused.status()).isEqualTo(403);
		assertThat(paused.body()).isEqualTo("{\"error\":\"tenant_paused\",\"message\":\"" + PAUSED
				+ "\",\"tenant_state\":\"paused\",\"pause_reason\":{\"kind\":\"all_time_cap\","
				+ "\"recommended_action\":\"claim_to_lift\"},\"tenant_lifecycle\":\"ephemeral\"}");
		HttpTestClient.Reply badKey = this.client.post("/edge/session?key=coh_app_00000000000000000000");
		assertThat(badKey.body())
			.isEqualTo("{\"error\":\"invalid_application_key\",\"message\":\"[Cohesivity] Invalid application key\"}");
	}

	@Test
	void aStringErrorThatReadsLikeASentence() {
		emulator.admin().edgeErrorFormat(EdgeErrorFormat.SENTENCE);
		emulator.admin().pause(this.tenant.tenantId());
		HttpTestClient.Reply paused = this.client.sql(this.token, "SELECT 1");
		assertThat(paused.status()).isEqualTo(403);
		assertThat(paused.body()).isEqualTo("{\"error\":\"" + PAUSED + "\"}");
		emulator.admin().expire(this.tenant.tenantId());
		assertThat(this.client.sql(this.token, "SELECT 1").body())
			.isEqualTo("{\"error\":\"[Cohesivity] Tenant expired\"}");
	}

	@Test
	void injectedEdgeFailuresTakeTheFormatAndOtherErrorsKeepTheirs() {
		emulator.admin().edgeErrorFormat(EdgeErrorFormat.SENTENCE);
		assertThat(this.client.sql(this.token, "SELECT * FROM nowhere").body())
			.isEqualTo("{\"error\":\"no such table: nowhere\"}");
		assertThat(
				this.client.managementGet("/api/status", "coh_man_00000000000000000000").json().get("error").asString())
			.isEqualTo("invalid_management_key");
		emulator.admin().failRequests("/edge/database", 503, 1);
		HttpTestClient.Reply injected = this.client.sql(this.token, "SELECT 1");
		assertThat(injected.status()).isEqualTo(503);
		assertThat(injected.body())
			.isEqualTo("{\"error\":\"[Cohesivity] Injected failure (emulator fault injection)\"}");
	}

	@Test
	void switchedOverHttpAndBackByReset() {
		assertThat(this.client.send("PUT", "/__emulator/settings", Map.of("edge_error_format", "sentence")).status())
			.isEqualTo(200);
		emulator.admin().pause(this.tenant.tenantId());
		assertThat(this.client.sql(this.token, "SELECT 1").json().get("error").asString()).isEqualTo(PAUSED);
		emulator.admin().reset();
		assertThat(this.client.sql(this.token, "SELECT 1").json().get("error").get("code").asInt()).isEqualTo(403);
	}

	@Test
	void theWafRefusesAPathWithItsHtmlPage() {
		emulator.admin().wafBlockPath("/edge/database");
		HttpTestClient.Reply blocked = this.client.sql(this.token, "SELECT 1");
		assertThat(blocked.status()).isEqualTo(403);
		assertThat(blocked.header("Content-Type")).startsWith("text/html");
		assertThat(blocked.header("Server")).isEqualTo("cloudflare");
		assertThat(blocked.header("CF-RAY")).isNotBlank();
		assertThat(blocked.body()).startsWith("<!DOCTYPE html>")
			.contains("<span class=\"cf-error-code\">1010</span>", "Access denied");
		assertThat(emulator.requestCount("POST", "/edge/database")).isEqualTo(1);
		assertThat(this.client.post("/edge/session?key=" + this.tenant.applicationKey()).status()).isEqualTo(200);
		emulator.admin().reset();
		assertThat(this.client.sql(this.token, "SELECT 1").status()).isEqualTo(200);
	}

	@Test
	void theWafRefusesAUserAgentButNeverTheAdminApi() {
		assertThat(this.client.post("/__emulator/faults/waf", Map.of("user_agent", "EMULATOR-TESTS")).status())
			.isEqualTo(200);
		assertThat(this.client.sql(this.token, "SELECT 1").status()).isEqualTo(403);
		assertThat(this.client.managementGet("/api/status", this.tenant.managementKey()).body()).contains("1010");
		assertThat(this.client
			.send("POST", "/edge/database", Map.of("query", "SELECT 1"), "Authorization", "Bearer " + this.token,
					"User-Agent", "my-app/1.0")
			.status()).isEqualTo(200);
		assertThat(this.client.get("/__emulator/health").status()).isEqualTo(200);
		assertThat(this.client.post("/__emulator/faults/waf", Map.of()).status()).isEqualTo(400);
		assertThat(this.client.post("/__emulator/faults/waf", Map.of("path_prefix", "edge")).status()).isEqualTo(400);
	}

}
