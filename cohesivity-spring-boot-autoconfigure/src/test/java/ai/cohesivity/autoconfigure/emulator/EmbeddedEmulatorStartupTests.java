/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.emulator;

import java.nio.file.Path;

import ai.cohesivity.autoconfigure.StartupApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the embedded emulator starts, as a user starting an application sees it: only when
 * nothing at all is configured. A partial configuration fails start-up with an analysis
 * that names what is configured and what is missing, and never falls back to a throwaway
 * database.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedEmulatorStartupTests {

	@Test
	void startsWhenNothingIsConfigured(@TempDir Path directory, CapturedOutput output) {
		try (ConfigurableApplicationContext context = StartupApplications
			.run("--cohesivity.credentials-file=" + directory.resolve(".cohesivity"))) {
			assertThat(context.getBean(EmbeddedEmulator.class).baseUrl()).startsWith("http://127.0.0.1:");
		}
		assertThat(output).contains("started an embedded emulator");
	}

	@Test
	void anEmptyCredentialsFileIsNotNothing(@TempDir Path directory, CapturedOutput output) throws Exception {
		Path file = StartupApplications.dotfile(directory);
		StartupApplications.failure("--cohesivity.credentials-file=" + file);
		assertThat(output).doesNotContain("started an embedded emulator")
			.contains("APPLICATION FAILED TO START")
			.contains("Cohesivity needs an application key but none is configured")
			.contains("credentials file " + file + ": present but without this key")
			.contains("the embedded emulator starts only when nothing at all is configured")
			.contains("the credentials file " + file + " exists");
	}

	@Test
	void aCredentialsFileWithOnlyATenantIdFails(@TempDir Path directory, CapturedOutput output) throws Exception {
		Path file = StartupApplications.dotfile(directory, "tenant_id=quiet-otter-runs");
		StartupApplications.failure("--cohesivity.credentials-file=" + file);
		assertThat(output).doesNotContain("started an embedded emulator")
			.contains("APPLICATION FAILED TO START")
			.contains("credentials file " + file + ": present but without this key");
	}

	@Test
	void aBaseUrlAloneFailsAndIsNamed(@TempDir Path directory, CapturedOutput output) {
		StartupApplications.failure("--cohesivity.credentials-file=" + directory.resolve(".cohesivity"),
				"--cohesivity.base-url=http://127.0.0.1:8787");
		assertThat(output).doesNotContain("started an embedded emulator")
			.contains("APPLICATION FAILED TO START")
			.contains("property cohesivity.base-url (\"cohesivity.base-url\" from property source "
					+ "\"commandLineArgs\") is set")
			.contains("or set cohesivity.emulator.enabled=true");
	}

}
