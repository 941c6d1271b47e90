/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import ai.cohesivity.emulator.WaitOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ai.cohesivity.core.CohesivityClaimRequiredException;
import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.management.ManagementApi;
import ai.cohesivity.management.WaitCompletion;
import ai.cohesivity.management.WaitFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The managed-agents, Codex and chat clients, built with their builders, against the
 * emulator over real HTTP.
 */
class AgentsEmulatorTests {

	private static final String CHAT = AgentChatClient.PATH;

	private static final RetrySettings FAST = new RetrySettings(3, Duration.ofMillis(10), Duration.ofMillis(50),
			Duration.ofSeconds(5));

	private CohesivityEmulator emulator;

	private EmulatorTenant tenant;

	private ManagementApi api;

	private AgentChatClient chat;

	@BeforeEach
	void start() {
		this.emulator = CohesivityEmulator.builder().start();
		this.tenant = this.emulator.createTenant();
		CohesivityConnection connection = CohesivityConnection.of(this.emulator.baseUrl(), this.tenant.managementKey(),
				this.tenant.applicationKey());
		CohesivityClientConfigurer configurer = CohesivityClientConfigurer.builder().retrySettings(FAST).build();
		this.api = ManagementApi.builder(connection).configurer(configurer).build();
		this.chat = AgentChatClient.builder(connection).configurer(configurer).build();
	}

	@AfterEach
	void stop() {
		this.chat.close();
		this.emulator.close();
	}

	private ManagedAgentsClient agents() {
		return new ManagedAgentsClient(this.api);
	}

	private void claimAndProvision() {
		this.emulator.admin().approveClaim(this.tenant.tenantId());
		agents().provision(AgentPlan.STARTER).block(Duration.ofSeconds(10));
	}

	@Test
	void anEphemeralTenantIsToldToClaimFirst() {
		assertThatExceptionOfType(CohesivityClaimRequiredException.class)
			.isThrownBy(() -> agents().provision(AgentPlan.STARTER).block(Duration.ofSeconds(10)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(403))
			.withMessageContaining("claimed accounts only")
			.withMessageContaining("ClaimClient.start()");
		assertThatExceptionOfType(CohesivityClaimRequiredException.class)
			.isThrownBy(() -> new CodexClient(this.api).connect().block(Duration.ofSeconds(10)));
		ManagedAgentsCatalog catalog = agents().catalog().block(Duration.ofSeconds(10));
		assertThat(catalog.eligible()).isFalse();
		assertThat(catalog.agentTypes()).containsExactly("hermes");
	}

	@Test
	void provisionReadUnprovision() {
		this.emulator.admin().approveClaim(this.tenant.tenantId());
		ManagedAgentsClient agents = agents();
		assertThat(agents.catalog().block(Duration.ofSeconds(10)).eligible()).isTrue();
		assertThat(agents.status().block(Duration.ofSeconds(10)).provisioned()).isFalse();
		AgentProvisioning provisioned = agents.provision(AgentPlan.STARTER).block(Duration.ofSeconds(10));
		assertThat(provisioned.status()).isEqualTo("active");
		assertThat(provisioned.trial()).isTrue();
		assertThat(provisioned.monthlyFeeCents()).isEqualTo(1200);
		assertThat(provisioned.nextChargeAt()).isAfter(Instant.now());
		AgentStatus status = agents.status().block(Duration.ofSeconds(10));
		assertThat(status.provisioned()).isTrue();
		assertThat(status.plan()).isEqualTo("starter");
		assertThat(status.agentType()).isEqualTo("hermes");
		AgentUnprovisioning paused = agents.unprovision().block(Duration.ofSeconds(10));
		assertThat(paused.status()).isEqualTo("paused");
		assertThat(paused.retentionUntil()).isAfter(Instant.now().plus(Duration.ofDays(14)));
		assertThat(agents.status().block(Duration.ofSeconds(10)).provisioned()).isFalse();
		assertThat(this.emulator.requestCount("POST", "/api/agents")).isOne();
	}

	@Test
	void codexConnectCompletesWhenTheHumanApproves() throws Exception {
		claimAndProvision();
		CodexClient codex = new CodexClient(this.api, Duration.ofMillis(50), Duration.ofMinutes(1));
		this.emulator.admin().waitBlob("POST", null);
		CodexDeviceCode code = codex.connect().block(Duration.ofSeconds(10));
		assertThat(code.userCode()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
		assertThat(code.verificationUri()).startsWith(this.emulator.baseUrl());
		assertThat(code.securitySettingsUrl()).isNotEmpty();
		assertThat(code.toString()).doesNotContain(code.waitBlob().authorization());
		CompletableFuture<WaitCompletion> connected = codex.awaitConnected(code).toFuture();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.emulator.requestCount("POST", "/api/wait") >= 2);
		assertThat(connected).isNotDone();
		this.emulator.admin().approveCodexConnection();
		assertThat(connected.get(10, TimeUnit.SECONDS).status()).isEqualTo("completed");
		CodexStatus status = codex.status().block(Duration.ofSeconds(10));
		assertThat(status.connected()).isTrue();
		assertThat(status.modelSource()).isEqualTo("codex");
		CodexStatus disconnected = codex.disconnect().block(Duration.ofSeconds(10));
		assertThat(disconnected.connected()).isFalse();
	}

	@Test
	void aDeniedCodexConnectionFailsAtOnce() {
		claimAndProvision();
		this.emulator.admin().finishCodexWait(WaitOutcome.DENIED);
		CodexClient codex = new CodexClient(this.api, Duration.ofMillis(50), Duration.ofMinutes(5));
		CodexDeviceCode code = codex.connect().block(Duration.ofSeconds(10));
		assertThatExceptionOfType(WaitFailedException.class)
			.isThrownBy(() -> codex.awaitConnected(code).block(Duration.ofSeconds(20)))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo("denied"))
			.withMessageContaining("CodexClient.connect()");
		assertThat(this.emulator.requestCount("POST", "/api/wait")).isOne();
	}

