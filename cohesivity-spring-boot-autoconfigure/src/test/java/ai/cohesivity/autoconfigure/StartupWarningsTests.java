/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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

	private static CohesivityEmulator emulator;

	private static EmulatorTenant tenant;

	@BeforeAll
	static void startEmulator() {
		emulator = CohesivityEmulator.builder().start();
		tenant = emulator.createTenant();
		emulator.provision(tenant.tenantId(), "database");
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void permissionAndExpiryWarningsAppearOncePerStart(@TempDir Path directory, CapturedOutput output)
			throws Exception {
		Path file = StartupApplications.dotfile(directory, "tenant_id=" + tenant.tenantId(),
				"coh_management_key=" + tenant.managementKey(), "coh_application_key=" + tenant.applicationKey(),
				"expires_at=" + Instant.now().plus(Duration.ofHours(3)), "tenant_lifecycle=ephemeral");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		try (ConfigurableApplicationContext context = StartupApplications.run("--cohesivity.credentials-file=" + file,
				"--cohesivity.base-url=" + emulator.baseUrl())) {
			assertThat(context.isRunning()).isTrue();
		}
		assertThat(StartupApplications.occurrences(output, "is accessible by group or others")).isOne();
		assertThat(StartupApplications.occurrences(output, "is ephemeral and expires at")).isOne();
	}

}
