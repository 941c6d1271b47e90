package ai.cohesivity.emulator;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tenants, keys, resources and data survive a restart with a data directory.
 */
class PersistenceTests {

	@TempDir
	Path dataDirectory;

	@Test
	void tenantsKeysResourcesAndRowsSurviveARestart() {
		EmulatorTenant tenant;
		EmulatorTenant claimed;
		try (CohesivityEmulator first = CohesivityEmulator.builder().dataDirectory(this.dataDirectory).start()) {
			HttpTestClient client = new HttpTestClient(first::baseUrl);
			tenant = first.createTenant();
			first.provision(tenant.tenantId(), "database", Map.of("write_region", "eu"));
			String token = client.edgeToken(tenant.applicationKey());
			assertThat(client
				.sql(token,
						"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
								+ " INSERT INTO notes (body) VALUES ('kept'), ('also kept')")
				.status()).isEqualTo(200);
			claimed = first.createTenant();
			first.admin().approveClaim(claimed.tenantId());
		}
		assertThat(this.dataDirectory.resolve("tenants.json")).isRegularFile();
		assertThat(this.dataDirectory.resolve(tenant.tenantId() + ".db")).isRegularFile();
		try (CohesivityEmulator second = CohesivityEmulator.builder().dataDirectory(this.dataDirectory).start()) {
			HttpTestClient client = new HttpTestClient(second::baseUrl);
			JsonNode status = client.managementGet("/api/status", tenant.managementKey()).json();
			assertThat(status.get("account").get("tenant_id").asString()).isEqualTo(tenant.tenantId());
			assertThat(status.get("resources").get(0).get("write_region").asString()).isEqualTo("weur");
			assertThat(status.get("bucket_usage").get("database").get("rows_written_used_all_time").asLong())
				.isEqualTo(2);
			String token = client.edgeToken(tenant.applicationKey());
			JsonNode rows = client.sql(token, "SELECT body FROM notes ORDER BY id").json();
			assertThat(rows.get("rowCount").asInt()).isEqualTo(2);
			assertThat(rows.get("rows").get(1).get("body").asString()).isEqualTo("also kept");
			assertThat(second.tenant(claimed.tenantId()).lifecycle()).isEqualTo("claimed");
			assertThat(second.tenant(claimed.tenantId()).expiresAt()).isNull();
			assertThat(second.tenant(tenant.tenantId()).expiresAt()).isEqualTo(tenant.expiresAt());
		}
	}

	@Test
	void theWalletAndUsageRollupsSurviveARestart() {
		EmulatorTenant tenant;
		try (CohesivityEmulator first = CohesivityEmulator.builder().dataDirectory(this.dataDirectory).start()) {
			HttpTestClient client = new HttpTestClient(first::baseUrl);
			tenant = first.createTenant();
			first.admin().approveClaim(tenant.tenantId());
			client.managementPost("/api/agents", tenant.managementKey(),
					Map.of("agent_type", "hermes", "plan", "starter"));
			for (int i = 0; i < 3; i++) {
				client.post("/edge/managed-agents/v1/chat/completions?key=" + tenant.applicationKey(),
						Map.of("messages", List.of(Map.of("role", "user", "content", "hi"))));
			}
			client.managementPost("/api/billing/topup", tenant.managementKey(), Map.of("amount_cents", 700));
		}
		try (CohesivityEmulator second = CohesivityEmulator.builder().dataDirectory(this.dataDirectory).start()) {
			HttpTestClient client = new HttpTestClient(second::baseUrl);
			JsonNode snapshot = client.managementGet("/api/observability", tenant.managementKey()).json();
			assertThat(snapshot.get("account").get("wallet").get("balance_cents").asLong()).isEqualTo(500 + 700 - 3);
			assertThat(snapshot.get("tenants").get(0).get("usage").get("event_count").asInt()).isEqualTo(3);
			assertThat(
					client.managementGet("/api/agents", tenant.managementKey()).json().get("provisioned").asBoolean())
				.isTrue();
		}
	}

	@Test
	void deprovisioningDeletesTheDatabaseFile() throws Exception {
		try (CohesivityEmulator emulator = CohesivityEmulator.builder().dataDirectory(this.dataDirectory).start()) {
			HttpTestClient client = new HttpTestClient(emulator::baseUrl);
			EmulatorTenant tenant = emulator.createTenant();
			emulator.provision(tenant.tenantId(), "database");
			Path file = this.dataDirectory.resolve(tenant.tenantId() + ".db");
			assertThat(file).isRegularFile();
			assertThat(client.delete("/api/resources/database", "Authorization", "Bearer " + tenant.managementKey())
				.status()).isEqualTo(200);
			assertThat(Files.exists(file)).isFalse();
		}
	}

	@Test
	void closeFreesThePortAndCanBeCalledTwice() throws Exception {
		CohesivityEmulator emulator = CohesivityEmulator.builder().dataDirectory(this.dataDirectory).start();
		int port = emulator.port();
		emulator.close();
		emulator.close();
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			assertThat(socket.getLocalPort()).isEqualTo(port);
		}
		try (CohesivityEmulator again = CohesivityEmulator.builder().port(port).start()) {
			assertThat(again.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
		}
	}

	@Test
	void refusesToStartOnAnUnreadableTenantsFileAndLeavesItAlone() throws Exception {
		Path file = this.dataDirectory.resolve("tenants.json");
		Files.writeString(file, "{\"tenants\": [ {\"tenant_id\": ");
		assertThatIllegalStateException()
			.isThrownBy(() -> CohesivityEmulator.builder().dataDirectory(this.dataDirectory).start())
			.withMessageContaining("tenants.json")
			.withMessageContaining("left untouched");
		assertThat(Files.readString(file)).isEqualTo("{\"tenants\": [ {\"tenant_id\": ");
	}

}