	@Test
	void wholeAnswerBlockingAndAsMono() {
		claimAndProvision();
		ChatCompletion answer = this.chat.call(ChatCompletionRequest.of("Hello agent"));
		assertThat(answer.content()).isEqualTo("Emulated Hermes agent received 1 message(s). You said: Hello agent");
		assertThat(answer.choices().get(0).finishReason()).isEqualTo("stop");
		assertThat(answer.usage().totalTokens()).isPositive();
		assertThat(answer.servedModel().model()).isEqualTo("openai/gpt-5.4");
		assertThat(answer.servedModel().source()).isNotBlank();
		ChatCompletion again = this.chat
			.complete(ChatCompletionRequest.builder().system("Be brief").user("Second").maxTokens(50).build())
			.block(Duration.ofSeconds(20));
		assertThat(again.content()).endsWith("received 2 message(s). You said: Second");
	}

	@Test
	void streamedChunksArriveInOrderAndMakeTheWholeAnswer() {
		claimAndProvision();
		ChatCompletionRequest request = ChatCompletionRequest.of("Stream this please");
		String whole = this.chat.call(request).content();
		List<ChatCompletionChunk> chunks = this.chat.stream(request).collectList().block(Duration.ofSeconds(20));
		assertThat(chunks).hasSizeGreaterThan(3);
		assertThat(chunks.get(0).choices().get(0).role()).isEqualTo("assistant");
		assertThat(chunks.get(chunks.size() - 1).choices().get(0).finishReason()).isEqualTo("stop");
		assertThat(chunks.stream().map(ChatCompletionChunk::content).collect(Collectors.joining())).isEqualTo(whole);
		assertThat(chunks).allSatisfy((chunk) -> assertThat(chunk.servedModel().model()).isEqualTo("openai/gpt-5.4"));
	}

	@Test
	void aStreamThatBreaksBeforeDoneFailsAndIsNotSentAgain() {
		claimAndProvision();
		this.emulator.admin().agentStream(Duration.ZERO, 3);
		List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> this.chat.stream(ChatCompletionRequest.of("break"))
				.doOnNext((chunk) -> seen.add(chunk.content()))
				.blockLast(Duration.ofSeconds(20)));
		assertThat(seen).hasSize(3);
		assertThat(this.emulator.requestCount("POST", CHAT)).as("no retry after the first byte").isOne();
	}

	@Test
	void cancellingTheFluxStopsTheRequestAtTheEmulator() {
		claimAndProvision();
		this.emulator.admin().agentStream(Duration.ofMillis(300), null);
		List<ChatCompletionChunk> firstTwo = this.chat.stream(ChatCompletionRequest.of("a long answer"))
			.take(2)
			.collectList()
			.block(Duration.ofSeconds(20));
		assertThat(firstTwo).hasSize(2);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.emulator.admin().agentStreamsCancelled() == 1);
	}

	@Test
	void aStartingAgentIsAskedAgainAfterItsRetryAfter() {
		this.emulator.admin().agentColdStart(true);
		this.emulator.admin().agentColdStartRetryAfter(Duration.ofSeconds(1));
		claimAndProvision();
		List<ChatCompletionChunk> chunks = this.chat.stream(ChatCompletionRequest.of("wake up"))
			.collectList()
			.block(Duration.ofSeconds(20));
		assertThat(chunks.stream().map(ChatCompletionChunk::content).collect(Collectors.joining()))
			.endsWith("You said: wake up");
		assertThat(this.emulator.requestCount("POST", CHAT)).as("one 503 agent_starting, then the answer").isEqualTo(2);
	}

	@Test
	void aModelThatIsNotTheAgentsIsATypedErrorNamingTheAgentsModel() {
		claimAndProvision();
		assertThatExceptionOfType(ModelNotSelectableException.class)
			.isThrownBy(() -> this.chat.call(ChatCompletionRequest.builder().model("gpt-4o").user("hi").build()))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(400);
				assertThat(ex.requestedModel()).isEqualTo("gpt-4o");
				assertThat(ex.agentModel()).isEqualTo("openai/gpt-5.4");
			})
			.withMessageContaining("leave model out");
		assertThat(this.chat.call(ChatCompletionRequest.builder().model("openai/gpt-5.4").user("hi").build()).content())
			.endsWith("You said: hi");
	}

}
