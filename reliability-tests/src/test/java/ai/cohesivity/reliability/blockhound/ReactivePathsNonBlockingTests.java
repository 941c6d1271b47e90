/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability.blockhound;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.health.contributor.Health;
import org.springframework.dao.TransientDataAccessResourceException;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.edge.EdgeTokenProvider;
import ai.cohesivity.health.CohesivityHealthIndicator;
import ai.cohesivity.management.ManagementApi;
import ai.cohesivity.management.StatusClient;
import ai.cohesivity.observability.ObservabilityClient;
import ai.cohesivity.observability.ObservabilityPoller;
import ai.cohesivity.observability.ObservabilityPollerSettings;
import ai.cohesivity.observability.ObservabilityState;
import ai.cohesivity.reliability.Figures;
import ai.cohesivity.reliability.SuiteSecrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The starter's reactive paths never block a non-blocking thread: with BlockHound
 * installed, 600 reactive database calls, 32 at a time (token mints, a revocation and the
 * renewal it causes, 503s on 10 % of them: reads retried with backoff, writes refused and
 * not retried), the observability poller on its own scheduler and the reactive health
 * check all complete; and BlockHound is shown to be armed: a deliberate
 * {@code Thread.sleep} in a response callback on the same event loops fails with
 * {@link BlockingOperationError}. The emulator runs in a process of its own, so that only
 * the starter's threads are judged.
 */
@ExtendWith(SuiteSecrets.class)
class ReactivePathsNonBlockingTests {

	private static final int CALLS = 600;

	private static EmulatorProcess emulator;

	private static CohesivityConnection connection;

	@BeforeAll
	static void start() throws Exception {
		BlockHound.install();
		emulator = EmulatorProcess.start();
		JsonNode tenant = emulator.post("/__emulator/tenants", "{}");
		String tenantId = tenant.path("tenant_id").asString();
		emulator.post("/__emulator/tenants/" + tenantId + "/resources/database", "{}");
		emulator.post("/__emulator/tenants/" + tenantId + "/claim", "{}");
		connection = CohesivityConnection.of(emulator.baseUrl(), tenant.path("coh_management_key").asString(),
				tenant.path("coh_application_key").asString());
		SuiteSecrets.secret(connection.managementKey());
		SuiteSecrets.secret(connection.applicationKey());
	}

	@AfterAll
	static void stop() throws InterruptedException {
		emulator.close();
	}

	@Test
	void reactivePathsNeverBlockAndBlockHoundIsArmed() throws Exception {
		// Six attempts per read: with one request in ten refused and 32 calls
		// interleaved, a read meets three refusals in a row about once in a thousand
		// reads, which would fail this run by chance; six, about once in a million.
		CohesivityClientConfigurer configurer = CohesivityClientConfigurer.builder()
			.retrySettings(new RetrySettings(6, Duration.ofMillis(20), Duration.ofMillis(80), Duration.ofSeconds(5)))
			.build();
		ManagementApi api = ManagementApi.builder(connection).configurer(configurer).build();
		ObservabilityPoller poller = new ObservabilityPoller(new ObservabilityClient(api),
				new ObservabilityPollerSettings(Duration.ofMillis(200), 0, Duration.ofSeconds(5), Duration.ofSeconds(5),
						ObservabilityPollerSettings.DEFAULT_QUERY));
		AtomicLong refusedWrites = new AtomicLong();
		List<String> unexpected = new CopyOnWriteArrayList<>();
		long start = System.nanoTime();
		try (EdgeTokenProvider tokens = EdgeTokenProvider.builder(connection).configurer(configurer).build();
				EdgeClient edge = EdgeClient.builder(connection).configurer(configurer).tokenProvider(tokens).build()) {
			poller.start();
			ReactiveEdgeDatabaseClient database = ReactiveEdgeDatabaseClient.create(edge);
			database.sql("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)").then().block(Duration.ofSeconds(30));
			// an overloaded gateway's 503, without Retry-After: reads back off and retry
			emulator.post("/__emulator/faults/fail",
					"{\"path_prefix\": \"/edge/database\", \"status\": 503, \"rate\": 0.1, \"retry_after\": false}");
			List<Long> answers = Flux.range(0, CALLS).flatMap((i) -> {
				if (i == CALLS / 2) {
					// every token revoked mid-run: the renewal runs on the event loops
					// too
					return Mono.fromCallable(() -> emulator.post("/__emulator/edge-tokens/revoke", "{}"))
						.subscribeOn(Schedulers.boundedElastic())
						.thenReturn(-1L);
				}
				boolean write = i % 4 == 0;
				Mono<Long> call = write ? database.sql("INSERT INTO items (name) VALUES (:name)")
					.bind("name", "n" + i)
					.fetch()
					.rowsUpdated() : database.sql("SELECT count(*) FROM items").mapValue(Long.class).one();
				return call.onErrorResume((failure) -> {
					SuiteSecrets.raised(failure);
					if (write && isRefusal(failure)) {
						refusedWrites.incrementAndGet();
						return Mono.just(-3L);
					}
					unexpected.add((write ? "write: " : "read: ") + failure);
					return Mono.just(-2L);
				});
			}, 32).collectList().block(Duration.ofSeconds(120));
			emulator.post("/__emulator/faults/fail",
					"{\"path_prefix\": \"/edge/database\", \"status\": 503, \"rate\": 0}");
			CohesivityHealthIndicator health = CohesivityHealthIndicator.builder()
				.status(new StatusClient(api))
				.edgeSession(tokens)
				.databaseProbe(edge)
				.observability(poller)
				.cacheTtl(Duration.ZERO)
				.build();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (poller.state().phase() != ObservabilityState.Phase.FRESH && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			Health status = health.health().block(Duration.ofSeconds(30));
			Throwable deliberate = Exceptions
				.unwrap(catchThrowable(() -> edge.post("/edge/database", Map.of("query", "SELECT 1"), true)
					.doOnNext((answer) -> sleep())
					.block(Duration.ofSeconds(30))));
			Figures.print("reactive paths under BlockHound", "reactive calls", CALLS - 1,
					"writes refused with 503 (not retried)", refusedWrites.get(), "other failures", unexpected, "mints",
					tokens.state().mints(), "poller", poller.state().phase(), "health", status.getStatus(),
					"deliberate Thread.sleep on the event loop", (deliberate != null)
							? deliberate.getClass().getSimpleName() + ": " + deliberate.getMessage() : "not caught",
					"elapsed", Figures.since(start));
			assertThat(answers).hasSize(CALLS);
			assertThat(unexpected)
				.as("failed reads, writes failed otherwise than refused (a blocking call fails with BlockingOperationError)")
				.isEmpty();
			assertThat(tokens.state().mints()).as("a mint, and one after the revocation").isGreaterThanOrEqualTo(2);
			assertThat(poller.state().phase()).isEqualTo(ObservabilityState.Phase.FRESH);
			assertThat(status.getStatus().getCode()).isEqualTo("UP");
			assertThat(deliberate).as("BlockHound catches a deliberate blocking call")
				.isInstanceOf(BlockingOperationError.class)
				.hasMessageContaining("Thread.sleep");
		}
		finally {
			poller.stop();
		}
	}

	/** A write refused with 503 before it was executed: transient, not retried. */
	private static boolean isRefusal(Throwable failure) {
		return failure instanceof TransientDataAccessResourceException
				&& failure.getCause() instanceof CohesivityApiException api && api.status() == 503;
	}

	private static void sleep() {
		try {
			Thread.sleep(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
