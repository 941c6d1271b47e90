/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.emulator;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;
import ai.cohesivity.edge.EdgeClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CohesivityEmulatorAutoConfiguration}.
 */
@ExtendWith(OutputCaptureExtension.class)
class CohesivityEmulatorAutoConfigurationTests {

	private static final String APP = "coh_app_abcdefghij0123456789";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(CohesivityEmulatorAutoConfiguration.class, CohesivityAutoConfiguration.class))
		.withPropertyValues("cohesivity.credentials-file=target/no-credentials-here/.cohesivity");

	@Test
	void startsWhenNoCredentialsAreConfiguredAndEveryClientUsesIt(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(EmbeddedEmulator.class)
				.hasSingleBean(CohesivityConnectionDetails.class)
				.doesNotHaveBean("cohesivityConnectionDetails");
			EmbeddedEmulator emulator = context.getBean(EmbeddedEmulator.class);
			CohesivityConnectionDetails details = context.getBean(CohesivityConnectionDetails.class);
			assertThat(details.getBaseUrl()).isEqualTo(emulator.baseUrl()).startsWith("http://127.0.0.1:");
			assertThat(details.getApplicationKey()).startsWith("coh_app_");
			int rows = context.getBean(EdgeClient.class)
				.post("/edge/database", Map.of("query", "SELECT 42 AS answer"), true)
				.block(Duration.ofSeconds(20))
				.path("rows")
				.get(0)
				.path("answer")
				.asInt();
			assertThat(rows).isEqualTo(42);
		});
		assertThat(output.toString().split("started an embedded emulator", -1)).hasSize(2);
		assertThat(output).contains("To use the real platform").contains("cohesivity.emulator.enabled=false");
	}

	@Test
	void stopsWithTheContext() {
		URI[] baseUrl = new URI[1];
		this.runner.run((context) -> baseUrl[0] = URI.create(context.getBean(EmbeddedEmulator.class).baseUrl()));
		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> {
			try (Socket socket = new Socket(baseUrl[0].getHost(), baseUrl[0].getPort())) {
				socket.getOutputStream().write(1);
			}
		});
	}

	@Test
	void backsOffWhenKeysAreConfiguredAsProperties() {
		this.runner.withPropertyValues("cohesivity.application-key=" + APP)
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedEmulator.class)
				.hasSingleBean(CohesivityConnectionDetails.class)
				.hasBean("cohesivityConnectionDetails"));
	}

	@Test
	void backsOffWhenTheCredentialsFileHasKeys(@TempDir Path directory) throws IOException {
		Path file = Files.writeString(directory.resolve(".cohesivity"), "coh_application_key=" + APP + "\n");
		this.runner.withPropertyValues("cohesivity.credentials-file=" + file)
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedEmulator.class));
	}

	@Test
	void disabledByProperty() {
		this.runner.withPropertyValues("cohesivity.emulator.enabled=false", "cohesivity.application-key=" + APP)
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedEmulator.class));
	}

	@Test
	void disabledWithTheWholeIntegration() {
		this.runner.withPropertyValues("cohesivity.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedEmulator.class));
	}

	@Test
	void forcedOnEvenWithCredentials() {
		this.runner.withPropertyValues("cohesivity.emulator.enabled=true", "cohesivity.application-key=" + APP)
			.run((context) -> {
				assertThat(context).hasSingleBean(EmbeddedEmulator.class);
				assertThat(context.getBean(CohesivityConnectionDetails.class).getApplicationKey()).isNotEqualTo(APP);
			});
	}

	@Test
	void userConnectionDetailsWinAndNoEmulatorStarts() {
		CohesivityConnectionDetails user = new CohesivityConnectionDetails() {

			@Override
			public String getBaseUrl() {
				return "https://cohesivity.ai";
			}

			@Override
			public String getManagementKey() {
				return null;
			}

			@Override
			public String getApplicationKey() {
				return APP;
			}

			@Override
			public String getTenantId() {
				return null;
			}

		};
		this.runner.withPropertyValues("cohesivity.emulator.enabled=true")
			.withBean(CohesivityConnectionDetails.class, () -> user)
			.run((context) -> {
				assertThat(context.getBean(CohesivityConnectionDetails.class)).isSameAs(user);
				assertThat(context).doesNotHaveBean(EmbeddedEmulator.class);
			});
	}

	@Test
	void absentEmulatorDoesNotBreakStartup() {
		this.runner.withPropertyValues("cohesivity.application-key=" + APP)
			.withClassLoader(new FilteredClassLoader("ai.cohesivity.emulator"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedEmulator.class));
	}

	@Test
	void dataDirectoryKeepsTheTenantAcrossRestarts(@TempDir Path directory) {
		String[] tenants = new String[2];
		ApplicationContextRunner persistent = this.runner
			.withPropertyValues("cohesivity.emulator.data-directory=" + directory);
		persistent.run((context) -> {
			tenants[0] = context.getBean(CohesivityConnectionDetails.class).getTenantId();
			context.getBean(EdgeClient.class)
				.post("/edge/database", Map.of("query", "CREATE TABLE kept (id INTEGER)"), false)
				.block(Duration.ofSeconds(20));
		});
		persistent.run((context) -> {
			tenants[1] = context.getBean(CohesivityConnectionDetails.class).getTenantId();
			assertThat(context.getBean(EmbeddedEmulator.class).reusedTenant()).isTrue();
			context.getBean(EdgeClient.class)
				.post("/edge/database", Map.of("query", "SELECT COUNT(*) FROM kept"), true)
				.block(Duration.ofSeconds(20));
		});
		assertThat(tenants[1]).isEqualTo(tenants[0]);
	}

}
