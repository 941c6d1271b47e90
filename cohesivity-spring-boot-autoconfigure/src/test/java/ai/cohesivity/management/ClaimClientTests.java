/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
		this.server.enqueue("/api/claim/url", ScriptedServer.json(200, "{\"approval_url\":\"" + this.server.baseUrl()
				+ "/c/tok123\",\"wait\":{\"url\":\"" + waitUrl + "\",\"auth_header\":\"Bearer wait-secret\"}}"));
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

}
