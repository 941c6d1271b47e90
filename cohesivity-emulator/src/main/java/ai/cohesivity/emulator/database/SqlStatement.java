package ai.cohesivity.emulator.database;

import java.nio.charset.StandardCharsets;

/**
 * One statement of a request's SQL text.
 *
 * @param text the statement without its terminating semicolon
 * @param keyword the statement's first keyword in upper case ({@code SELECT},
 * {@code ATTACH}, ...)
 * @param numberedParameters whether it uses {@code ?NNN} parameters (bound by number, not
 * in order)
 */
record SqlStatement(String text, String keyword, boolean numberedParameters) {

	int utf8Length() {
		return this.text.getBytes(StandardCharsets.UTF_8).length;
	}

}
