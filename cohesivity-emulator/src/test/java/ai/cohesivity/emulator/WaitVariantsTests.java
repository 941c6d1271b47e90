package ai.cohesivity.emulator;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented variants of the claim and Codex waits (§8.2, Q6, the managed-agents
 * page): what the {@code wait} blob advertises, {@code GET} and {@code POST} polls, a
 * GET-only server, and every success and failure status, set per wait through the admin
 * API.
 */
class WaitVariantsTests {

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.freshForEachTest();

	private final HttpTestClient client = emulator.client();

	@Test
	void theBlobCarriesTheMethodAndPollIntervalAskedFor() {
		emulator.admin().waitBlob("GET", 7);
		EmulatorTenant tenant = emulator.createTenant();
		JsonNode wait = claimUrl(tenant).get("wait");
		assertThat(wait.propertyNames()).containsExactly("url", "method", "auth_header", "poll_interval_seconds");
		assertThat(wait.get("method").asString()).isEqualTo("GET");
		assertThat(wait.get("poll_interval_seconds").asInt()).isEqualTo(7);
		assertThat(poll("GET", wait).json().get("status").asString()).isEqualTo("pending");
	}

	@Test
	void theBlobCanLeaveMethodAndPollIntervalOut() {
		emulator.admin().waitBlob(null, null);
		JsonNode wait = claimUrl(emulator.createTenant()).get("wait");
		assertThat(wait.propertyNames()).containsExactly("url", "auth_header");
	}

	@Test
	void byDefaultBothGetAndPostArePolled() {
		EmulatorTenant tenant = emulator.createTenant();
		JsonNode wait = claimUrl(tenant).get("wait");
		assertThat(wait.get("method").asString()).isEqualTo("POST");
		assertThat(wait.get("poll_interval_seconds").asInt()).isEqualTo(2);
		assertThat(poll("POST", wait).json().get("status").asString()).isEqualTo("pending");
		assertThat(poll("GET", wait).json().get("status").asString()).isEqualTo("pending");
	}

	@Test
	void aGetOnlyWaitAnswers405ToPost() {
		emulator.admin().waitAcceptsPost(false);
		JsonNode wait = claimUrl(emulator.createTenant()).get("wait");
		HttpTestClient.Reply post = poll("POST", wait);
		assertThat(post.status()).isEqualTo(405);
		assertThat(post.header("Allow")).isEqualTo("GET");
		assertThat(post.json().get("error").asString()).isEqualTo("method_not_allowed");
		assertThat(poll("GET", wait).json().get("status").asString()).isEqualTo("pending");
	}

	@ParameterizedTest
	@EnumSource(names = { "EXPIRED", "DENIED", "CANCELLED", "FAILED" })
	void aFailedClaimAnswersItsStatusAndLeavesTheTenantEphemeral(WaitOutcome outcome) {
		EmulatorTenant tenant = emulator.createTenant();
		JsonNode wait = claimUrl(tenant).get("wait");
		emulator.admin().finishClaimWait(tenant.tenantId(), outcome);
		for (String method : new String[] { "POST", "GET" }) {
			JsonNode answer = poll(method, wait).json();
			assertThat(answer.propertyNames()).containsExactly("status", "tenant_id", "message");
			assertThat(answer.get("status").asString()).isEqualTo(outcome.status());
			assertThat(answer.get("tenant_id").asString()).isEqualTo(tenant.tenantId());
		}
		assertThat(emulator.tenant(tenant.tenantId()).lifecycle()).isEqualTo("ephemeral");
		assertThat(this.client.managementGet("/api/observability", tenant.managementKey()).status()).isEqualTo(403);
	}

	@ParameterizedTest
	@EnumSource(names = { "CLAIMED", "COMPLETED", "APPROVED" })
	void aSuccessfulClaimAnswersItsStatusAndClaimsTheTenant(WaitOutcome outcome) {
		EmulatorTenant tenant = emulator.createTenant();
		JsonNode wait = claimUrl(tenant).get("wait");
		emulator.admin().finishClaimWait(tenant.tenantId(), outcome);
		JsonNode answer = poll("GET", wait).json();
		assertThat(answer.get("status").asString()).isEqualTo(outcome.status());
		assertThat(answer.get("tenant_lifecycle").asString()).isEqualTo("claimed");
		assertThat(emulator.tenant(tenant.tenantId()).lifecycle()).isEqualTo("claimed");
		assertThat(this.client.managementGet("/api/observability", tenant.managementKey()).status()).isEqualTo(200);
	}

	@Test
	void anOutcomeArrangedBeforeTheClaimStartsIsItsFirstAnswer() {
		EmulatorTenant tenant = emulator.createTenant();
		emulator.admin().finishClaimWait(tenant.tenantId(), WaitOutcome.EXPIRED);
		JsonNode wait = claimUrl(tenant).get("wait");
		assertThat(poll("POST", wait).json().get("status").asString()).isEqualTo("expired");
		assertThat(poll("POST", claimUrl(tenant).get("wait")).json().get("status").asString()).isEqualTo("pending");
	}

