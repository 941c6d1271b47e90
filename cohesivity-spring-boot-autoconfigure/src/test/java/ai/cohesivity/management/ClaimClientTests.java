/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityClientSettings;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.ScriptedServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ClaimClient}.
 */
class ClaimClientTests {

	private ScriptedServer server;

	private ClaimClient claims;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
		ManagementApi api = ManagementApi.builder(this.server.connection(ResourcesClientTests.MAN, null))
			.configurer(ScriptedServer.configurer(ResourcesClientTests.FAST))
			.build();
		this.claims = new ClaimClient(api);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	private void claimUrl(String waitUrl) {
		claimUrl(waitUrl, "");
	}

	private void claimUrl(String waitUrl, String moreWaitFields) {
		this.server.enqueue("/api/claim/url",
				ScriptedServer.json(200,
						"{\"approval_url\":\"" + this.server.baseUrl() + "/c/tok123\",\"wait\":{\"url\":\"" + waitUrl
								+ "\",\"auth_header\":\"Bearer wait-secret\"" + moreWaitFields + "}}"));
	}

	private ClaimStart started() {
		return this.claims.start().block(Duration.ofSeconds(10));
	}

	@Test
	void startThenWaitUntilClaimed() {
		claimUrl(this.server.baseUrl() + "/api/wait");
		this.server.enqueue("/api/wait", ScriptedServer.json(200, "{\"status\":\"pending\"}"))
			.enqueue("/api/wait", ScriptedServer.json(200, "{\"status\":\"pending\"}"))
			.enqueue("/api/wait", ScriptedServer.json(200,
					"{\"status\":\"claimed\",\"tenant_id\":\"brave-otter-runs\",\"tenant_lifecycle\":\"claimed\"}"));
		ClaimStart claim = this.claims.start().block(Duration.ofSeconds(10));
		assertThat(claim.approvalUrl()).endsWith("/c/tok123");
		assertThat(claim.toString()).doesNotContain("wait-secret");
		ClaimResult result = this.claims.awaitClaimed(claim, Duration.ofMillis(20), Duration.ofSeconds(10))
			.block(Duration.ofSeconds(15));
		assertThat(result.tenantId()).isEqualTo("brave-otter-runs");
		assertThat(result.lifecycle()).isEqualTo("claimed");
		assertThat(this.server.count("/api/wait")).isEqualTo(3);
		assertThat(this.server.requests().get(0).getHeaders().get("Authorization"))
			.isEqualTo("Bearer " + ResourcesClientTests.MAN);
		assertThat(this.server.requests().get(1).getHeaders().get("Authorization")).isEqualTo("Bearer wait-secret");
	}

