package ai.cohesivity.emulator;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The runnable jar's arguments.
 */
class EmulatorCommandLineTest {

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
