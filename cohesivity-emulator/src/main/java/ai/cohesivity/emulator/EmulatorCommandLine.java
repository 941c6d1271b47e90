package ai.cohesivity.emulator;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the runnable jar's arguments ({@code --port}, {@code --data-dir},
 * {@code --wire-profile}) into an emulator builder, with a usage message for anything
 * else.
 */
final class EmulatorCommandLine {

	static final String USAGE = "Usage: java -jar cohesivity-emulator.jar [--port 8787] [--data-dir DIR]"
			+ " [--wire-profile minimal|full]";

	static final int DEFAULT_PORT = 8787;

	private EmulatorCommandLine() {
	}

	/**
	 * The builder the arguments describe.
	 * @throws IllegalArgumentException with a message naming the bad argument and the
	 * usage
	 */
	static CohesivityEmulator.Builder parse(String... args) {
		CohesivityEmulator.Builder builder = CohesivityEmulator.builder().port(DEFAULT_PORT);
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if (!option.equals("--port") && !option.equals("--data-dir") && !option.equals("--wire-profile")) {
				throw new IllegalArgumentException("Unknown argument '" + option + "'. " + USAGE);
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException(option + " needs a value. " + USAGE);
			}
			String value = args[++i];
			try {
				switch (option) {
					case "--port" -> builder.port(Integer.parseInt(value));
					case "--data-dir" -> builder.dataDirectory(Path.of(value));
					default -> builder.wireProfile(WireProfile.valueOf(value.toUpperCase(Locale.ROOT)));
				}
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Invalid value '" + value + "' for " + option + ". " + USAGE, ex);
			}
		}
		return builder;
	}

}