	@Test
	void waitTimesOutWithTheApprovalUrl() {
		claimUrl(this.server.baseUrl() + "/api/wait");
		this.server.respond("/api/wait", (request) -> ScriptedServer.json(200, "{\"status\":\"pending\"}"));
		ClaimStart claim = this.claims.start().block(Duration.ofSeconds(10));
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> this.claims.awaitClaimed(claim, Duration.ofMillis(20), Duration.ofMillis(300))
				.block(Duration.ofSeconds(10)))
			.withMessageContaining("was not approved within")
			.withMessageContaining("/c/tok123");
	}

	@Test
	void waitTokenIsNeverSentToAnotherOrigin() {
		claimUrl("https://evil.example.com/api/wait");
		ClaimStart claim = this.claims.start().block(Duration.ofSeconds(10));
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> this.claims.awaitClaimed(claim, Duration.ofMillis(20), Duration.ofSeconds(1)).block())
			.withMessageContaining("Refusing to send the claim's wait token to https://evil.example.com");
		assertThat(this.server.count("/api/wait")).isZero();
	}

	@Test
	void completedIsASuccessToo() {
		claimUrl(this.server.baseUrl() + "/api/wait");
		this.server.enqueue("/api/wait", ScriptedServer.json(200, "{\"status\":\"pending\"}"))
			.enqueue("/api/wait",
					ScriptedServer.json(200, "{\"status\":\"completed\",\"tenant_id\":\"brave-otter-runs\"}"));
		ClaimResult result = this.claims.awaitClaimed(started(), Duration.ofMillis(20), Duration.ofSeconds(10))
			.block(Duration.ofSeconds(15));
		assertThat(result.tenantId()).isEqualTo("brave-otter-runs");
		assertThat(result.status()).isEqualTo("completed");
		assertThat(this.server.count("/api/wait")).isEqualTo(2);
	}

	@Test
	void approvedIsASuccessToo() {
		claimUrl(this.server.baseUrl() + "/api/wait");
		this.server.enqueue("/api/wait", ScriptedServer.json(200, "{\"status\":\"approved\"}"));
		ClaimResult result = this.claims.awaitClaimed(started(), Duration.ofMillis(20), Duration.ofSeconds(10))
			.block(Duration.ofSeconds(15));
		assertThat(result.status()).isEqualTo("approved");
		assertThat(this.server.count("/api/wait")).isOne();
	}

	@ParameterizedTest
	@ValueSource(strings = { "expired", "denied", "cancelled", "failed" })
	void aFailedWaitFailsAtOnceWithItsStatus(String status) {
		claimUrl(this.server.baseUrl() + "/api/wait");
		this.server.enqueue("/api/wait", ScriptedServer.json(200, "{\"status\":\"pending\"}"))
			.respond("/api/wait", (request) -> ScriptedServer.json(200,
					"{\"status\":\"" + status + "\",\"message\":\"The claim " + status + " on the server\"}"));
		ClaimStart claim = started();
		assertThatExceptionOfType(WaitFailedException.class)
			.isThrownBy(() -> this.claims.awaitClaimed(claim, Duration.ofMillis(20), Duration.ofMinutes(5))
				.block(Duration.ofSeconds(15)))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(status);
				assertThat(ex.body().path("status").stringValue()).isEqualTo(status);
			})
			.withMessageContaining("The claim " + status + " on the server")
			.withMessageContaining("start a new claim");
		assertThat(this.server.count("/api/wait")).isEqualTo(2);
	}

	@Test
	void unknownStatusesKeepPolling() {
		claimUrl(this.server.baseUrl() + "/api/wait");
		this.server.enqueue("/api/wait", ScriptedServer.json(200, "{\"status\":\"waiting_for_human\"}"))
			.enqueue("/api/wait", ScriptedServer.json(200, "{}"))
			.enqueue("/api/wait", ScriptedServer.json(200, "{\"status\":\"claimed\"}"));
		ClaimResult result = this.claims.awaitClaimed(started(), Duration.ofMillis(20), Duration.ofSeconds(10))
			.block(Duration.ofSeconds(15));
		assertThat(result.status()).isEqualTo("claimed");
		assertThat(this.server.count("/api/wait")).isEqualTo(3);
	}

	@Test
	void aGetOnlyServerIsPolledWithGetAfterItsFirst405() {
		claimUrl(this.server.baseUrl() + "/api/wait");
		this.server.respond("/api/wait", (request) -> switch (request.getMethod()) {
			case "GET" -> (this.server.count("/api/wait") < 3) ? ScriptedServer.json(200, "{\"status\":\"pending\"}")
					: ScriptedServer.json(200, "{\"status\":\"completed\"}");
			default -> new MockResponse.Builder().code(405)
				.addHeader("Allow", "GET")
				.addHeader("Content-Type", "application/json")
				.body("{\"error\":\"method_not_allowed\"}")
				.build();
		});
		ClaimResult result = this.claims.awaitClaimed(started(), Duration.ofMillis(20), Duration.ofSeconds(10))
			.block(Duration.ofSeconds(15));
		assertThat(result.status()).isEqualTo("completed");
		List<String> methods = waitMethods();
		assertThat(methods).containsExactly("POST", "GET", "GET");
		assertThat(this.server.requests().get(2).getHeaders().get("Authorization")).isEqualTo("Bearer wait-secret");
	}

	@Test
	void theBlobsMethodIsUsedFromTheFirstPoll() {
		claimUrl(this.server.baseUrl() + "/api/wait", ",\"method\":\"GET\"");
		this.server.enqueue("/api/wait", ScriptedServer.json(200, "{\"status\":\"pending\"}"))
			.enqueue("/api/wait", ScriptedServer.json(200, "{\"status\":\"claimed\"}"));
		this.claims.awaitClaimed(started(), Duration.ofMillis(20), Duration.ofSeconds(10))
			.block(Duration.ofSeconds(15));
		assertThat(waitMethods()).containsExactly("GET", "GET");
		assertThat(this.server.requests().get(1).getBodySize()).isZero();
	}

	@Test
	void theBlobsPollIntervalWinsOverTheDefault() {
		claimUrl(this.server.baseUrl() + "/api/wait", ",\"method\":\"POST\",\"poll_interval_seconds\":1");
		this.server.respond("/api/wait", (request) -> ScriptedServer.json(200, "{\"status\":\"pending\"}"));
		ClaimStart claim = started();
		assertThat(claim.waitBlob().pollInterval()).isEqualTo(Duration.ofSeconds(1));
		assertThatExceptionOfType(WaitTimedOutException.class)
			.isThrownBy(() -> this.claims.awaitClaimed(claim, Duration.ofMillis(10), Duration.ofMillis(1500))
				.block(Duration.ofSeconds(15)));
		// 10 ms apart the client would poll ~150 times in 1.5 s; 1 s apart at most twice
		assertThat(this.server.count("/api/wait")).isBetween(1, 2);
	}

	@Test
	void aLongPollOutlivesTheOrdinaryReadTimeout() throws IOException {
		try (ScriptedServer slow = new ScriptedServer()) {
			CohesivityClientConfigurer shortReads = CohesivityClientConfigurer.builder()
				.retrySettings(ResourcesClientTests.FAST)
				.settings(CohesivityClientSettings.defaults().withReadTimeout(Duration.ofMillis(300)))
				.build();
			ClaimClient claims = new ClaimClient(ManagementApi.builder(slow.connection(ResourcesClientTests.MAN, null))
				.configurer(shortReads)
				.build());
			slow.enqueue("/api/claim/url",
					ScriptedServer.json(200, "{\"approval_url\":\"" + slow.baseUrl() + "/c/tok\",\"wait\":{\"url\":\""
							+ slow.baseUrl() + "/api/wait\",\"auth_header\":\"Bearer wait-secret\"}}"));
			slow.respond("/api/wait",
					(request) -> new MockResponse.Builder().code(200)
						.addHeader("Content-Type", "application/json")
						.body("{\"status\":\"claimed\"}")
						.headersDelay(1200, TimeUnit.MILLISECONDS)
						.build());
			ClaimStart claim = claims.start().block(Duration.ofSeconds(10));
			ClaimResult result = claims.awaitClaimed(claim, Duration.ofMillis(20), Duration.ofSeconds(20))
				.block(Duration.ofSeconds(25));
			assertThat(result.status()).isEqualTo("claimed");
			assertThat(slow.count("/api/wait")).isOne();
		}
	}

	private List<String> waitMethods() {
		return this.server.requests()
			.stream()
			.filter((request) -> request.getUrl().encodedPath().equals("/api/wait"))
			.map(RecordedRequest::getMethod)
			.toList();
	}

}
