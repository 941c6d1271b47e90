package ai.cohesivity.emulator;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The runnable jar's arguments.
 */
class EmulatorCommandLineTests {

	@TempDir
	Path directory;

	@Test
	void startsWithTheGivenPortDataDirectoryAndProfile() {
		try (CohesivityEmulator emulator = EmulatorCommandLine
			.parse("--port", "0", "--data-dir", this.directory.toString(), "--wire-profile", "full")
			.start()) {
			HttpTestClient client = new HttpTestClient(emulator::baseUrl);
			EmulatorTenant tenant = emulator.createTenant();
			emulator.provision(tenant.tenantId(), "database");
			assertThat(client.sql(client.edgeToken(tenant.applicationKey()), "SELECT 1 AS one").json().has("meta"))
				.isTrue();
			assertThat(this.directory.resolve("tenants.json")).isRegularFile();
		}
	}

	@Test
	void aRestartOnTheSameDataDirectoryKeepsTenantsAndRows() {
		String[] arguments = { "--port", "0", "--data-dir", this.directory.toString() };
		EmulatorTenant tenant;
		try (CohesivityEmulator emulator = EmulatorCommandLine.parse(arguments).start()) {
			HttpTestClient client = new HttpTestClient(emulator::baseUrl);
			tenant = emulator.createTenant();
			emulator.provision(tenant.tenantId(), "database");
			assertThat(client
				.sql(client.edgeToken(tenant.applicationKey()),
						"CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('kept')")
				.status()).isEqualTo(200);
		}
		try (CohesivityEmulator emulator = EmulatorCommandLine.parse(arguments).start()) {
			HttpTestClient client = new HttpTestClient(emulator::baseUrl);
			JsonNode rows = client
				.post("/edge/database?key=" + tenant.applicationKey(), Map.of("query", "SELECT body FROM notes"))
				.json();
			assertThat(rows.get("rows").get(0).get("body").asString()).isEqualTo("kept");
		}
	}

	@Test
	void rejectsUnknownOrIncompleteArgumentsWithTheUsage() {
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorCommandLine.parse("--verbose"))
			.withMessageContaining("--verbose")
			.withMessageContaining("Usage:");
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorCommandLine.parse("--port"))
			.withMessageContaining("needs a value");
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorCommandLine.parse("--port", "http"))
			.withMessageContaining("'http'");
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorCommandLine.parse("--wire-profile", "max"))
			.withMessageContaining("--wire-profile");
		assertThatIllegalArgumentException().isThrownBy(() -> EmulatorCommandLine.parse("--port", "70000"))
			.withMessageContaining("70000");
	}

}
