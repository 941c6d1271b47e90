/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.autoconfigure.EmulatorContexts;
import ai.cohesivity.core.CohesivityNetworkException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The auto-configured {@link EdgeClient} against the emulator over real HTTP.
 */
class EdgeClientEmulatorTests {

	private static CohesivityEmulator emulator;

	private EmulatorTenant tenant;

	private long sessionsBefore;

	private long queriesBefore;

	@BeforeAll
	static void startEmulator() {
		emulator = CohesivityEmulator.builder().start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@BeforeEach
	void createTenant() {
		this.tenant = emulator.createTenant();
		emulator.provision(this.tenant.tenantId(), "database");
		this.sessionsBefore = emulator.requestCount("POST", "/edge/session");
		this.queriesBefore = emulator.requestCount("POST", "/edge/database");
	}

	@AfterEach
	void resetSettings() {
		emulator.admin().edgeTokenTtl(Duration.ofSeconds(60));
	}

	private long sessions() {
		return emulator.requestCount("POST", "/edge/session") - this.sessionsBefore;
	}

	private long queries() {
		return emulator.requestCount("POST", "/edge/database") - this.queriesBefore;
	}

	private static JsonNode query(EdgeClient client, String sql, boolean idempotent) {
		return client.post("/edge/database", Map.of("query", sql), idempotent).block(Duration.ofSeconds(20));
	}

	@Test
	void hundredConcurrentCallersCauseOneMint() {
		EmulatorContexts.runner(emulator, this.tenant).run((context) -> {
			EdgeTokenProvider tokens = context.getBean(EdgeTokenProvider.class);
			List<String> values = Flux.range(0, 100)
				.flatMap((i) -> tokens.token(), 100)
				.collectList()
				.block(Duration.ofSeconds(20));
			assertThat(values).hasSize(100).containsOnly(values.get(0));
			assertThat(sessions()).isEqualTo(1);
			List<JsonNode> results = Flux.range(0, 100)
				.flatMap((i) -> context.getBean(EdgeClient.class)
					.post("/edge/database", Map.of("query", "SELECT ? AS n", "params", List.of(i)), true), 32)
				.collectList()
				.block(Duration.ofSeconds(30));
			assertThat(results).hasSize(100);
			assertThat(sessions()).isEqualTo(1);
		});
	}

	@Test
	void tokensAreRefreshedBeforeExpiryWithoutAFailedCall() {
		emulator.admin().edgeTokenTtl(Duration.ofSeconds(2));
		EmulatorContexts.runner(emulator, this.tenant).run((context) -> {
			EdgeClient client = context.getBean(EdgeClient.class);
			int calls = 0;
			long end = System.nanoTime() + Duration.ofMillis(4500).toNanos();
			while (System.nanoTime() < end) {
				assertThat(query(client, "SELECT 1 AS n", true).path("rows").get(0).path("n").asInt()).isEqualTo(1);
				calls++;
				Thread.sleep(50);
			}
			assertThat(queries()).as("no call was repeated").isEqualTo(calls);
			assertThat(sessions()).as("tokens were refreshed").isGreaterThanOrEqualTo(3);
		});
	}

	@Test
	void rejectedTokenLeadsToOneReMintAndOneRetry() {
		EmulatorContexts.runner(emulator, this.tenant).run((context) -> {
			EdgeClient client = context.getBean(EdgeClient.class);
			query(client, "SELECT 1", true);
			emulator.admin().advanceClock(Duration.ofMinutes(2));
			assertThat(query(client, "SELECT 2 AS n", false).path("rows").get(0).path("n").asInt()).isEqualTo(2);
			assertThat(sessions()).isEqualTo(2);
			assertThat(queries()).isEqualTo(3);
		});
	}

	@Test
	void writeWhoseAnswerWasLostIsNotRepeated() {
		EmulatorContexts.runner(emulator, this.tenant).run((context) -> {
			EdgeClient client = context.getBean(EdgeClient.class);
			query(client, "CREATE TABLE orders (id INTEGER PRIMARY KEY, item TEXT)", false);
			emulator.admin().dropConnectionAfterCommit("/edge/database", 1);
			assertThatExceptionOfType(CohesivityNetworkException.class)
				.isThrownBy(() -> query(client, "INSERT INTO orders (item) VALUES ('book')", false))
				.satisfies((ex) -> assertThat(ex.mayHaveReachedServer()).isTrue());
			assertThat(query(client, "SELECT COUNT(*) AS c FROM orders", true).path("rows").get(0).path("c").asInt())
				.isEqualTo(1);
		});
	}

	@Test
	void keyParameterModeWorksWithoutSessions() {
		EmulatorContexts.runner(emulator, this.tenant)
			.withPropertyValues("cohesivity.edge.session-tokens=false")
			.run((context) -> {
				query(context.getBean(EdgeClient.class), "SELECT 1", true);
				assertThat(sessions()).isZero();
				assertThat(queries()).isEqualTo(1);
			});
	}

}
