/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.emulator;

import java.nio.file.Path;

import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;
import ai.cohesivity.autoconfigure.StartupApplications;
import ai.cohesivity.database.EdgeDatabaseOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development-time pattern: a main class in {@code src/test} runs the application
 * with {@code SpringApplication.from(…).with(CohesivityEmulatorConfiguration.class)}, and
 * it runs on an embedded emulator whatever the working directory's {@code .cohesivity}
 * says.
 */
@ExtendWith(OutputCaptureExtension.class)
class CohesivityEmulatorConfigurationTests {

	private static final String REAL_KEY = "coh_app_realrealrealrealreal";

	@Test
	void fromWithRunsTheApplicationOnTheEmulator(@TempDir Path directory, CapturedOutput output) throws Exception {
		Path file = StartupApplications.dotfile(directory, "coh_application_key=" + REAL_KEY);
		try (ConfigurableApplicationContext context = SpringApplication.from(UserApplication::main)
			.with(CohesivityEmulatorConfiguration.class)
			.run("--cohesivity.credentials-file=" + file, "--spring.main.web-application-type=none")
			.getApplicationContext()) {
			CohesivityConnectionDetails details = context.getBean(CohesivityConnectionDetails.class);
			assertThat(details.getBaseUrl()).isEqualTo(context.getBean(EmbeddedEmulator.class).baseUrl());
			assertThat(details.getApplicationKey()).isNotEqualTo(REAL_KEY);
			assertThat(context.getBean(EdgeDatabaseOperations.class).queryForObject("SELECT 1 + 1", Integer.class))
				.isEqualTo(2);
		}
		assertThat(StartupApplications.occurrences(output, "started an embedded emulator")).isOne();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class UserApplication {

		public static void main(String[] args) {
			SpringApplication.run(UserApplication.class, args);
		}

	}

}
