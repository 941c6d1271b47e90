package ai.cohesivity.emulator;

import java.io.UncheckedIOException;
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
 * Latency, injected failures and connections dropped after commit, over real HTTP.
 */
class FaultInjectionTests {

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.sharedByTheClass();

	private final HttpTestClient client = emulator.client();

	private String token;

	@BeforeEach
	void newTenant() {
		EmulatorTenant tenant = emulator.createTenantWithDatabase();
		this.token = this.client.edgeToken(tenant.applicationKey());
		assertThat(this.client.sql(this.token, "CREATE TABLE events (id INTEGER PRIMARY KEY, name TEXT)").status())
			.isEqualTo(200);
	}

	@Test
	void addsAtLeastTheFixedLatency() {
		emulator.admin().latency(Duration.ofMillis(300), Duration.ofMillis(50));
		long started = System.nanoTime();
		assertThat(this.client.sql(this.token, "SELECT 1").status()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		emulator.admin().reset();
		assertThat(this.client.sql(this.token, "SELECT 1").status()).isEqualTo(200);
	}

	@Test
	void failsTheRequestedShareOfRequestsBeforeDoingAnyWork() {
		emulator.admin().failRequests("/edge/database", 503, 0.5);
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			HttpTestClient.Reply reply = this.client.sql(this.token, "INSERT INTO events (name) VALUES (?)", "e" + i);
			statuses.add(reply.status());
			if (reply.status() == 503) {
				assertThat(reply.json().get("error").get("code").asInt()).isEqualTo(503);
				assertThat(reply.header("Retry-After")).isEqualTo("1");
			}
		}
		assertThat(statuses).containsExactly(200, 503, 200, 503);
		emulator.admin().failRequests("/edge/database", 503, 0);
		JsonNode count = this.client.sql(this.token, "SELECT count(*) AS n FROM events").json();
		assertThat(count.get("rows").get(0).get("n").asInt()).isEqualTo(2);
	}

	@Test
	void injectedFailuresMayComeWithoutRetryAfter() {
		emulator.admin().failRequests("/edge/database", 503, 1.0, false);
		HttpTestClient.Reply withoutRetryAfter = this.client.sql(this.token, "SELECT 1");
		assertThat(withoutRetryAfter.status()).isEqualTo(503);
		assertThat(withoutRetryAfter.header("Retry-After")).isNull();
		assertThat(this.client
			.post("/__emulator/faults/fail",
					Map.of("path_prefix", "/edge/database", "status", 503, "rate", 1.0, "retry_after", false))
			.status()).isEqualTo(200);
		assertThat(this.client.sql(this.token, "SELECT 1").header("Retry-After")).isNull();
		assertThat(this.client
			.post("/__emulator/faults/fail", Map.of("path_prefix", "/edge/database", "status", 503, "rate", 1.0))
			.status()).isEqualTo(200);
		assertThat(this.client.sql(this.token, "SELECT 1").header("Retry-After")).isEqualTo("1");
	}

	@Test
	void injectedControlPlaneFailuresUseTheControlPlaneEnvelope() {
		emulator.admin().failRequests("/api/", 502, 1.0);
		HttpTestClient.Reply reply = this.client.post("/api/genesis");
		assertThat(reply.status()).isEqualTo(502);
		assertThat(reply.json().get("error").asString()).isEqualTo("injected_failure");
		assertThat(this.client.post("/__emulator/reset").status()).isEqualTo(200);
		assertThat(this.client.post("/api/genesis").status()).isEqualTo(201);
	}

	@Test
	void dropsTheConnectionAfterTheWriteCommitted() {
		emulator.admin().dropConnectionAfterCommit("/edge/database", 1);
		assertThatThrownBy(() -> this.client.sql(this.token, "INSERT INTO events (name) VALUES ('lost answer')"))
			.isInstanceOf(UncheckedIOException.class);
		HttpTestClient.Reply count = this.client.sql(this.token, "SELECT name FROM events");
		assertThat(count.status()).isEqualTo(200);
		assertThat(count.json().get("rowCount").asInt()).isEqualTo(1);
		assertThat(count.json().get("rows").get(0).get("name").asString()).isEqualTo("lost answer");
		assertThat(emulator.requestCount("POST", "/edge/database")).isEqualTo(3);
	}

	@Test
	void resetsTheConnectionAfterTheWriteCommitted() {
		long before = emulator.requestCount("POST", "/edge/database");
		assertThat(this.client
			.post("/__emulator/faults/drop", Map.of("path_prefix", "/edge/database", "times", 1, "reset", true))
			.status()).isEqualTo(200);
		assertThatThrownBy(() -> this.client.sql(this.token, "INSERT INTO events (name) VALUES ('reset answer')"))
			.isInstanceOf(UncheckedIOException.class)
			.rootCause()
			.hasMessageContainingAll("reset");
		HttpTestClient.Reply count = this.client.sql(this.token, "SELECT name FROM events");
		assertThat(count.json().get("rows").get(0).get("name").asString()).isEqualTo("reset answer");
		assertThat(emulator.requestCount("POST", "/edge/database") - before).isEqualTo(2);
	}

	@Test
	void faultsAreAlsoSetOverHttp() {
		HttpTestClient.Reply set = this.client.post("/__emulator/faults/fail",
				Map.of("path_prefix", "/edge/session", "status", 500, "rate", 1.0));
		assertThat(set.status()).isEqualTo(200);
		assertThat(this.client.post("/edge/session?key=whatever").status()).isEqualTo(500);
		HttpTestClient.Reply invalid = this.client.post("/__emulator/faults/fail",
				Map.of("path_prefix", "/edge/session", "status", 200, "rate", 1.0));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("message").asString()).contains("4xx or 5xx");
	}

}
