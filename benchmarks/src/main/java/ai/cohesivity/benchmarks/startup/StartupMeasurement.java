/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ai.cohesivity.benchmarks.GoalResult;
import ai.cohesivity.benchmarks.GoalResult.Goal;
import ai.cohesivity.benchmarks.GoalResult.Side;
import ai.cohesivity.core.CohesivityConnection;

/**
 * The start-up goal: one small Spring MVC + Actuator application (a
 * {@code @RestController} and the Actuator endpoints) without the starter and with it
 * (its controller uses the injected {@code EdgeDatabaseTemplate}), each launched as a
 * fresh JVM (same JDK, same JVM options, an empty working folder), measured from process
 * start to {@code ApplicationReadyEvent} by the JVM's own uptime, with the classes loaded
 * by then. The starter side is pointed at a running emulator (base URL and keys of a
 * tenant created in it, as environment variables); a third side runs the starter with the
 * emulator on the class path and nothing configured, so that the embedded emulator
 * starts. The sides alternate, in a rotating order, over the rounds; the result is the
 * ratio of the medians, with every round's own ratio beside it.
 */
public final class StartupMeasurement {

	private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC");

	/**
	 * The smoke run's options: C1 only, which starts a Spring application faster (its
	 * numbers mean nothing anyway).
	 */
	private static final List<String> SMOKE_JVM_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC",
			"-XX:TieredStopAtLevel=1");

	/** The steps the starter brings: its own beans and the HTTP client under them. */
	static final Pattern STARTER_STEP = Pattern
		.compile("(?i).*(cohesivity|webclient|reactor|netty|clienthttpconnector).*");

	/** The tags of the embedded emulator's steps. */
	static final Pattern EMULATOR_STEP = Pattern.compile("(?i).*emulator.*");

	private final StartupApp plain;

	private final StartupApp starter;

	private final StartupApp embedded;

	private final CohesivityConnection connection;

	private final int rounds;

	private final List<String> jvmOptions;

	private final boolean concurrent;

	/**
	 * Creates the measurement.
	 * @param apps the {@code startup-apps} folder (its modules built by the reactor)
	 * @param connection a tenant with a database in the running emulator the starter side
	 * is pointed at
	 * @param rounds the number of rounds; each starts every side once
	 */
	public StartupMeasurement(Path apps, CohesivityConnection connection, int rounds) {
		this.plain = StartupApp.in(apps, "plain", StartupApp.PLAIN);
		this.starter = StartupApp.in(apps, "starter", StartupApp.STARTER);
		this.embedded = StartupApp.in(apps, "embedded", StartupApp.STARTER);
		this.connection = connection;
		this.rounds = rounds;
		this.jvmOptions = JVM_OPTIONS;
		this.concurrent = false;
	}

	private StartupMeasurement(StartupMeasurement measurement, List<String> jvmOptions, boolean concurrent) {
		this.plain = measurement.plain;
		this.starter = measurement.starter;
		this.embedded = measurement.embedded;
		this.connection = measurement.connection;
		this.rounds = 1;
		this.jvmOptions = jvmOptions;
		this.concurrent = concurrent;
	}

	/**
	 * Returns a measurement that proves the goal still runs, as quickly as it can: one
	 * round whose three sides start at once, C1 only. Its numbers mean nothing.
	 * @param apps the {@code startup-apps} folder (its modules built by the reactor)
	 * @param connection a tenant with a database in the running emulator
	 * @return the smoke measurement
	 */
	public static StartupMeasurement smoke(Path apps, CohesivityConnection connection) {
		return new StartupMeasurement(new StartupMeasurement(apps, connection, 1), SMOKE_JVM_OPTIONS, true);
	}

	/**
	 * Runs the rounds.
	 * @return the start-up goal and the embedded emulator's goal
	 */
	public List<GoalResult> measure() {
		List<StartupRun> plainRuns = new ArrayList<>();
		List<StartupRun> starterRuns = new ArrayList<>();
		List<StartupRun> embeddedRuns = new ArrayList<>();
		List<Side> context = new ArrayList<>();
		for (int round = 0; round < this.rounds; round++) {
			StartupRun[] runs = new StartupRun[3];
			List<CompletableFuture<Void>> launched = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				int side = (round + i) % 3;
				Runnable launch = () -> runs[side] = switch (side) {
					case 0 -> launch(this.plain, Map.of(), false);
					case 1 -> launch(this.starter, pointedAtEmulator(), false);
					default -> launch(this.embedded, Map.of(), false);
				};
				if (this.concurrent) {
					launched
						.add(CompletableFuture.runAsync(launch, (task) -> new Thread(task, "startup-side").start()));
				}
				else {
					launch.run();
				}
			}
			CompletableFuture.allOf(launched.toArray(CompletableFuture[]::new)).join();
			plainRuns.add(runs[0]);
			starterRuns.add(runs[1]);
			embeddedRuns.add(runs[2]);
			context.add(new Side(
					String.format(Locale.ROOT, "round %d: without / with / embedded, ms (ratio)", round + 1) + String
						.format(Locale.ROOT, " %d / %d / %d (%.2f×)", runs[0].uptimeMillis(), runs[1].uptimeMillis(),
								runs[2].uptimeMillis(), (double) runs[1].uptimeMillis() / runs[0].uptimeMillis()),
					(double) runs[1].uptimeMillis() / runs[0].uptimeMillis()));
		}
		double plainMillis = median(plainRuns, StartupRun::uptimeMillis);
		double starterMillis = median(starterRuns, StartupRun::uptimeMillis);
		double embeddedMillis = median(embeddedRuns, StartupRun::uptimeMillis);
		List<Side> startupContext = new ArrayList<>();
		startupContext.add(
				new Side("classes loaded, without the starter (median)", median(plainRuns, StartupRun::loadedClasses)));
		startupContext
			.add(new Side("classes loaded, with the starter (median)", median(starterRuns, StartupRun::loadedClasses)));
		startupContext.add(new Side("process CPU ms by ready, without the starter (median)",
				median(plainRuns, StartupRun::cpuMillis)));
		startupContext.add(new Side("process CPU ms by ready, with the starter (median)",
				median(starterRuns, StartupRun::cpuMillis)));
		startupContext
			.add(new Side("ms, starter with the embedded emulator, nothing configured (median)", embeddedMillis));
		startupContext.add(new Side("classes loaded, embedded emulator (median)",
				median(embeddedRuns, StartupRun::loadedClasses)));
		startupContext.addAll(context);
		GoalResult startup = GoalResult.oursOverBaseline("Start-up of a small MVC + Actuator app",
				"ms from JVM start to ApplicationReadyEvent, median of " + this.rounds + " fresh JVMs",
				new Side("the app without the starter", plainMillis),
				new Side("the same app with the starter, pointed at a running emulator", starterMillis),
				Goal.atMost(1.15), startupContext);
		double extra = embeddedMillis - starterMillis;
		GoalResult embeddedGoal = new GoalResult("Embedded emulator's extra start-up",
				"ms from JVM start to ApplicationReadyEvent, median of " + this.rounds + " fresh JVMs",
				new Side("the starter pointed at a running emulator", starterMillis),
				new Side("the starter with the emulator on the class path, nothing configured", embeddedMillis),
				new GoalResult.Ratio(String.format(Locale.ROOT, "extra ms (%.0f) ÷ 300 ms", extra), extra / 300),
				Goal.atMost(1.0), List.of());
		return List.of(startup, embeddedGoal);
	}

	/**
	 * Starts the baseline and the starter side once more with a
	 * {@code BufferingApplicationStartup} and renders where the starter's start-up time
	 * goes: the time each kind of step spent on its own on both sides, the steps of the
	 * starter's beans and of the HTTP client under them, and the steps that took longest
	 * on their own.
	 * @param top how many steps each list shows
	 * @return a Markdown section
	 */
	public String breakdown(int top) {
		StartupRun plainRun = launch(this.plain, Map.of(), true);
		StartupRun starterRun = launch(this.starter, pointedAtEmulator(), true);
		StartupRun embeddedRun = launch(this.embedded, Map.of(), true);
		return breakdown(plainRun, starterRun, top) + embeddedBreakdown(starterRun, embeddedRun, top);
	}

	/**
	 * Render where the embedded emulator's extra start-up goes: the starter with nothing
	 * configured (the emulator starts) against the starter pointed at a running emulator.
	 */
	static String embeddedBreakdown(StartupRun pointedRun, StartupRun embeddedRun, int top) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT,
				"### Embedded emulator breakdown (the starter with nothing configured, against the starter "
						+ "pointed at a running emulator)%n%n"
						+ "Pointed at a running emulator: ready after %d ms, %d classes loaded. "
						+ "With the embedded emulator: ready after %d ms, %d classes loaded.%n%n",
				pointedRun.uptimeMillis(), pointedRun.loadedClasses(), embeddedRun.uptimeMillis(),
				embeddedRun.loadedClasses()));
		out.append(ownTimeTable(pointedRun, embeddedRun, "pointed", "embedded", top));
		out.append(classTable(pointedRun, embeddedRun, top).replace("| without | with |", "| pointed | embedded |"));
		List<StartupRun.Step> emulatorSteps = embeddedRun.steps()
			.stream()
			.filter((step) -> EMULATOR_STEP.matcher(step.tags()).matches())
			.toList();
		out.append(table("The embedded emulator's steps, longest first (total includes nested steps)", emulatorSteps,
				Comparator.comparingLong(StartupRun.Step::totalMicros), top));
		return out.toString();
	}

	private static String ownTimeTable(StartupRun baseRun, StartupRun run, String baseLabel, String label, int top) {
		Map<String, Long> baseByName = ownTimeByName(baseRun);
		Map<String, Long> byName = ownTimeByName(run);
		String rows = byName.keySet()
			.stream()
			.sorted(Comparator.comparingLong((String name) -> byName.get(name) - baseByName.getOrDefault(name, 0L))
				.reversed())
			.limit(top)
			.map((name) -> String.format(Locale.ROOT, "| %s | %.1f | %.1f | %+.1f |", name,
					baseByName.getOrDefault(name, 0L) / 1000.0, byName.get(name) / 1000.0,
					(byName.get(name) - baseByName.getOrDefault(name, 0L)) / 1000.0))
			.collect(Collectors.joining("\n"));
		return "| Own time by kind of step (ms) | " + baseLabel + " | " + label
				+ " | difference |\n|---|---:|---:|---:|\n" + rows
				+ String.format(Locale.ROOT, "%n| JVM start to ready | %d | %d | %+d |%n%n", baseRun.uptimeMillis(),
						run.uptimeMillis(), run.uptimeMillis() - baseRun.uptimeMillis());
	}

	static String breakdown(StartupRun plainRun, StartupRun run, int top) {
		List<StartupRun.Step> starterSteps = run.steps()
			.stream()
			.filter((step) -> STARTER_STEP.matcher(step.tags()).matches())
			.toList();
		long starterSelf = starterSteps.stream().mapToLong(StartupRun.Step::selfMicros).sum();
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT,
				"### Start-up breakdown (BufferingApplicationStartup; the starter pointed at the emulator)%n%n"
						+ "Without the starter: ready after %d ms, %d classes loaded, %d steps recorded. "
						+ "With it: ready after %d ms, %d classes loaded, %d steps recorded, of which %d belong to "
						+ "the starter's beans and its HTTP client (tags matching `%s`): %.1f ms on their own.%n%n",
				plainRun.uptimeMillis(), plainRun.loadedClasses(), plainRun.steps().size(), run.uptimeMillis(),
				run.loadedClasses(), run.steps().size(), starterSteps.size(), STARTER_STEP.pattern(),
				starterSelf / 1000.0));
		out.append(ownTimeTable(plainRun, run, "without", "with", top));
		out.append(classTable(plainRun, run, top));
		out.append(table("The starter's steps, longest first (total includes nested steps)", starterSteps,
				Comparator.comparingLong(StartupRun.Step::totalMicros), top));
		out.append(table("Every step with the starter, longest on its own first", run.steps(),
				Comparator.comparingLong(StartupRun.Step::selfMicros), top));
		return out.toString();
	}

	private static String classTable(StartupRun plainRun, StartupRun run, int top) {
		Map<String, Integer> without = plainRun.classesByPackage();
		Map<String, Integer> with = run.classesByPackage();
		int withoutTotal = without.values().stream().mapToInt(Integer::intValue).sum();
		int withTotal = with.values().stream().mapToInt(Integer::intValue).sum();
		String rows = with.keySet()
			.stream()
			.sorted(Comparator.comparingInt((String group) -> with.get(group) - without.getOrDefault(group, 0))
				.reversed())
			.limit(top)
			.map((group) -> String.format(Locale.ROOT, "| %s | %d | %d | %+d |", group, without.getOrDefault(group, 0),
					with.get(group), with.get(group) - without.getOrDefault(group, 0)))
			.collect(Collectors.joining("\n"));
		return "| Classes loaded by ready, by package | without | with | difference |\n|---|---:|---:|---:|\n" + rows
				+ String.format(Locale.ROOT, "%n| all | %d | %d | %+d |%n%n", withoutTotal, withTotal,
						withTotal - withoutTotal);
	}

	private static Map<String, Long> ownTimeByName(StartupRun run) {
		return run.steps()
			.stream()
			.collect(Collectors.groupingBy(StartupRun.Step::name, Collectors.summingLong(StartupRun.Step::selfMicros)));
	}

	private static String table(String title, List<StartupRun.Step> steps, Comparator<StartupRun.Step> order, int top) {
		String rows = steps.stream()
			.sorted(order.reversed())
			.limit(top)
			.map((step) -> String.format(Locale.ROOT, "| %s %s | %.1f | %.1f |", step.name(), step.tags(),
					step.totalMicros() / 1000.0, step.selfMicros() / 1000.0))
			.collect(Collectors.joining("\n"));
		return "| " + title + " | total ms | own ms |\n|---|---:|---:|\n" + rows + "\n\n";
	}

	private Map<String, String> pointedAtEmulator() {
		return Map.of("COHESIVITY_BASEURL", this.connection.baseUrl(), "COHESIVITY_MANAGEMENTKEY",
				Objects.requireNonNull(this.connection.managementKey()), "COHESIVITY_APPLICATIONKEY",
				Objects.requireNonNull(this.connection.applicationKey()));
	}

	private StartupRun launch(StartupApp app, Map<String, String> environment, boolean breakdown) {
		Path folder;
		try {
			folder = Files.createTempDirectory("cohesivity-startup-" + app.name() + "-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvmOptions);
		if (breakdown) {
			command.add("-Dstartup.breakdown=true");
			command.add("-Xlog:class+load=info:stdout");
		}
		command.addAll(List.of("-cp", app.classPath(), app.mainClass()));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
		builder.environment().keySet().removeIf((name) -> name.startsWith("COHESIVITY"));
		builder.environment().putAll(environment);
		Process process = null;
		try {
			process = builder.start();
			List<String> output = new ArrayList<>();
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					output.add(line);
				}
			}
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException(app.name() + " did not exit");
			}
			StartupRun run = StartupRun.parse(output);
			if (process.exitValue() != 0) {
				throw new IllegalStateException(app.name() + " exited with " + process.exitValue());
			}
			return run;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			if (process != null) {
				process.destroyForcibly();
			}
			delete(folder);
		}
	}

	private static void delete(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary folder; the system cleans it up.
		}
	}

	static double median(List<StartupRun> runs, ToLongFunction<StartupRun> value) {
		long[] values = runs.stream().mapToLong(value).sorted().toArray();
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
	}

}
