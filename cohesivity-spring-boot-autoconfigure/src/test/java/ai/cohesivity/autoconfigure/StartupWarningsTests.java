/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up warnings a user sees, counted in the output of a real
 * {@code SpringApplication.run}: each appears exactly once per start.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupWarningsTests {

	@RegisterExtension
	static final TenantEmulator fixture = TenantEmulator.ephemeralWithDatabase();

	@Test
	void permissionAndExpiryWarningsAppearOncePerStart(@TempDir Path directory, CapturedOutput output)
			throws Exception {
		Path file = StartupApplications.dotfile(directory, "tenant_id=" + fixture.tenant().tenantId(),
				"coh_management_key=" + fixture.tenant().managementKey(),
				"coh_application_key=" + fixture.tenant().applicationKey(),
				"expires_at=" + Instant.now().plus(Duration.ofHours(3)), "tenant_lifecycle=ephemeral");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		try (ConfigurableApplicationContext context = StartupApplications.run("--cohesivity.credentials-file=" + file,
				"--cohesivity.base-url=" + fixture.baseUrl())) {
			assertThat(context.isRunning()).isTrue();
		}
		assertThat(StartupApplications.occurrences(output, "is accessible by group or others")).isOne();
		assertThat(StartupApplications.occurrences(output, "is ephemeral and expires at")).isOne();
	}

}
