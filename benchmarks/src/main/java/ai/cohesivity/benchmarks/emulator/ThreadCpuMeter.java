package ai.cohesivity.benchmarks.emulator;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time used so far by the threads whose names start with a prefix (the emulator's
 * event loops and SQLite threads, or the driver's event loops). CPU per request does not
 * depend on what else the machine is running, unlike requests per second.
 */
final class ThreadCpuMeter {

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	boolean isSupported() {
		return this.threads.isThreadCpuTimeSupported() && this.threads.isThreadCpuTimeEnabled();
	}

	long cpuNanos(String threadNamePrefix) {
		long total = 0;
		for (ThreadInfo info : this.threads.getThreadInfo(this.threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith(threadNamePrefix)) {
				long cpu = this.threads.getThreadCpuTime(info.getThreadId());
				total += Math.max(0, cpu);
			}
		}
		return total;
	}

}