	@Test
	void oneWaitIsFinishedByItsToken() {
		EmulatorTenant tenant = emulator.createTenant();
		JsonNode first = claimUrl(tenant).get("wait");
		JsonNode second = claimUrl(tenant).get("wait");
		emulator.admin().finishWait(first.get("auth_header").asString(), WaitOutcome.DENIED);
		assertThat(poll("GET", first).json().get("status").asString()).isEqualTo("denied");
		assertThat(poll("GET", second).json().get("status").asString()).isEqualTo("pending");
	}

	@Test
	void theCodexDeviceFlowCompletesWithCompletedOverGet() {
		EmulatorTenant tenant = claimedTenant();
		JsonNode connect = this.client.managementPost("/api/codex/connect", tenant.managementKey(), null).json();
		assertThat(connect.propertyNames()).containsExactly("user_code", "verification_uri", "security_settings_url",
				"wait");
		JsonNode wait = connect.get("wait");
		assertThat(poll("GET", wait).json().get("status").asString()).isEqualTo("pending");
		emulator.admin().approveCodexConnection();
		assertThat(poll("GET", wait).body()).isEqualTo("{\"status\":\"completed\"}");
		assertThat(this.client.managementGet("/api/codex", tenant.managementKey()).json().get("connected").asBoolean())
			.isTrue();
	}

	@Test
	void aCodexWaitFinishedAsDeniedLeavesCodexDisconnected() {
		EmulatorTenant tenant = claimedTenant();
		JsonNode wait = this.client.managementPost("/api/codex/connect", tenant.managementKey(), null)
			.json()
			.get("wait");
		emulator.admin().finishCodexWait(WaitOutcome.DENIED);
		JsonNode answer = poll("GET", wait).json();
		assertThat(answer.propertyNames()).containsExactly("status", "message");
		assertThat(answer.get("status").asString()).isEqualTo("denied");
		assertThat(this.client.managementGet("/api/codex", tenant.managementKey()).json().get("connected").asBoolean())
			.isFalse();
	}

	@Test
	void everyWaitVariantIsReachableOverHttp() {
		assertThat(
				this.client
					.send("PUT", "/__emulator/settings",
							Map.of("wait_blob_method", "GET", "wait_poll_interval_seconds", 5, "wait_accepts_post",
									false))
					.status())
			.isEqualTo(200);
		EmulatorTenant tenant = emulator.createTenant();
		JsonNode wait = claimUrl(tenant).get("wait");
		assertThat(wait.get("method").asString()).isEqualTo("GET");
		assertThat(wait.get("poll_interval_seconds").asInt()).isEqualTo(5);
		assertThat(poll("POST", wait).status()).isEqualTo(405);
		assertThat(this.client.post("/__emulator/waits", Map.of("tenant_id", tenant.tenantId(), "status", "approved"))
			.status()).isEqualTo(200);
		assertThat(poll("GET", wait).json().get("status").asString()).isEqualTo("approved");
		EmulatorTenant other = emulator.createTenant();
		JsonNode otherWait = claimUrl(other).get("wait");
		assertThat(this.client
			.post("/__emulator/waits",
					Map.of("wait_token", otherWait.get("auth_header").asString(), "status", "failed"))
			.status()).isEqualTo(200);
		assertThat(poll("GET", otherWait).json().get("status").asString()).isEqualTo("failed");
		assertThat(this.client.post("/__emulator/waits", Map.of("kind", "codex", "status", "cancelled")).status())
			.isEqualTo(200);
		HttpTestClient.Reply unknown = this.client.post("/__emulator/waits",
				Map.of("tenant_id", other.tenantId(), "status", "maybe"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("message").asString()).contains("denied", "approved");
		assertThat(this.client.post("/__emulator/waits", Map.of("status", "denied")).status()).isEqualTo(400);
		assertThat(this.client.send("PUT", "/__emulator/settings", Map.of("wait_blob_method", "PATCH")).status())
			.isEqualTo(400);
	}

	private JsonNode claimUrl(EmulatorTenant tenant) {
		HttpTestClient.Reply reply = this.client.managementPost("/api/claim/url", tenant.managementKey(), null);
		assertThat(reply.status()).isEqualTo(200);
		return reply.json();
	}

	private HttpTestClient.Reply poll(String method, JsonNode wait) {
		String path = wait.get("url").asString().substring(emulator.baseUrl().length());
		return this.client.send(method, path, null, "Authorization", wait.get("auth_header").asString());
	}

	private EmulatorTenant claimedTenant() {
		EmulatorTenant tenant = emulator.createTenant();
		emulator.admin().approveClaim(tenant.tenantId());
		return tenant;
	}

}
