package ai.cohesivity.emulator;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

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
		CohesivityEmulator.Builder builder = CohesivityEmulator.builder().port(8787);
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--port" -> builder.port(Integer.parseInt(value(args, ++i, arg)));
				case "--data-dir" -> builder.dataDirectory(Path.of(value(args, ++i, arg)));
				case "--wire-profile" -> builder.wireProfile(WireProfile.valueOf(value(args, ++i, arg).toUpperCase(Locale.ROOT)));
				case "--help", "-h" -> {
					System.out.println("Usage: java -jar cohesivity-emulator.jar [--port 8787] [--data-dir DIR]"
							+ " [--wire-profile minimal|full]");
					return;
				}
				default -> {
					System.err.println("Unknown argument: " + arg + " (try --help)");
					System.exit(2);
				}
			}
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

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			System.err.println(option + " needs a value");
			System.exit(2);
		}
		return args[index];
	}

}
