/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

import ai.cohesivity.core.CredentialsFileException;
import ai.cohesivity.core.InsecureBaseUrlException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the failure analyzers: a real start-up failure is analyzed and the
 * description and action say exactly what to do.
 */
class CohesivityFailureAnalyzersTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CohesivityAutoConfiguration.class))
		.withPropertyValues("cohesivity.emulator.enabled=false");

	private Throwable startupFailure(String... properties) {
		Throwable[] failure = new Throwable[1];
		this.runner.withPropertyValues(properties).run((context) -> failure[0] = context.getStartupFailure());
		assertThat(failure[0]).isNotNull();
		return failure[0];
	}

	@Test
	void noCredentials() {
		Throwable failure = startupFailure("cohesivity.credentials-file=target/does-not-exist/.cohesivity");
		FailureAnalysis analysis = new MissingCohesivityCredentialsFailureAnalyzer(new MockEnvironment())
			.analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).contains("Cohesivity needs an application key but none is configured")
			.contains("property cohesivity.application-key (environment variable COHESIVITY_APPLICATION_KEY): not set")
			.contains(Path.of("target/does-not-exist/.cohesivity").toAbsolutePath().normalize() + ": not found");
		assertThat(analysis.getAction()).contains("run 'npx @cohesivity/init' in")
			.contains("set cohesivity.application-key (or the environment variable COHESIVITY_APPLICATION_KEY)")
			.contains("to run on the embedded emulator, set cohesivity.emulator.enabled=true");
	}

	@Test
	void malformedFile(@TempDir Path directory) throws Exception {
		Path file = Files.writeString(directory.resolve(".cohesivity"),
				"coh_application_key=coh_man_0123456789abcdefghij\n");
		Throwable failure = startupFailure("cohesivity.credentials-file=" + file);
		FailureAnalysis analysis = new CredentialsFileFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).isEqualTo("The Cohesivity credentials file " + file
				+ " cannot be used: coh_application_key does not look like a Cohesivity key (it must start with coh_app_).");
		assertThat(analysis.getAction()).contains("Recreate it with 'npx @cohesivity/init'")
			.contains("point cohesivity.credentials-file at another file");
		assertThat(analysis.getCause()).isInstanceOf(CredentialsFileException.class);
	}

	@Test
	void httpBaseUrl() {
		Throwable failure = startupFailure("cohesivity.base-url=http://cohesivity.example.com",
				"cohesivity.application-key=coh_app_abcdefghij0123456789");
		FailureAnalysis analysis = new InsecureBaseUrlFailureAnalyzer(new MockEnvironment()).analyze(failure);
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription())
			.startsWith("Refusing Cohesivity base URL 'http://cohesivity.example.com': "
					+ "plain http is only allowed to a loopback address (the local emulator); use https");
		assertThat(analysis.getAction()).contains("Set cohesivity.base-url to https://cohesivity.ai (the default)")
			.contains("http://127.0.0.1:<port>");
		assertThat(analysis.getCause()).isInstanceOf(InsecureBaseUrlException.class);
	}

	@Test
	void analyzersAreRegistered() throws Exception {
		StringBuilder analyzers = new StringBuilder();
		var resources = getClass().getClassLoader().getResources("META-INF/spring.factories");
		while (resources.hasMoreElements()) {
			Properties factories = new Properties();
			try (var in = resources.nextElement().openStream()) {
				factories.load(in);
			}
			analyzers.append(factories.getProperty("org.springframework.boot.diagnostics.FailureAnalyzer", ""));
		}
		assertThat(analyzers.toString()).contains(MissingCohesivityCredentialsFailureAnalyzer.class.getName())
			.contains(CredentialsFileFailureAnalyzer.class.getName())
			.contains(InsecureBaseUrlFailureAnalyzer.class.getName());
	}

}
