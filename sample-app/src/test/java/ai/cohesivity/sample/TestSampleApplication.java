/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import ai.cohesivity.autoconfigure.emulator.CohesivityEmulatorConfiguration;

import org.springframework.boot.SpringApplication;

/**
 * Runs the sample application on an embedded Cohesivity emulator, for development:
 * {@code mvn -pl sample-app -am -Prun compile} from the repository root, or
 * {@code mvn spring-boot:test-run} here. The emulator is on the test class path only, so
 * the packaged application never carries it. The {@code emulator} profile
 * ({@code application-emulator.properties}) keeps the emulator's tenant and data in
 * {@code .cohesivity-emulator/sample}, across restarts; {@link ManagedAgentOnTheEmulator}
 * claims that tenant and provisions its managed agent, so that "Ask the agent" answers.
 */
public class TestSampleApplication {

	/**
	 * Starts the sample application with the embedded emulator.
	 * @param args command-line arguments, passed to Spring Boot
	 */
	public static void main(String[] args) {
		SpringApplication.from(SampleApplication::main)
			.with(CohesivityEmulatorConfiguration.class, ManagedAgentOnTheEmulator.class)
			.withAdditionalProfiles("emulator")
			.run(args);
	}

}
