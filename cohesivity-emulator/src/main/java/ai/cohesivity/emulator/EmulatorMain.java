package ai.cohesivity.emulator;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import ai.cohesivity.emulator.logging.ConsoleLogging;

/**
 * Runs the emulator from the command line:
 * {@code java -jar cohesivity-emulator.jar [--port 8787] [--data-dir DIR] [--wire-profile full]}.
 */
public final class EmulatorMain {

	private EmulatorMain() {
	}

	/**
	 * Starts the emulator, prints its base URL and runs until the process is stopped.
	 * @param args the command line arguments
	 * @throws InterruptedException if interrupted while running
	 */
	public static void main(String[] args) throws InterruptedException {
		useConsoleLogging();
		if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
			System.out.println(EmulatorCommandLine.USAGE);
			return;
		}
		CohesivityEmulator.Builder builder;
		try {
			builder = EmulatorCommandLine.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		CohesivityEmulator emulator = builder.start();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			emulator.close();
			stopped.countDown();
		}, "cohesivity-emulator-shutdown"));
		System.out.println("Cohesivity emulator running at " + emulator.baseUrl() + " (started in "
				+ ManagementFactory.getRuntimeMXBean().getUptime() + " ms)");
		stopped.await();
	}

	/**
	 * Logs to standard error through {@link ConsoleLogging}, unless
	 * {@code -Dslf4j.provider=...} names another provider. Must run before the first
	 * logger is created.
	 */
	private static void useConsoleLogging() {
		if (System.getProperty("slf4j.provider") == null) {
			System.setProperty("slf4j.provider", ConsoleLogging.class.getName());
			// SLF4J would announce the explicitly named provider on standard error.
			System.setProperty("slf4j.internal.verbosity", "WARN");
		}
	}

}
