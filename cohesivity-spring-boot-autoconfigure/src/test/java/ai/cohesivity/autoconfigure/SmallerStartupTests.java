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
 * Smaller mistakes a newcomer makes, each reported at start-up, once and clearly.
 */
@ExtendWith(OutputCaptureExtension.class)
class SmallerStartupTests {

	private static final String SCHEMA = "--cohesivity.database.init.schema-locations="
			+ "classpath:ai/cohesivity/autoconfigure/database/schema.sql";

	@RegisterExtension
	static final TenantEmulator fixture = TenantEmulator.ephemeralWithDatabase();

	@Test
	void unknownWriteRegionFailsStartUpWithTheRegionsAndAliases(@TempDir Path directory, CapturedOutput output) {
		StartupApplications.failure("--cohesivity.credentials-file=" + directory.resolve(".cohesivity"),
				"--cohesivity.database.write-region=mars");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Invalid value 'mars' for configuration property 'cohesivity.database.write-region'")
			.contains("wnam")
			.contains("us-west");
	}

	@Test
	void baseUrlWithAPathFailsStartUp(@TempDir Path directory, CapturedOutput output) {
		StartupApplications.failure("--cohesivity.credentials-file=" + directory.resolve(".cohesivity"),
				"--cohesivity.base-url=" + fixture.baseUrl() + "/api",
				"--cohesivity.application-key=" + fixture.tenant().applicationKey(), SCHEMA);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Refusing Cohesivity base URL '" + fixture.baseUrl() + "/api'")
			.contains("its path /api is one the client adds itself")
			.doesNotContain("No such endpoint");
	}

	@Test
	void httpsToAPlainHttpServerIsOneClearError(@TempDir Path directory, CapturedOutput output) {
		String https = fixture.baseUrl().replace("http://", "https://");
		StartupApplications.failure("--cohesivity.credentials-file=" + directory.resolve(".cohesivity"),
				"--cohesivity.base-url=" + https, "--cohesivity.application-key=" + fixture.tenant().applicationKey(),
				SCHEMA);
		String analysis = output.toString().substring(output.toString().lastIndexOf("APPLICATION FAILED TO START"));
		assertThat(analysis).contains("the server answered in plain HTTP, not TLS")
			.contains("use an http:// base URL for it (" + fixture.baseUrl() + ")")
			.doesNotContain("not an SSL/TLS record")
			.doesNotContainPattern("[0-9a-f]{64}");
		// Reactor Netty's own WARN lines for the failed handshake: one attempt, not
		// three.
		assertThat(StartupApplications.occurrences(output, "The connection observed an error")).isLessThanOrEqualTo(2);
	}

}
