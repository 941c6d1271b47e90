package ai.cohesivity.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Managed agents, Codex, OpenAI-compatible chat (JSON and SSE) and billing, over real
 * HTTP.
 */
class AgentsAndBillingTests {

	private static final String CHAT = "/edge/managed-agents/v1/chat/completions";

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.freshForEachTest();

	private final HttpTestClient client = emulator.client();

	private EmulatorTenant tenant;

	@BeforeEach
	void newTenant() {
		this.tenant = emulator.createTenant();
	}

	@Test
	void accountFeaturesNeedAClaimedTenant() {
		for (String path : List.of("/api/agents", "/api/codex/connect", "/api/billing/topup")) {
			HttpTestClient.Reply reply = this.client.managementPost(path, this.tenant.managementKey(),
					Map.of("agent_type", "hermes", "plan", "starter", "amount_cents", 500));
			assertThat(reply.status()).as(path).isEqualTo(403);
			assertThat(reply.json().get("error").asString()).isEqualTo("requires_claim");
		}
		assertThat(this.client.managementGet("/api/managed-agents", this.tenant.managementKey())
			.json()
			.get("eligible")
			.asBoolean()).isFalse();
	}

	@Test
	void provisionsAStarterAgentWithAFreeFirstMonth() {
		claim();
		JsonNode catalog = this.client.managementGet("/api/managed-agents", this.tenant.managementKey()).json();
		assertThat(catalog.get("eligible").asBoolean()).isTrue();
		assertThat(catalog.get("model_source").asString()).isEqualTo("ai-gateway");
		assertThat(catalog.get("catalog").get(0).get("agent_type").asString()).isEqualTo("hermes");
		HttpTestClient.Reply reply = this.client.managementPost("/api/agents", this.tenant.managementKey(),
				Map.of("agent_type", "hermes", "plan", "starter"));
		assertThat(reply.status()).isEqualTo(201);
		JsonNode body = reply.json();
		assertThat(body.propertyNames()).containsExactly("status", "address", "monthly_fee_cents", "next_charge_at",
				"trial");
		assertThat(body.get("status").asString()).isEqualTo("active");
		assertThat(body.get("monthly_fee_cents").asInt()).isEqualTo(1200);
		assertThat(body.get("trial").asBoolean()).isTrue();
		JsonNode status = this.client.managementGet("/api/agents", this.tenant.managementKey()).json();
		assertThat(status.get("provisioned").asBoolean()).isTrue();
		assertThat(status.get("plan").asString()).isEqualTo("starter");
		assertThat(this.client
			.managementPost("/api/agents", this.tenant.managementKey(), Map.of("agent_type", "hermes", "plan", "gold"))
			.status()).isEqualTo(400);
		HttpTestClient.Reply deleted = this.client.delete("/api/agents", "Authorization",
				"Bearer " + this.tenant.managementKey());
		assertThat(deleted.json().get("status").asString()).isEqualTo("paused");
		assertThat(deleted.json().has("retention_until")).isTrue();
	}

	@Test
	void aProAgentIsChargedToTheWalletOrRefusedWith402() {
		claim();
		HttpTestClient.Reply refused = this.client.managementPost("/api/agents", this.tenant.managementKey(),
				Map.of("agent_type", "hermes", "plan", "pro"));
		assertThat(refused.status()).isEqualTo(402);
		assertThat(refused.json().get("error").asString()).isEqualTo("insufficient_credits");
		assertThat(refused.json().get("topup_url").asString()).isNotBlank();
		this.client.managementPost("/api/billing/topup", this.tenant.managementKey(), Map.of("amount_cents", 2000));
		assertThat(this.client
			.managementPost("/api/agents", this.tenant.managementKey(), Map.of("agent_type", "hermes", "plan", "pro"))
			.status()).isEqualTo(201);
		JsonNode wallet = this.client.managementGet("/api/observability", this.tenant.managementKey())
			.json()
			.get("account")
			.get("wallet");
		assertThat(wallet.get("balance_cents").asLong()).isEqualTo(500 + 2000 - 2000);
		assertThat(wallet.get("this_month_spent_cents").asLong()).isEqualTo(2000);
	}

