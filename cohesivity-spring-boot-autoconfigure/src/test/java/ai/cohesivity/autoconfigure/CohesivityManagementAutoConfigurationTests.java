/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.ScriptedServer;
import ai.cohesivity.management.ClaimClient;
import ai.cohesivity.management.ResourcesClient;
import ai.cohesivity.management.StatusClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the control-plane part of {@link CohesivityAutoConfiguration}: management
 * clients, opt-in genesis and the expiry warning.
 */
@ExtendWith(OutputCaptureExtension.class)
class CohesivityManagementAutoConfigurationTests {

	private static final String MAN = "coh_man_0123456789abcdefghij";

	private static final String APP = "coh_app_abcdefghij0123456789";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CohesivityAutoConfiguration.class))
		.withPropertyValues("cohesivity.emulator.enabled=false");

	@Test
	void createsTheManagementClients(@TempDir Path directory) {
		this.runner
			.withPropertyValues("cohesivity.application-key=" + APP, "cohesivity.management-key=" + MAN,
					"cohesivity.credentials-file=" + directory.resolve(".cohesivity"))
			.run((context) -> assertThat(context).hasSingleBean(ResourcesClient.class)
				.hasSingleBean(StatusClient.class)
				.hasSingleBean(ClaimClient.class));
	}

	@Test
	void managementCallWithoutAManagementKeyFailsClearly(@TempDir Path directory) {
		this.runner
			.withPropertyValues("cohesivity.application-key=" + APP,
					"cohesivity.credentials-file=" + directory.resolve(".cohesivity"))
			.run((context) -> assertThatExceptionOfType(MissingCohesivityCredentialsException.class)
				.isThrownBy(() -> context.getBean(StatusClient.class).status().block())
				.withMessageContaining("No Cohesivity management key is configured: set cohesivity.management-key"));
	}

	@Test
	void genesisIsOffByDefault(@TempDir Path directory) throws IOException {
		try (ScriptedServer server = new ScriptedServer()) {
			this.runner
				.withPropertyValues("cohesivity.base-url=" + server.baseUrl(),
						"cohesivity.credentials-file=" + directory.resolve(".cohesivity"))
				.run((context) -> assertThat(context).hasFailed());
			assertThat(server.count("/api/genesis")).isZero();
		}
	}

	@Test
	void enabledGenesisCreatesTheTenantAndWritesTheFile(@TempDir Path directory) throws IOException {
		try (ScriptedServer server = new ScriptedServer()) {
			server.enqueue("/api/genesis",
					ScriptedServer.json(201, "{\"tenant_id\":\"brave-otter-runs\"," + "\"coh_management_key\":\"" + MAN
							+ "\",\"coh_application_key\":\"" + APP + "\","
							+ "\"expires_at\":\"2030-01-01T00:00:00.000Z\",\"tenant_lifecycle\":\"ephemeral\"}"));
			Path file = directory.resolve(".cohesivity");
			this.runner
				.withPropertyValues("cohesivity.base-url=" + server.baseUrl(), "cohesivity.genesis.enabled=true",
						"cohesivity.credentials-file=" + file)
				.run((context) -> {
					assertThat(context).hasNotFailed().hasSingleBean(TenantGenesis.class);
					CohesivityConnectionDetails details = context.getBean(CohesivityConnectionDetails.class);
					assertThat(details.getTenantId()).isEqualTo("brave-otter-runs");
					assertThat(details.getApplicationKey()).isEqualTo(APP);
					assertThat(context.getBean(CohesivityConnection.class).managementKey()).isEqualTo(MAN);
				});
			assertThat(Files.readString(file)).contains("tenant_id=brave-otter-runs");
			assertThat(server.count("/api/genesis")).isEqualTo(1);
		}
	}

	@Test
	void genesisBeanExistsOnlyWhenEnabled(@TempDir Path directory) {
		this.runner
			.withPropertyValues("cohesivity.application-key=" + APP,
					"cohesivity.credentials-file=" + directory.resolve(".cohesivity"))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TenantGenesis.class));
	}

	@Test
	void enabledGenesisSendsNothingWhenKeysAreConfigured(@TempDir Path directory) throws IOException {
		try (ScriptedServer server = new ScriptedServer()) {
			this.runner
				.withPropertyValues("cohesivity.base-url=" + server.baseUrl(), "cohesivity.genesis.enabled=true",
						"cohesivity.application-key=" + APP,
						"cohesivity.credentials-file=" + directory.resolve(".cohesivity"))
				.run((context) -> {
					assertThat(context).hasNotFailed().hasSingleBean(TenantGenesis.class);
					assertThat(context.getBean(TenantGenesis.class).credentials()).isNull();
					assertThat(context.getBean(CohesivityConnectionDetails.class).getApplicationKey()).isEqualTo(APP);
				});
			assertThat(server.count("/api/genesis")).isZero();
			assertThat(directory.resolve(".cohesivity")).doesNotExist();
		}
	}

	@Test
	void enabledGenesisStaysOffWhenTheApplicationProvidesConnectionDetails(@TempDir Path directory) throws IOException {
		try (ScriptedServer server = new ScriptedServer()) {
			CohesivityConnectionDetails details = new FixedConnectionDetails(server.baseUrl(), MAN, APP, "from-bean");
			this.runner
				.withPropertyValues("cohesivity.base-url=" + server.baseUrl(), "cohesivity.genesis.enabled=true",
						"cohesivity.credentials-file=" + directory.resolve(".cohesivity"))
				.withBean(CohesivityConnectionDetails.class, () -> details)
				.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TenantGenesis.class));
			assertThat(server.count("/api/genesis")).isZero();
		}
	}

	@Test
	void warnsOnceAtStartupWhenTheEphemeralTenantExpiresSoon(@TempDir Path directory, CapturedOutput output)
			throws IOException {
		Instant expiresAt = Instant.now().plus(Duration.ofHours(3));
		Path file = Files.writeString(directory.resolve(".cohesivity"),
				"tenant_id=brave-otter-runs\n" + "coh_management_key=" + MAN + "\ncoh_application_key=" + APP
						+ "\nexpires_at=" + expiresAt + "\ntenant_lifecycle=ephemeral\n");
		this.runner.withPropertyValues("cohesivity.credentials-file=" + file).run((context) -> {
			assertThat(context).hasNotFailed();
		});
		String log = output.toString();
		assertThat(log).contains("Cohesivity tenant brave-otter-runs is ephemeral and expires at")
			.contains("claim it")
			.doesNotContain(MAN)
			.doesNotContain(APP);
		assertThat(log.split("is ephemeral and expires at", -1)).hasSize(2);
	}

}
