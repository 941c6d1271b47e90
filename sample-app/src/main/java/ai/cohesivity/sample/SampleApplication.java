package ai.cohesivity.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small service on the Cohesivity starter. Runs on the embedded emulator unless a
 * {@code .cohesivity} file or {@code cohesivity.*} properties point it at the real
 * platform.
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
