package ai.cohesivity.emulator.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's splitter against the cases it shares with the client's splitter
 * ({@code test-fixtures/sql-script-splitting.txt} at the repository root): both must cut
 * every script into the same statements. Each statement's keyword, which D1's
 * restrictions go by, is its first word.
 */
class SqlScriptSplitterSharedCasesTests {

	@ParameterizedTest(name = "{0}")
	@MethodSource("sharedCases")
	void splitsAsTheSharedCaseSays(String name, String script, List<String> expected) {
		List<SqlStatement> statements = SqlScriptSplitter.split(script);
		assertThat(statements).extracting(SqlStatement::text).containsExactlyElementsOf(expected);
		assertThat(statements).extracting(SqlStatement::keyword)
			.containsExactlyElementsOf(expected.stream().map((text) -> firstWord(text)).toList());
	}

	private static String firstWord(String statement) {
		return statement.split("[^A-Za-z_]", 2)[0].toUpperCase(Locale.ROOT);
	}

	static Stream<Arguments> sharedCases() throws IOException {
		String text;
		try (InputStream in = SqlScriptSplitterSharedCasesTests.class
			.getResourceAsStream("/sql-script-splitting.txt")) {
			assertThat(in).as("test-fixtures/sql-script-splitting.txt on the test classpath").isNotNull();
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		return Arrays.stream(text.split("(?m)^==> case: ")).skip(1).map((block) -> {
			String[] parts = block.split("(?m)^==> (?:statement|none)\\R?", -1);
			int endOfName = parts[0].indexOf('\n');
			List<String> statements = Arrays.stream(parts).skip(1).map(String::stripTrailing).toList();
			return Arguments.of(parts[0].substring(0, endOfName), parts[0].substring(endOfName + 1).stripTrailing(),
					statements.stream().filter((statement) -> !statement.isEmpty()).toList());
		});
	}

}
