package ai.cohesivity.emulator.logging;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.spi.SLF4JServiceProvider;

import ai.cohesivity.emulator.CohesivityEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's logging: INFO and above on standard error, and invisible to
 * applications that use the emulator as a library.
 */
class ConsoleLoggingTests {

	@Test
	void isNotAServiceThatSlf4jWouldDiscover() {
		assertThat(ServiceLoader.load(SLF4JServiceProvider.class).stream().map(ServiceLoader.Provider::type))
			.isNotEmpty()
			.doesNotContain(ConsoleLogging.class);
	}

	@Test
	void printsInfoAndAboveWithArgumentsAndStackTraces() {
		Logger logger = new ConsoleLogging().getLoggerFactory().getLogger(CohesivityEmulator.class.getName());
		PrintStream original = System.err;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
		try {
			logger.debug("not shown {}", 1);
			logger.info("Loaded {} tenant(s) from {}", 2, "/data");
			logger.warn("Could not close", new IllegalStateException("disk full"));
		}
		finally {
			System.setErr(original);
		}
		String[] lines = printed.toString(StandardCharsets.UTF_8).split("\\R");
		assertThat(lines[0])
			.matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO CohesivityEmulator - Loaded 2 tenant\\(s\\) from /data");
		assertThat(lines[1]).endsWith(" WARN CohesivityEmulator - Could not close");
		assertThat(lines[2]).isEqualTo("java.lang.IllegalStateException: disk full");
		assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain("not shown");
	}

}
