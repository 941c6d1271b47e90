/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One of the start-up benchmark's applications (module {@code startup-apps/<name>}): its
 * main class and its run-time class path, as Maven resolved it for that module
 * ({@code target/startup.classpath}, written by {@code dependency:build-classpath}) after
 * the module's own classes.
 *
 * @param name the module's folder name, for example {@code plain}
 * @param mainClass the main class
 * @param classPath the class path
 */
record StartupApp(String name, String mainClass, String classPath) {

	/** The baseline's main class. */
	static final String PLAIN = "ai.cohesivity.benchmarks.startup.plain.PlainApplication";

	/** The starter side's main class. */
	static final String STARTER = "ai.cohesivity.benchmarks.startup.starter.StarterApplication";

	/**
	 * Reads an application's class path from its module.
	 * @param apps the {@code startup-apps} folder
	 * @param name the module's folder name
	 * @param mainClass the main class
	 * @return the application
	 */
	static StartupApp in(Path apps, String name, String mainClass) {
		Path target = apps.resolve(name).resolve("target");
		Path file = target.resolve("startup.classpath");
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("No class path file " + file.toAbsolutePath()
					+ ": build the start-up apps with the reactor (mvn -pl benchmarks -am package)");
		}
		try {
			String dependencies = Files.readString(file).strip();
			Path classes = target.resolve("classes");
			String classPath = Files.isDirectory(classes)
					? classes.toAbsolutePath() + System.getProperty("path.separator") + dependencies : dependencies;
			return new StartupApp(name, mainClass, classPath);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
