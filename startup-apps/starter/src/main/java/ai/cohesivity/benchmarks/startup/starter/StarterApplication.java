/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.startup.starter;

import ai.cohesivity.benchmarks.startup.plain.StartupProbe;
import ai.cohesivity.database.EdgeDatabaseTemplate;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The start-up benchmark's baseline application plus the starter: the same
 * {@code @RestController} and Actuator endpoints, and an {@link EdgeDatabaseTemplate}
 * injected into the controller. It reports its start-up through {@link StartupProbe} and
 * exits.
 */
@SpringBootApplication
@RestController
public class StarterApplication {

	private final EdgeDatabaseTemplate database;

	StarterApplication(EdgeDatabaseTemplate database) {
		this.database = database;
	}

	/**
	 * Answers a greeting.
	 * @return the greeting
	 */
	@GetMapping("/hello")
	String hello() {
		return "hello";
	}

	/**
	 * Answers a number from the edge database.
	 * @return the number
	 */
	@GetMapping("/answer")
	Integer answer() {
		return this.database.queryForObject("SELECT 42", Integer.class);
	}

	/**
	 * Starts the application, reports its start-up and exits.
	 * @param args the application's arguments
	 */
	public static void main(String[] args) {
		StartupProbe.run(StarterApplication.class, args);
	}

}
