/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.core.ScriptedServer;
import ai.cohesivity.management.ManagementApi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ObservabilityPoller} against the emulator over HTTP, on virtual time: requests
 * are counted at the emulator, and simulated hours pass without waiting.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityPollerTests {

	private static final Duration INTERVAL = Duration.ofMinutes(1);

	private static final String PATH = "/api/observability";

	private final VirtualTimePolling time = new VirtualTimePolling();

	private CohesivityEmulator emulator;

	private ObservabilityPoller poller;

	@BeforeEach
	void startEmulator() {
		this.emulator = CohesivityEmulator.builder().start();
	}

	@AfterEach
	void stop() {
		if (this.poller != null) {
			this.poller.close();
		}
		this.emulator.close();
	}

	@Test
	void sendsOneRequestPerIntervalOverASimulatedHour() {
		this.poller = poller(EmulatorWorkload.claimedTenantWithDatabase(this.emulator));
		this.time.start(this.poller);
		this.time.advance(this.poller, Duration.ofHours(1));
		// one poll at start-up, then one per interval: 1 + 60
		assertThat(this.emulator.requestCount("GET", PATH)).isEqualTo(61);
		assertThat(this.poller.requestCount()).isEqualTo(61);
		assertThat(this.poller.state().phase()).isEqualTo(ObservabilityState.Phase.FRESH);
	}

	@Test
	void anOutageOfFiveIntervalsKeepsTheSnapshotAgesItAndBacksOff() {
		this.poller = poller(EmulatorWorkload.claimedTenantWithDatabase(this.emulator));
		this.time.start(this.poller);
		ObservabilitySnapshot before = this.poller.state().snapshot();
		this.emulator.admin().failRequests(PATH, 503, 1.0);
		long requestsBefore = this.emulator.requestCount("GET", PATH);
		this.time.advance(this.poller, INTERVAL.multipliedBy(5));
		// failed polls at 1 and 3 intervals (waits of 2, then 4 intervals), not 5
		assertThat(this.emulator.requestCount("GET", PATH) - requestsBefore).isEqualTo(2);
		assertThat(this.poller.failureCount(PollFailureReason.SERVER_ERROR)).isEqualTo(2);
		ObservabilityState state = this.poller.state();
		assertThat(state.phase()).isEqualTo(ObservabilityState.Phase.FAILING);
		assertThat(state.snapshot()).isSameAs(before);
		assertThat(state.isStale()).isTrue();
		assertThat(this.poller.snapshotAge()).isEqualTo(INTERVAL.multipliedBy(5));
		assertThat(state.nextPollAt()).isEqualTo(state.fetchedAt().plus(INTERVAL.multipliedBy(7)));
		this.emulator.admin().failRequests(PATH, 503, 0.0);
		this.time.advance(this.poller, INTERVAL.multipliedBy(2));
		assertThat(this.poller.state().phase()).isEqualTo(ObservabilityState.Phase.FRESH);
		assertThat(this.poller.state().snapshot()).isNotSameAs(before);
		assertThat(this.poller.snapshotAge()).isEqualTo(Duration.ZERO);
	}

	@Test
	void anEphemeralTenantMakesThePollerQuietWithOneInfoLine(CapturedOutput output) {
		EmulatorTenant ephemeral = this.emulator.createTenant();
		this.poller = poller(ephemeral);
		this.time.start(this.poller);
		this.time.advance(this.poller, Duration.ofHours(2));
		// one poll at start-up, then one every 30 minutes
		assertThat(this.emulator.requestCount("GET", PATH)).isEqualTo(5);
		assertThat(this.poller.state().phase()).isEqualTo(ObservabilityState.Phase.REQUIRES_CLAIM);
		assertThat(this.poller.state().consecutiveFailures()).isZero();
		assertThat(output.getOut().split("needs a claimed tenant", -1)).hasSize(2);
		assertThat(output).contains("ClaimClient#start()").doesNotContain("WARN");
		this.emulator.admin().approveClaim(ephemeral.tenantId());
		this.time.advance(this.poller, Duration.ofMinutes(30));
		assertThat(this.poller.state().phase()).isEqualTo(ObservabilityState.Phase.FRESH);
		assertThat(this.poller.state().snapshot()).isNotNull();
	}

	@Test
	void listenersReceiveEverySnapshotAndALateListenerTheCurrentOne() {
		this.poller = poller(EmulatorWorkload.claimedTenantWithDatabase(this.emulator));
		List<ObservabilitySnapshot> early = new CopyOnWriteArrayList<>();
		this.poller.addSnapshotListener(early::add);
		this.time.start(this.poller);
		this.time.advance(this.poller, INTERVAL.multipliedBy(2));
		assertThat(early).hasSize(3);
		List<ObservabilitySnapshot> late = new CopyOnWriteArrayList<>();
		this.poller.addSnapshotListener(late::add);
		assertThat(late).containsExactly(this.poller.state().snapshot());
	}

	@Test
	void stopsPollingWhenStopped() {
		this.poller = poller(EmulatorWorkload.claimedTenantWithDatabase(this.emulator));
		this.time.start(this.poller);
		this.poller.stop();
		this.time.advance(this.poller, Duration.ofHours(1));
		assertThat(this.emulator.requestCount("GET", PATH)).isEqualTo(1);
		assertThat(this.poller.isRunning()).isFalse();
		assertThat(this.poller.state().phase()).isEqualTo(ObservabilityState.Phase.STOPPED);
	}

	@Test
	void anInactivePollerNeverPollsAndSaysWhy(CapturedOutput output) {
		this.poller = ObservabilityPoller.inactive("no management key");
		this.poller.start();
		assertThat(this.poller.state().phase()).isEqualTo(ObservabilityState.Phase.INACTIVE);
		assertThat(this.poller.state().inactiveReason()).isEqualTo("no management key");
		assertThat(this.poller.isRunning()).isFalse();
		assertThat(output).contains("Cohesivity observability is off: no management key");
	}

	@Test
	void honoursRetryAfterOfA429AndTheRateLimitOfTheSnapshot() throws IOException {
		try (ScriptedServer server = new ScriptedServer()) {
			server.enqueue(PATH,
					ScriptedServer.json(200, "{\"limits_for_this_response\":{\"rate_limit_per_minute\":1}}"));
			server.enqueue(PATH,
					new MockResponse.Builder().code(429)
						.addHeader("Content-Type", "application/json")
						.addHeader("Retry-After", "600")
						.body("{\"error\":\"rate_limited\",\"message\":\"slow down\"}")
						.build());
			server.respond(PATH, (request) -> ScriptedServer.json(200, "{}"));
			ManagementApi api = ManagementApi.builder(server.connection("coh_man_abcdefghij0123456789", null))
				.configurer(ScriptedServer.configurer(RetrySettings.defaults()))
				.build();
			this.poller = this.time.poller(new ObservabilityClient(api), Duration.ofSeconds(10));
			this.time.start(this.poller);
			ObservabilityState afterFirst = this.poller.state();
			// rate_limit_per_minute = 1: at most one poll per minute, not every 10 s
			assertThat(afterFirst.nextPollAt()).isEqualTo(afterFirst.fetchedAt().plusSeconds(60));
			this.time.advance(this.poller, Duration.ofSeconds(60));
			ObservabilityState limited = this.poller.state();
			assertThat(limited.lastFailure().reason()).isEqualTo(PollFailureReason.RATE_LIMITED);
			assertThat(limited.nextPollAt()).isEqualTo(limited.lastFailure().at().plusSeconds(600));
			this.time.advance(this.poller, Duration.ofSeconds(599));
			assertThat(server.count(PATH)).isEqualTo(2);
			this.time.advance(this.poller, Duration.ofSeconds(1));
			assertThat(server.count(PATH)).isEqualTo(3);
		}
	}

	private ObservabilityPoller poller(EmulatorTenant tenant) {
		return this.time.poller(
				new ObservabilityClient(EmulatorWorkload.managementApi(this.emulator, tenant.managementKey())),
				INTERVAL);
	}

}
