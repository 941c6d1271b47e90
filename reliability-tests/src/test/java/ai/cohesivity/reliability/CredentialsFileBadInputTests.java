/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ai.cohesivity.core.CohesivityCredentials;
import ai.cohesivity.core.CredentialsFile;
import ai.cohesivity.core.CredentialsFileException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code .cohesivity} parser under random input, 2,000 files a run from a printed
 * seed: random bytes, huge lines, duplicate keys, CRLF and CR, a BOM, NUL and other
 * control characters, quotes, with real-looking keys mixed in. It answers with
 * credentials or a {@link CredentialsFileException} — nothing else — and no message holds
 * a key, neither an exception's nor a warning the parser logs (captured here rather than
 * printed: thousands of lines); where a file holds the same key twice, the first
 * occurrence wins.
 */
@ExtendWith(SuiteSecrets.class)
class CredentialsFileBadInputTests {

	private static final int FILES = 2_000;

	private static final String[] NAMES = { "tenant_id", "coh_management_key", "coh_application_key", "expires_at",
			"tenant_lifecycle", "runtime_profile", "base_url", "COH_MANAGEMENT_KEY", " coh_application_key ",
			"application_key", "" };

	private static final String[] ENDINGS = { "\n", "\r\n", "\r", "\n\n", "\u2028", "" };

	private final Logger parserLogger = (Logger) LoggerFactory.getLogger(CredentialsFile.class);

	private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();

	@BeforeEach
	void captureTheParsersWarnings() {
		this.warnings.start();
		this.parserLogger.addAppender(this.warnings);
		this.parserLogger.setAdditive(false);
	}

	@AfterEach
	void printTheParsersWarningsAgain() {
		this.parserLogger.setAdditive(true);
		this.parserLogger.detachAppender(this.warnings);
	}

	@Test
	void onlyCredentialsOrTheDocumentedExceptionAndNoKeyInAMessage(@TempDir Path directory) throws Exception {
		RandomInput random = RandomInput.create();
		Map<String, Integer> outcomes = new LinkedHashMap<>();
		List<String> unexpected = new ArrayList<>();
		int viaFile = 0;
		for (int i = 0; i < FILES; i++) {
			List<String> keys = new ArrayList<>();
			String content = content(random, keys);
			keys.forEach(SuiteSecrets::secret);
			Path file = directory.resolve("cohesivity-" + i);
			boolean readFromDisk = i % 10 == 0;
			try {
				CohesivityCredentials credentials;
				if (readFromDisk) {
					Files.writeString(file, content, StandardCharsets.UTF_8);
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
					credentials = new CredentialsFile(file).read();
					viaFile++;
				}
				else {
					credentials = new CredentialsFile(file).parse(content);
				}
				outcomes.merge("credentials", 1, Integer::sum);
				checkFirstOccurrenceWins(content, credentials, unexpected);
				for (String key : keys) {
					assertThat(credentials.toString()).doesNotContain(key);
				}
			}
			catch (CredentialsFileException ex) {
				SuiteSecrets.raised(ex);
				outcomes.merge("CredentialsFileException", 1, Integer::sum);
				for (String key : keys) {
					if (String.valueOf(ex.getMessage()).contains(key) || ex.reason().contains(key)) {
						unexpected.add("key in the message: " + ex.getMessage());
					}
				}
			}
			catch (RuntimeException ex) {
				SuiteSecrets.raised(ex);
				unexpected.add(ex.toString());
			}
		}
		List<String> logged = this.warnings.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		List<String> leaksInLogs = SuiteSecrets.leaksIn(String.join("\n", logged));
		Figures.print(".cohesivity parser under random input", "seed", random.seed(), "files", FILES,
				"of them read from a file", viaFile, "outcomes", outcomes, "warnings logged", logged.size(),
				"unexpected", unexpected.size(), "keys in a warning", leaksInLogs.size());
		assertThat(leaksInLogs).as("keys in the parser's warnings; rerun with -Dreliability.seed=" + random.seed())
			.isEmpty();
		assertThat(unexpected)
			.as("anything but credentials or CredentialsFileException, or a key in a message; "
					+ "rerun with -Dreliability.seed=" + random.seed())
			.isEmpty();
		assertThat(outcomes).containsKeys("credentials", "CredentialsFileException");
	}

	/** A file: a BOM sometimes, then lines of several kinds with random line endings. */
	private static String content(RandomInput random, List<String> keys) {
		StringBuilder content = new StringBuilder();
		if (random.nextInt(8) == 0) {
			content.append('\ufeff');
		}
		int lines = random.nextInt(12);
		for (int line = 0; line < lines; line++) {
			switch (random.nextInt(9)) {
				case 0 -> content.append(random.bytesAsText(200));
				case 1 -> content.append(random.awkwardText(80));
				case 2 -> content.append("# ").append(random.awkwardText(60));
				case 3 -> content.append(random.oneOf(NAMES))
					.append('=')
					.append(random.awkwardText(2_000 * random.nextInt(80)));
				case 4, 5 -> {
					String key = random.key(random.nextBoolean() ? "coh_man_" : "coh_app_");
					keys.add(key);
					String name = key.startsWith("coh_man_") ? "coh_management_key" : "coh_application_key";
					String value = switch (random.nextInt(4)) {
						case 0 -> "\"" + key + "\"";
						case 1 -> "'" + key + "'";
						case 2 -> " " + key + " ";
						default -> key;
					};
					content.append(random.nextBoolean() ? name : random.oneOf(NAMES)).append('=').append(value);
				}
				case 6 -> content.append("tenant_id=").append(random.awkwardText(30));
				case 7 -> content.append('\u0000').append(random.awkwardText(20)).append('\u0000');
				default -> content.append("coh_application_key=").append(random.key("coh_man_"));
			}
			content.append(random.oneOf(ENDINGS));
		}
		return content.toString();
	}

	/**
	 * When a file holds two well-formed key lines of the same name, the credentials carry
	 * the first one's value.
	 */
	private static void checkFirstOccurrenceWins(String content, CohesivityCredentials credentials,
			List<String> unexpected) {
		String first = null;
		for (String line : content.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
			if (line.contains("coh_application_key")) {
				// the first line naming the key decides; only a plain, well-formed one is
				// checked here
				if (line.startsWith("coh_application_key=coh_app_")
						&& line.length() == "coh_application_key=".length() + 28) {
					first = line.substring("coh_application_key=".length());
				}
				break;
			}
		}
		if (first != null && !first.equals(credentials.applicationKey())) {
			unexpected.add("the first application_key does not win: " + first + " in "
					+ content.replace("\r", "\\r").replace("\n", "\\n") + " read as " + credentials.applicationKey());
		}
	}

}
