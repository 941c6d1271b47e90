/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts an application the way a user does, through {@code SpringApplication.run}, with
 * every auto-configuration and the emulator on the class path, so that tests see what a
 * user sees: log lines and, on failure, the failure analysis Boot prints.
 */
public final class StartupApplications {

	private StartupApplications() {
	}

	/**
	 * Starts the application with these command-line arguments.
	 * @param args arguments such as {@code --cohesivity.base-url=…}
	 * @return the running context
	 */
	public static ConfigurableApplicationContext run(String... args) {
		return new SpringApplicationBuilder(UserApplication.class).web(WebApplicationType.NONE).run(args);
	}

	/**
	 * Starts the application, expecting start-up to fail.
	 * @param args arguments such as {@code --cohesivity.base-url=…}
	 * @return the failure {@code SpringApplication.run} threw
	 */
	public static Throwable failure(String... args) {
		Throwable[] failure = new Throwable[1];
		assertThatException().isThrownBy(() -> {
			try {
				run(args).close();
			}
			catch (Throwable ex) {
				failure[0] = ex;
				throw ex;
			}
		});
		return failure[0];
	}

	/**
	 * Returns how often a text occurs in captured output.
	 * @param output the output
	 * @param text the text
	 * @return the number of occurrences
	 */
	public static int occurrences(CharSequence output, String text) {
		return output.toString().split(java.util.regex.Pattern.quote(text), -1).length - 1;
	}

	/**
	 * Writes a {@code .cohesivity} file with the given lines, readable by the owner only.
	 * @param directory where to write it
	 * @param lines its lines
	 * @return the file
	 * @throws java.io.IOException if it cannot be written
	 */
	public static Path dotfile(Path directory, String... lines) throws java.io.IOException {
		List<String> content = new ArrayList<>(List.of(lines));
		Path file = Files.write(directory.resolve(".cohesivity"), content);
		Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class UserApplication {

	}

}
