/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.StringJoiner;

/**
 * What a case measured: printed as one {@code FIGURE} line on the console and appended to
 * {@code target/reliability-figures.txt}, from which {@code docs/reliability.md} takes
 * its numbers.
 */
public final class Figures {

	private static final Path FILE = Path.of("target", "reliability-figures.txt");

	private Figures() {
	}

	/**
	 * Print the figures of a case.
	 * @param caseName the case
	 * @param namesAndValues name, value, name, value, …
	 */
	public static void print(String caseName, Object... namesAndValues) {
		StringJoiner line = new StringJoiner(", ", "FIGURE " + caseName + ": ", "");
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			line.add(namesAndValues[i] + "=" + format(namesAndValues[i + 1]));
		}
		line.add("load average="
				+ String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		String text = line.toString();
		System.out.println(text);
		try {
			Files.createDirectories(FILE.getParent());
			Files.writeString(FILE, text + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String format(Object value) {
		if (value instanceof Duration duration) {
			return duration.toMillis() + " ms";
		}
		return String.valueOf(value);
	}

	/**
	 * Return the number of live threads of this JVM.
	 * @return the thread count
	 */
	public static int threads() {
		return ManagementFactory.getThreadMXBean().getThreadCount();
	}

	/**
	 * Return the number of live threads whose name starts with a prefix.
	 * @param prefix the prefix, for example {@code cohesivity}
	 * @return the count
	 */
	public static long threadsNamed(String prefix) {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().startsWith(prefix))
			.count();
	}

	/**
	 * Return the number of file descriptors this process has open (sockets included), or
	 * {@code -1} where {@code /proc/self/fd} does not exist.
	 * @return the count
	 */
	public static long openFiles() {
		Path fds = Path.of("/proc/self/fd");
		if (!Files.isDirectory(fds)) {
			return -1;
		}
		try (var entries = Files.list(fds)) {
			return entries.count();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/**
	 * Return the milliseconds since a {@link System#nanoTime()} reading.
	 * @param startNanos the reading
	 * @return the elapsed time
	 */
	public static Duration since(long startNanos) {
		return Duration.ofNanos(System.nanoTime() - startNanos);
	}

}
