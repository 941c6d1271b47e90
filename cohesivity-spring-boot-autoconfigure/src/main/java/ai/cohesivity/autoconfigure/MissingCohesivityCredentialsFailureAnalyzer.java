/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Explains a start-up that failed because no Cohesivity key is configured, lists every
 * way to provide one and, when {@code cohesivity-emulator} is on the class path, says
 * what kept the embedded emulator from starting: it starts only when nothing at all is
 * configured.
 */
class MissingCohesivityCredentialsFailureAnalyzer
		extends AbstractFailureAnalyzer<MissingCohesivityCredentialsException> {

	private static final String EMULATOR_CLASS = "ai.cohesivity.emulator.CohesivityEmulator";

	private static final List<String> CONNECTION_PROPERTIES = List.of("cohesivity.application-key",
			"cohesivity.management-key", "cohesivity.tenant-id", "cohesivity.base-url");

	private final Environment environment;

	MissingCohesivityCredentialsFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingCohesivityCredentialsException cause) {
		Path file = cause.getCredentialsFile().toAbsolutePath().normalize();
		boolean fileExists = Files.exists(file);
		String environmentVariable = cause.getProperty().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
		StringBuilder description = new StringBuilder();
		description.append("Cohesivity needs an ")
			.append(cause.getCredential())
			.append(" but none is configured.\n\nLooked in:\n    - property ")
			.append(cause.getProperty())
			.append(" (environment variable ")
			.append(environmentVariable)
			.append("): not set\n    - credentials file ")
			.append(file)
			.append(": ")
			.append(fileExists ? "present but without this key" : "not found")
			.append("\n    - a CohesivityConnectionDetails bean: none");
		boolean emulatorPresent = ClassUtils.isPresent(EMULATOR_CLASS, getClass().getClassLoader());
		List<String> configured = configured(file, fileExists);
		if (emulatorPresent && !configured.isEmpty()) {
			description.append("\n\ncohesivity-emulator is on the class path, but the embedded emulator starts only "
					+ "when nothing at all is configured, and here Cohesivity is configured in part:");
			configured.forEach((item) -> description.append("\n    - ").append(item));
		}
		StringBuilder action = new StringBuilder("Do one of the following:\n"
				+ "    - create the credentials file: run 'npx @cohesivity/init' in " + file.getParent()
				+ " (or set cohesivity.credentials-file to where your .cohesivity file is)\n" + "    - set "
				+ cause.getProperty() + " (or the environment variable " + environmentVariable + ")");
		if (emulatorPresent) {
			action.append(configured.isEmpty()
					? "\n    - to run on the embedded emulator, set cohesivity.emulator.enabled=true (or leave it at auto)"
					: "\n    - to run on the embedded emulator instead, remove that partial configuration, "
							+ "or set cohesivity.emulator.enabled=true");
		}
		else {
			action.append("\n    - for local development and tests, add the dependency "
					+ "ai.cohesivity:cohesivity-emulator with test scope: tests run on it with "
					+ "@AutoConfigureCohesivityEmulator, and a main class in src/test running "
					+ "SpringApplication.from(YourApplication::main).with(CohesivityEmulatorConfiguration.class) "
					+ "runs the application on it (mvn spring-boot:test-run)");
		}
		return new FailureAnalysis(description.toString(), action.toString(), cause);
	}

	private List<String> configured(Path file, boolean fileExists) {
		List<String> configured = new ArrayList<>();
		if (fileExists) {
			configured.add("the credentials file " + file + " exists");
		}
		for (String property : CONNECTION_PROPERTIES) {
			String origin = PropertyOrigins.describe(this.environment, property);
			if (origin != null) {
				configured.add(origin + " is set");
			}
		}
		return configured;
	}

}
