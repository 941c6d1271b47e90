/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.docs;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ```java} block of {@code README.md} and {@code docs/*.md} compiles as
 * shown, imports included, against this module's test class path (the starter, the
 * emulator, Spring Boot, JUnit): a reader can paste it. Each block is one compilation
 * unit; the blocks of one page compile together, so a page may declare a type in one
 * block ({@code MyApplication}) and use it in the next. A block that is not a whole
 * compilation unit (statements, a lone method) fails here: give it its class and imports.
 */
class DocumentationSnippetsTests {

	private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```", Pattern.DOTALL);

	private static final Pattern TOP_LEVEL_TYPE = Pattern
		.compile("(?m)^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|interface|record|enum|@interface)\\s+(\\w+)");

	@TempDir
	Path output;

	@TestFactory
	Stream<DynamicTest> everyJavaBlockOfEveryPageCompiles() throws IOException {
		Path root = Path.of("..").toAbsolutePath().normalize();
		List<Path> pages = new ArrayList<>();
		pages.add(root.resolve("README.md"));
		try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
			docs.filter((file) -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		return pages.stream()
			.filter((page) -> !blocks(page).isEmpty())
			.map((page) -> DynamicTest.dynamicTest(root.relativize(page).toString(), () -> compiles(page)));
	}

	private void compiles(Path page) throws IOException {
		List<String> blocks = blocks(page);
		Path sources = Files.createDirectories(this.output.resolve(page.getFileName() + "-sources"));
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			String block = blocks.get(i);
			Matcher type = TOP_LEVEL_TYPE.matcher(block);
			assertThat(type.find())
				.as("block %d of %s declares no top-level type; give it its class and imports:%n%s", i + 1,
						page.getFileName(), block)
				.isTrue();
			Path file = Files.createDirectories(sources.resolve("block" + (i + 1))).resolve(type.group(1) + ".java");
			files.add(Files.writeString(file, block));
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		Path classes = Files.createDirectories(this.output.resolve(page.getFileName() + "-classes"));
		try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
			List<String> options = List.of("-classpath", testClassPath(), "-d", classes.toString(), "-proc:none",
					"-implicit:none", "-parameters");
			boolean compiled = compiler
				.getTask(new StringWriter(), fileManager, diagnostics, options, null,
						fileManager.getJavaFileObjectsFromPaths(files))
				.call();
			StringBuilder errors = new StringBuilder();
			diagnostics.getDiagnostics()
				.stream()
				.filter((diagnostic) -> diagnostic.getKind() == javax.tools.Diagnostic.Kind.ERROR)
				.forEach((diagnostic) -> errors.append(diagnostic.getSource().getName())
					.append(':')
					.append(diagnostic.getLineNumber())
					.append(": ")
					.append(diagnostic.getMessage(Locale.ROOT))
					.append('\n'));
			assertThat(compiled).as("the java blocks of %s do not compile:%n%s", page.getFileName(), errors).isTrue();
		}
	}

	private static List<String> blocks(Path page) {
		try {
			Matcher block = JAVA_BLOCK.matcher(Files.readString(page));
			List<String> blocks = new ArrayList<>();
			while (block.find()) {
				blocks.add(block.group(1));
			}
			return blocks;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + page, ex);
		}
	}

	/**
	 * Surefire starts tests from a manifest-only jar and names the real class path in a
	 * property of its own.
	 */
	private static String testClassPath() {
		return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
	}

}
