/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.startup.plain;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A small Spring MVC + Actuator application without the starter: one
 * {@code @RestController} and the Actuator endpoints. It reports its start-up through
 * {@link StartupProbe} and exits.
 */
@SpringBootApplication
@RestController
public class PlainApplication {

	/**
	 * Answers a greeting.
	 * @return the greeting
	 */
	@GetMapping("/hello")
	String hello() {
		return "hello";
	}

	/**
	 * Starts the application, reports its start-up and exits.
	 * @param args the application's arguments
	 */
	public static void main(String[] args) {
		StartupProbe.run(PlainApplication.class, args);
	}

}
