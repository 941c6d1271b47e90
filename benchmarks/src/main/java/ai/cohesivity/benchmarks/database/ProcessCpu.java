/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * Reads the CPU time this JVM has used so far, all threads together: with an embedded
 * emulator, that is client and server work per call, whatever else runs on the machine.
 */
final class ProcessCpu {

	private ProcessCpu() {
	}

	/**
	 * Returns the CPU time used by this process.
	 * @return the CPU time in nanoseconds, or {@code -1} if the JVM cannot tell
	 */
	static long nanos() {
		OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		return (os instanceof com.sun.management.OperatingSystemMXBean sun) ? sun.getProcessCpuTime() : -1;
	}

}
