/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the public API list of {@code docs/architecture.md} honest: the public top-level
 * types of this module are exactly the documented ones.
 */
class PublicApiTests {

	private static final Path ARCHITECTURE = Path.of("..", "docs", "architecture.md");

	private static final Pattern ROW = Pattern.compile("^\\|\\s*`(ai\\.cohesivity[a-z.]*)`\\s*\\|(.*)$");

	private static final Pattern TYPE = Pattern.compile("`([A-Z][A-Za-z0-9]*)`");

	@Test
	void publicTypesAreExactlyTheDocumentedOnes() throws IOException {
		Set<String> documented = documentedTypes();
		Set<String> published = publishedTypes();
		assertThat(documented).as("types listed in docs/architecture.md").isNotEmpty();
		assertThat(published)
			.as("public types that docs/architecture.md does not list (make them "
					+ "package-private, or document them)")
			.isSubsetOf(documented);
		assertThat(documented).as("types docs/architecture.md lists that are not public (any more)")
			.isSubsetOf(published);
	}

	private static Set<String> documentedTypes() throws IOException {
		String text = Files.readString(ARCHITECTURE);
		String list = text.substring(text.indexOf("<!-- public-api:begin -->"),
				text.indexOf("<!-- public-api:end -->"));
		Set<String> types = new TreeSet<>();
		for (String line : list.split("\n")) {
			Matcher row = ROW.matcher(line.strip());
			if (row.matches()) {
				Matcher type = TYPE.matcher(row.group(2));
				while (type.find()) {
					types.add(row.group(1) + "." + type.group(1));
				}
			}
		}
		return types;
	}

	private static Set<String> publishedTypes() {
		ImportOption mainCodeOnly = (location) -> !location.contains("/test-classes/");
		JavaClasses classes = new ClassFileImporter().withImportOption(mainCodeOnly).importPackages("ai.cohesivity");
		return classes.stream()
			.filter((type) -> !type.getPackageName().startsWith("ai.cohesivity.emulator"))
			.filter(JavaClass::isTopLevelClass)
			.filter((type) -> type.getModifiers().contains(JavaModifier.PUBLIC))
			.map(JavaClass::getName)
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