	@Test
	void chatCompletionAnswersJsonWithModelHeaders() {
		provisionAgent();
		HttpTestClient.Reply reply = this.client.post(CHAT + "?key=" + this.tenant.applicationKey(),
				Map.of("messages", List.of(Map.of("role", "user", "content", "Hello agent"))));
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("x-cohesivity-model")).isEqualTo("openai/gpt-5.4");
		assertThat(reply.header("x-cohesivity-model-source")).isEqualTo("ai-gateway");
		JsonNode body = reply.json();
		assertThat(body.get("object").asString()).isEqualTo("chat.completion");
		assertThat(body.get("model").asString()).isEqualTo("openai/gpt-5.4");
		JsonNode message = body.get("choices").get(0).get("message");
		assertThat(message.get("role").asString()).isEqualTo("assistant");
		assertThat(message.get("content").asString()).endsWith("You said: Hello agent");
		assertThat(body.get("choices").get(0).get("finish_reason").asString()).isEqualTo("stop");
		assertThat(body.get("usage").get("total_tokens").asInt()).isPositive();
		HttpTestClient.Reply again = this.client.post(CHAT + "?key=" + this.tenant.applicationKey(),
				Map.of("messages", List.of(Map.of("role", "user", "content", "Hello agent"))));
		assertThat(again.json().get("choices")).isEqualTo(body.get("choices"));
	}

	@Test
	void streamingAnswersSseChunksEndingInDone() {
		provisionAgent();
		String token = this.client.edgeToken(this.tenant.applicationKey());
		HttpTestClient.Reply reply = this.client.post(CHAT,
				Map.of("stream", true, "messages", List.of(Map.of("role", "user", "content", "Stream me"))),
				"Authorization", "Bearer " + token);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).startsWith("text/event-stream");
		String[] frames = reply.body().split("\n\n");
		assertThat(frames[frames.length - 1]).isEqualTo("data: [DONE]");
		StringBuilder content = new StringBuilder();
		List<String> finishReasons = new ArrayList<>();
		for (int i = 0; i < frames.length - 1; i++) {
			assertThat(frames[i]).startsWith("data: {");
			JsonNode chunk = HttpTestClient.JSON.readTree(frames[i].substring(6));
			assertThat(chunk.get("object").asString()).isEqualTo("chat.completion.chunk");
			JsonNode choice = chunk.get("choices").get(0);
			content.append(choice.get("delta").path("content").asString(""));
			if (!choice.get("finish_reason").isNull()) {
				finishReasons.add(choice.get("finish_reason").asString());
			}
		}
		assertThat(content.toString()).endsWith("You said: Stream me");
		assertThat(finishReasons).containsExactly("stop");
	}

	@Test
	void modelIsNotASelector() {
		provisionAgent();
		HttpTestClient.Reply reply = this.client.post(CHAT + "?key=" + this.tenant.applicationKey(),
				Map.of("model", "gpt-4o", "messages", List.of(Map.of("role", "user", "content", "hi"))));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("error").asString()).isEqualTo("model_not_selectable");
		assertThat(reply.json().get("message").asString()).contains("openai/gpt-5.4");
		Map<String, Object> exactModel = Map.of("model", "openai/gpt-5.4", "messages",
				List.of(Map.of("role", "user", "content", "hi")));
		assertThat(this.client.post(CHAT + "?key=" + this.tenant.applicationKey(), exactModel).status()).isEqualTo(200);
	}

	@Test
	void aColdAgentAnswers503AgentStartingOnce() {
		emulator.admin().agentColdStart(true);
		provisionAgent();
		Map<String, Object> body = Map.of("messages", List.of(Map.of("role", "user", "content", "wake up")));
		HttpTestClient.Reply cold = this.client.post(CHAT + "?key=" + this.tenant.applicationKey(), body);
		assertThat(cold.status()).isEqualTo(503);
		assertThat(cold.json().get("error").asString()).isEqualTo("agent_starting");
		assertThat(cold.header("Retry-After")).isEqualTo("30");
		assertThat(this.client.post(CHAT + "?key=" + this.tenant.applicationKey(), body).status()).isEqualTo(200);
		emulator.admin().advanceClock(Duration.ofMinutes(21));
		assertThat(this.client.post(CHAT + "?key=" + this.tenant.applicationKey(), body).status()).isEqualTo(503);
	}

	@Test
	void theColdStartsRetryAfterIsSettable() {
		this.client.send("PUT", "/__emulator/settings",
				Map.of("agent_cold_start", true, "agent_cold_start_retry_after_seconds", 1));
		provisionAgent();
		Map<String, Object> body = Map.of("messages", List.of(Map.of("role", "user", "content", "wake up")));
		HttpTestClient.Reply cold = this.client.post(CHAT + "?key=" + this.tenant.applicationKey(), body);
		assertThat(cold.status()).isEqualTo(503);
		assertThat(cold.header("Retry-After")).isEqualTo("1");
	}

	@Test
	void aStreamCanBreakOffBeforeDoneAndIsReadChunkByChunk() throws Exception {
		provisionAgent();
		this.client.send("PUT", "/__emulator/settings", Map.of("agent_stream_break_after_chunks", 3));
		Map<String, Object> body = Map.of("stream", true, "messages", List.of(Map.of("role", "user", "content", "hi")));
		HttpResponse<InputStream> broken = this.client.sendForStream("POST",
				CHAT + "?key=" + this.tenant.applicationKey(), body);
		assertThat(broken.statusCode()).isEqualTo(200);
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		assertThatThrownBy(() -> broken.body().transferTo(received)).isInstanceOf(IOException.class);
		String frames = received.toString(StandardCharsets.UTF_8);
		assertThat(frames.split("\n\n")).hasSize(3).allMatch((frame) -> frame.startsWith("data: {"));
		assertThat(frames).doesNotContain("[DONE]");
		emulator.admin().agentStream(Duration.ofMillis(200), null);
		HttpResponse<InputStream> slow = this.client.sendForStream("POST",
				CHAT + "?key=" + this.tenant.applicationKey(), body);
		byte[] first = slow.body().readNBytes(6);
		assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("data: ");
		slow.body().close();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (emulator.admin().agentStreamsCancelled() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(emulator.admin().agentStreamsCancelled()).as("the closed connection cancelled the stream")
			.isEqualTo(1);
	}

	@Test
	void chatNeedsAProvisionedAgent() {
		claim();
		HttpTestClient.Reply reply = this.client.post(CHAT + "?key=" + this.tenant.applicationKey(),
				Map.of("messages", List.of(Map.of("role", "user", "content", "hi"))));
		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.json().get("error").get("message").asString()).contains("POST /api/agents");
	}

	@Test
	void codexConnectionSwitchesTheModelSource() {
		provisionAgent();
		JsonNode connect = this.client.managementPost("/api/codex/connect", this.tenant.managementKey(), null).json();
		assertThat(connect.get("user_code").asString()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
		assertThat(connect.has("verification_uri")).isTrue();
		assertThat(connect.has("security_settings_url")).isTrue();
		String authHeader = connect.get("wait").get("auth_header").asString();
		assertThat(this.client.send("POST", "/api/wait", null, "Authorization", authHeader)
			.json()
			.get("status")
			.asString()).isEqualTo("pending");
		emulator.admin().approveCodexConnection();
		assertThat(this.client.send("POST", "/api/wait", null, "Authorization", authHeader)
			.json()
			.get("status")
			.asString()).isEqualTo("completed");
		assertThat(this.client.managementGet("/api/codex", this.tenant.managementKey())
			.json()
			.get("connected")
			.asBoolean()).isTrue();
		HttpTestClient.Reply chat = this.client.post(CHAT + "?key=" + this.tenant.applicationKey(),
				Map.of("messages", List.of(Map.of("role", "user", "content", "hi"))));
		assertThat(chat.header("x-cohesivity-model")).isEqualTo("gpt-5.5");
		assertThat(chat.header("x-cohesivity-model-source")).isEqualTo("codex");
		JsonNode disconnected = this.client.managementPost("/api/codex/disconnect", this.tenant.managementKey(), null)
			.json();
		assertThat(disconnected.get("model_source").asString()).isEqualTo("ai-gateway");
	}

	@Test
	void topupAndSubscriptionShowInWalletAndObservability() {
		claim();
		HttpTestClient.Reply invalid = this.client.managementPost("/api/billing/topup", this.tenant.managementKey(),
				Map.of("amount_cents", 100));
		assertThat(invalid.status()).isEqualTo(400);
		HttpTestClient.Reply topup = this.client.managementPost("/api/billing/topup", this.tenant.managementKey(),
				Map.of("amount_cents", 1500));
		assertThat(topup.status()).isEqualTo(200);
		assertThat(topup.json().get("checkout_url").asString()).startsWith(emulator.baseUrl());
		assertThat(topup.json().get("balance_cents").asLong()).isEqualTo(2000);
		JsonNode subscription = this.client
			.managementPost("/api/billing/subscription", this.tenant.managementKey(), Map.of("plan", "plus"))
			.json();
		assertThat(subscription.get("checkout_url").asString()).isNotBlank();
		JsonNode snapshot = this.client
			.managementGet("/api/observability?include=ledger,notifications", this.tenant.managementKey())
			.json();
		assertThat(snapshot.get("account").get("plan").asString()).isEqualTo("plus");
		assertThat(snapshot.get("account").get("subscription").get("status").asString()).isEqualTo("active");
		assertThat(snapshot.get("account").get("wallet").get("this_month_topup_cents").asLong()).isEqualTo(1500);
		assertThat(snapshot.get("ledger").get("items").get(0).get("amount_cents").asLong()).isEqualTo(1500);
		HttpTestClient.Reply cancel = this.client.managementPost("/api/billing/subscription/cancel",
				this.tenant.managementKey(), null);
		assertThat(cancel.json().get("subscription").get("cancel_at_period_end").asBoolean()).isTrue();
		JsonNode after = this.client.managementGet("/api/observability", this.tenant.managementKey()).json();
		assertThat(after.get("advisories").toString()).contains("subscription_will_cancel");
		assertThat(this.client.managementPost("/api/billing/subscription/cancel", this.tenant.managementKey(), null)
			.status()).isEqualTo(404);
	}

	@Test
	void aiGatewayChatCostsShowInTheWallet() {
		provisionAgent();
		for (int i = 0; i < 3; i++) {
			this.client.post(CHAT + "?key=" + this.tenant.applicationKey(),
					Map.of("messages", List.of(Map.of("role", "user", "content", "hi " + i))));
		}
		JsonNode snapshot = this.client.managementGet("/api/observability", this.tenant.managementKey()).json();
		assertThat(snapshot.get("account").get("wallet").get("this_month_spent_cents").asLong()).isEqualTo(3);
		assertThat(snapshot.get("account_cost").get("by_service").toString()).contains("managed-agents");
		assertThat(snapshot.get("tenants").get(0).get("usage").get("event_count").asInt()).isEqualTo(3);
	}

	@Test
	void aStreamDroppedAfterTheAgentAnsweredIsStillMetered() {
		provisionAgent();
		emulator.admin().dropConnectionAfterCommit(CHAT, 1);
		Map<String, Object> body = Map.of("stream", true, "messages", List.of(Map.of("role", "user", "content", "hi")));
		assertThatThrownBy(() -> this.client.post(CHAT + "?key=" + this.tenant.applicationKey(), body))
			.isInstanceOf(UncheckedIOException.class);
		assertThat(this.client.post(CHAT + "?key=" + this.tenant.applicationKey(), body).status()).isEqualTo(200);
		JsonNode snapshot = this.client.managementGet("/api/observability", this.tenant.managementKey()).json();
		assertThat(snapshot.get("tenants").get(0).get("usage").get("event_count").asInt()).isEqualTo(2);
	}

	@Test
	void beyondItsMonthlyBucketDatabaseBuysOveruseBlocksOrPausesWith402UntilATopUp() {
		claim();
		emulator.provision(this.tenant.tenantId(), "database");
		emulator.admin().claimedD1Buckets(10_000_000, 5);
		String key = this.tenant.managementKey();
		this.client.managementPost("/api/billing/topup", key, Map.of("amount_cents", 1500));
		assertThat(
				this.client.managementPost("/api/agents", key, Map.of("agent_type", "hermes", "plan", "pro")).status())
			.isEqualTo(201);
		String token = this.client.edgeToken(this.tenant.applicationKey());
		assertThat(this.client.sql(token, "CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3), (4), (5)").status())
			.isEqualTo(200);
		assertThat(this.client.sql(token, "INSERT INTO t VALUES (6)").status()).as("crosses the bucket").isEqualTo(200);
		HttpTestClient.Reply paused = this.client.sql(token, "SELECT count(*) AS n FROM t");
		assertThat(paused.status()).isEqualTo(402);
		assertThat(paused.json().get("error").get("code").asInt()).isEqualTo(402);
		assertThat(paused.json().get("topup_url").asString()).isEqualTo(emulator.baseUrl() + "/api/billing/topup");
		JsonNode snapshot = this.client.managementGet("/api/observability?include=buckets,notifications", key).json();
		JsonNode rowsWritten = snapshot.get("shared_buckets").get(0);
		assertThat(rowsWritten.get("metric").asString()).isEqualTo("rows_written");
		assertThat(rowsWritten.get("limit").asLong()).isEqualTo(5);
		assertThat(rowsWritten.get("paused").asBoolean()).isTrue();
		assertThat(snapshot.get("notifications").toString()).contains("offering_paused");
		assertThat(this.client.managementPost("/api/billing/topup", key, Map.of("amount_cents", 500)).status())
			.isEqualTo(200);
		JsonNode rows = this.client.sql(token, "SELECT count(*) AS n FROM t").json();
		assertThat(rows.get("rows").get(0).get("n").asInt()).isEqualTo(6);
		JsonNode wallet = this.client.managementGet("/api/observability", key).json().get("account").get("wallet");
		assertThat(wallet.get("balance_cents").asLong()).isEqualTo(500 + 1500 - 2000 + 500 - 100);
	}

	private void claim() {
		emulator.admin().approveClaim(this.tenant.tenantId());
	}

	private void provisionAgent() {
		claim();
		assertThat(this.client
			.managementPost("/api/agents", this.tenant.managementKey(),
					Map.of("agent_type", "hermes", "plan", "starter"))
			.status()).isEqualTo(201);
	}

}
