/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.startup.plain;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * Runs a start-up benchmark application and prints, when it is ready, one line the
 * benchmark reads: {@code STARTUP uptime_ms=<JVM uptime> classes=<loaded classes>
 * cpu_ms=<process CPU time>} — the JVM's time from process start to
 * {@link ApplicationReadyEvent}, the classes loaded by then and the CPU time all the
 * process's threads used by then. Then the application exits. With
 * {@code -Dstartup.breakdown=true} the application records its start-up steps with a
 * {@link BufferingApplicationStartup} and prints them too, one {@code STEP} line each
 * (see {@link #steps}).
 */
public final class StartupProbe {

	private StartupProbe() {
	}

	/**
	 * Runs the application, prints its start-up and exits the JVM.
	 * @param application the application's primary source
	 * @param args the application's arguments
	 */
	public static void run(Class<?> application, String[] args) {
		SpringApplication spring = new SpringApplication(application);
		BufferingApplicationStartup recording = Boolean.getBoolean("startup.breakdown")
				? new BufferingApplicationStartup(100_000) : null;
		if (recording != null) {
			spring.setApplicationStartup(recording);
		}
		spring.addListeners((ApplicationReadyEvent ready) -> System.out.printf(Locale.ROOT,
				"STARTUP uptime_ms=%d classes=%d cpu_ms=%d%n", ManagementFactory.getRuntimeMXBean().getUptime(),
				ManagementFactory.getClassLoadingMXBean().getLoadedClassCount(), processCpuMillis()));
		ConfigurableApplicationContext context = spring.run(args);
		if (recording != null) {
			steps(recording.getBufferedTimeline().getEvents()).forEach(System.out::println);
		}
		System.exit(SpringApplication.exit(context));
	}

	/**
	 * Describes every recorded start-up step as a line
	 * {@code STEP <total µs> <self µs> <name> <tags>}: its duration, its duration less
	 * its recorded child steps' (the time that step alone spent), its name and its tags
	 * (for example {@code beanName=…}).
	 * @param events the recorded steps
	 * @return one line per step
	 */
	static List<String> steps(List<TimelineEvent> events) {
		Map<Long, Long> children = new HashMap<>();
		for (TimelineEvent event : events) {
			Long parent = event.getStartupStep().getParentId();
			if (parent != null) {
				children.merge(parent, micros(event.getDuration()), Long::sum);
			}
		}
		List<String> lines = new ArrayList<>();
		for (TimelineEvent event : events) {
			StartupStep step = event.getStartupStep();
			long total = micros(event.getDuration());
			long self = total - children.getOrDefault(step.getId(), 0L);
			StringBuilder tags = new StringBuilder();
			for (StartupStep.Tag tag : step.getTags()) {
				tags.append(' ').append(tag.getKey()).append('=').append(tag.getValue().replace(' ', '_'));
			}
			lines.add(String.format(Locale.ROOT, "STEP %d %d %s%s", total, self, step.getName(), tags));
		}
		return lines;
	}

	private static long processCpuMillis() {
		return (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
				? os.getProcessCpuTime() / 1_000_000 : -1;
	}

	private static long micros(Duration duration) {
		return duration.toNanos() / 1_000;
	}

}
