/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong or damaged key, as a user starting an application sees it: the analysis names
 * the key, where it came from and what to do — and never the key.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadKeyStartupTests {

	private static final String WRONG_APPLICATION_KEY = "coh_app_wrongwrongwrongwrong0";

	private static final String WRONG_MANAGEMENT_KEY = "coh_man_wrongwrongwrongwrong0";

	private static final String SCHEMA = "--cohesivity.database.init.schema-locations="
			+ "classpath:ai/cohesivity/autoconfigure/database/schema.sql";

	@RegisterExtension
	static final TenantEmulator fixture = TenantEmulator.ephemeralWithDatabase();

	@Test
	void wrongApplicationKeyFromAPropertyDuringSchemaInitialization(@TempDir Path directory, CapturedOutput output) {
		StartupApplications.failure("--cohesivity.credentials-file=" + directory.resolve(".cohesivity"),
				"--cohesivity.base-url=" + fixture.baseUrl(), "--cohesivity.application-key=" + WRONG_APPLICATION_KEY,
				SCHEMA);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Cohesivity rejected the application key (HTTP 401")
			.contains("The application key comes from property cohesivity.application-key "
					+ "(\"cohesivity.application-key\" from property source \"commandLineArgs\")")
			.contains("It was sent to " + fixture.baseUrl())
			.contains("unset it to use the file")
			.doesNotContain(WRONG_APPLICATION_KEY);
	}

	@Test
	void wrongApplicationKeyFromTheCredentialsFile(@TempDir Path directory, CapturedOutput output) throws Exception {
		Path file = StartupApplications.dotfile(directory, "tenant_id=" + fixture.tenant().tenantId(),
				"coh_application_key=" + WRONG_APPLICATION_KEY, "base_url=" + fixture.baseUrl());
		StartupApplications.failure("--cohesivity.credentials-file=" + file, SCHEMA);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Cohesivity rejected the application key")
			.contains("The application key comes from the credentials file " + file + " (coh_application_key)")
			.doesNotContain(WRONG_APPLICATION_KEY);
	}

	@Test
	void wrongManagementKeyWhileProvisioning(@TempDir Path directory, CapturedOutput output) throws Exception {
		Path file = StartupApplications.dotfile(directory, "tenant_id=" + fixture.tenant().tenantId(),
				"coh_management_key=" + WRONG_MANAGEMENT_KEY,
				"coh_application_key=" + fixture.tenant().applicationKey(), "base_url=" + fixture.baseUrl());
		StartupApplications.failure("--cohesivity.credentials-file=" + file,
				"--cohesivity.database.provision-on-startup=true");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Cohesivity rejected the management key")
			.contains("The management key comes from the credentials file " + file + " (coh_management_key)")
			.contains("It was sent to " + fixture.baseUrl() + " (base_url in " + file + ")")
			.doesNotContain(WRONG_MANAGEMENT_KEY)
			.doesNotContain(fixture.tenant().applicationKey());
	}

	@Test
	void keyPropertyWithAControlCharacterIsRefusedWhenRead(@TempDir Path directory, CapturedOutput output) {
		String damaged = "coh_app_abcdefghij\u0007klmnopqrs";
		StartupApplications.failure("--cohesivity.credentials-file=" + directory.resolve(".cohesivity"),
				"--cohesivity.base-url=" + fixture.baseUrl(), "--cohesivity.application-key=" + damaged);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The Cohesivity application key set by property cohesivity.application-key "
					+ "(\"cohesivity.application-key\" from property source \"commandLineArgs\") holds "
					+ "a control character (U+0007) at position 19")
			.doesNotContain("abcdefghij");
	}

	@Test
	void keyInTheFileWithASpaceIsRefusedWhenRead(@TempDir Path directory, CapturedOutput output) throws Exception {
		Path file = StartupApplications.dotfile(directory, "coh_application_key=\"coh_app_abcdefghij klmnopqrs\"",
				"base_url=" + fixture.baseUrl());
		StartupApplications.failure("--cohesivity.credentials-file=" + file);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The Cohesivity credentials file " + file + " cannot be used: coh_application_key holds "
					+ "whitespace (U+0020) at position 19")
			.doesNotContain("abcdefghij");
	}

}
