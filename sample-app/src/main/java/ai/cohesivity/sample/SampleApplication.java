package ai.cohesivity.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small service on the Cohesivity starter. It talks to the tenant that a
 * {@code .cohesivity} file or {@code cohesivity.*} properties name; for development,
 * {@code TestSampleApplication} (in {@code src/test}) runs it on an embedded emulator.
 */
@SpringBootApplication
public class SampleApplication {

	/**
	 * Starts the sample application.
	 * @param args command-line arguments, passed to Spring Boot
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
