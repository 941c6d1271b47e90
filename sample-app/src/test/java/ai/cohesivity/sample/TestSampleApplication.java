package ai.cohesivity.sample;

import ai.cohesivity.autoconfigure.emulator.CohesivityEmulatorConfiguration;

import org.springframework.boot.SpringApplication;

/**
 * Runs the sample application on an embedded Cohesivity emulator, for development:
 * {@code mvn spring-boot:test-run}. The emulator is on the test class path only, so the
 * packaged application never carries it.
 */
public class TestSampleApplication {

	/**
	 * Starts the sample application with the embedded emulator.
	 * @param args command-line arguments, passed to Spring Boot
	 */
	public static void main(String[] args) {
		SpringApplication.from(SampleApplication::main).with(CohesivityEmulatorConfiguration.class).run(args);
	}

}
