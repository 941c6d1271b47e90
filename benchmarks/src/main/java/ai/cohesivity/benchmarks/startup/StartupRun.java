/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.startup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one fresh JVM of a start-up benchmark application reported.
 *
 * @param uptimeMillis the JVM's time from process start to {@code ApplicationReadyEvent}
 * @param loadedClasses the classes loaded by then
 * @param cpuMillis the CPU time of all the JVM's threads by then
 * @param steps the recorded start-up steps (empty unless recorded)
 * @param classesByPackage the classes loaded, counted by their package's first three
 * segments (empty unless the JVM logged class loading)
 */
record StartupRun(long uptimeMillis, int loadedClasses, long cpuMillis, List<Step> steps,
		Map<String, Integer> classesByPackage) {

	private static final Pattern READY = Pattern.compile("^STARTUP uptime_ms=(\\d+) classes=(\\d+) cpu_ms=(-?\\d+)$");

	private static final Pattern CLASS_LOAD = Pattern.compile("^\\[.*\\]\\[class,load\\] (\\S+) source: .*$");

	private static final Pattern STEP = Pattern.compile("^STEP (\\d+) (-?\\d+) (\\S+)(.*)$");

	/**
	 * Reads what an application printed ({@code StartupProbe}'s lines among its log).
	 * @param output the application's output lines
	 * @return the run
	 * @throws IllegalStateException if the application never reported being ready
	 */
	static StartupRun parse(List<String> output) {
		Matcher ready = null;
		List<Step> steps = new ArrayList<>();
		Map<String, Integer> classes = new TreeMap<>();
		for (String line : output) {
			Matcher loaded = CLASS_LOAD.matcher(line);
			if (loaded.matches()) {
				classes.merge(packageGroup(loaded.group(1)), 1, Integer::sum);
			}
			Matcher matcher = READY.matcher(line);
			if (matcher.matches()) {
				ready = matcher;
			}
			Matcher step = STEP.matcher(line);
			if (step.matches()) {
				steps.add(new Step(step.group(3), step.group(4).strip(), Long.parseLong(step.group(1)),
						Long.parseLong(step.group(2))));
			}
		}
		if (ready == null) {
			throw new IllegalStateException("The application never reported being ready; its output ended with:\n"
					+ String.join("\n", output.subList(Math.max(0, output.size() - 30), output.size())));
		}
		return new StartupRun(Long.parseLong(ready.group(1)), Integer.parseInt(ready.group(2)),
				Long.parseLong(ready.group(3)), List.copyOf(steps), classes);
	}

	/**
	 * Returns the first three segments of a class's package.
	 * @param className the class's name
	 * @return for example {@code io.netty.handler} for
	 * {@code io.netty.handler.ssl.SslContext}
	 */
	static String packageGroup(String className) {
		String[] segments = className.split("\\.");
		int count = Math.min(3, segments.length - 1);
		return (count <= 0) ? "(default package)" : String.join(".", Arrays.asList(segments).subList(0, count));
	}

	/**
	 * One recorded start-up step.
	 *
	 * @param name the step's name, for example {@code spring.beans.instantiate}
	 * @param tags its tags, for example {@code beanName=edgeDatabaseTemplate}
	 * @param totalMicros its duration
	 * @param selfMicros its duration less its recorded child steps'
	 */
	record Step(String name, String tags, long totalMicros, long selfMicros) {

	}

}
