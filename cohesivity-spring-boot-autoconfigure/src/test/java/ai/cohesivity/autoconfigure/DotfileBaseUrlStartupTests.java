/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Path;

import ai.cohesivity.database.EdgeDatabaseOperations;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * From a standalone emulator to an application, as the docs tell it: write the genesis
 * dotfile (which carries {@code base_url}), start the application, and it talks to that
 * emulator — no property needed.
 */
@ExtendWith(OutputCaptureExtension.class)
class DotfileBaseUrlStartupTests {

	@RegisterExtension
	static final TenantEmulator fixture = TenantEmulator.ephemeralWithDatabase();

	@Test
	void writeTheFileStartTheApp(@TempDir Path directory) throws Exception {
		EmulatorTenant tenant = fixture.emulator().createTenant();
		fixture.emulator().provision(tenant.tenantId(), "database");
		Path file = StartupApplications.dotfile(directory, genesisDotfile(tenant));
		long mintsBefore = fixture.emulator().requestCount("POST", "/edge/session");
		try (ConfigurableApplicationContext context = StartupApplications
			.run("--cohesivity.credentials-file=" + file)) {
			EdgeDatabaseOperations database = context.getBean(EdgeDatabaseOperations.class);
			assertThat(database.queryForObject("SELECT 6 * 7", Integer.class)).isEqualTo(42);
		}
		assertThat(fixture.emulator().requestCount("POST", "/edge/session")).isGreaterThan(mintsBefore);
	}

	@Test
	void notProvisionedNamesTheStarterPropertyAndTheHttpCall(@TempDir Path directory, CapturedOutput output)
			throws Exception {
		EmulatorTenant tenant = fixture.emulator().createTenant();
		Path file = StartupApplications.dotfile(directory, genesisDotfile(tenant));
		try (ConfigurableApplicationContext context = StartupApplications
			.run("--cohesivity.credentials-file=" + file)) {
			EdgeDatabaseOperations database = context.getBean(EdgeDatabaseOperations.class);
			assertThatExceptionOfType(DataAccessResourceFailureException.class)
				.isThrownBy(() -> database.queryForObject("SELECT 1", Integer.class))
				.withMessageContaining("cohesivity.database.provision-on-startup=true")
				.withMessageContaining("POST /api/resources/database");
		}
	}

	@Test
	void notProvisionedAtStartUpIsAnAnalysisNamingBothFixes(@TempDir Path directory, CapturedOutput output)
			throws Exception {
		EmulatorTenant tenant = fixture.emulator().createTenant();
		Path file = StartupApplications.dotfile(directory, genesisDotfile(tenant));
		StartupApplications.failure("--cohesivity.credentials-file=" + file, "--cohesivity.database.init.mode=always",
				"--cohesivity.database.init.schema-locations="
						+ "classpath:ai/cohesivity/autoconfigure/database/schema.sql");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Service not provisioned")
			.contains("set cohesivity.database.provision-on-startup=true")
			.contains("POST /api/resources/database");
	}

	/**
	 * The dotfile a standalone emulator's genesis writes: the documented keys and the
	 * emulator's origin as {@code base_url}.
	 */
	private static String genesisDotfile(EmulatorTenant tenant) {
		assertThat(tenant.dotfile()).contains("base_url=" + fixture.baseUrl());
		return tenant.dotfile();
	}

}
