/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.docs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration properties table is the starter's generated configuration
 * metadata ({@code META-INF/spring-configuration-metadata.json}): every property whose
 * name holds {@code cohesivity}, with its default and description, in name order. When a
 * property is added or its Javadoc changes, this test fails and writes the table it
 * expects to {@code target/readme-properties.md}: paste it between the markers.
 */
class ReadmePropertiesTests {

	static final String START = "<!-- properties:start (generated from the configuration metadata; ReadmePropertiesTests) -->";

	static final String END = "<!-- properties:end -->";

	@Test
	void readmeListsEveryCohesivityPropertyWithItsDefaultAndDescription() throws IOException {
		String expected = table(cohesivityProperties());
		String readme = Files.readString(Path.of("..").toAbsolutePath().normalize().resolve("README.md"));
		int start = readme.indexOf(START);
		int end = readme.indexOf(END);
		assertThat(start).as("README.md has the marker " + START).isNotNegative();
		assertThat(end).as("README.md has the marker " + END).isGreaterThan(start);
		String actual = readme.substring(start + START.length(), end).strip();
		if (!actual.equals(expected)) {
			Path written = Path.of("target", "readme-properties.md");
			Files.createDirectories(written.getParent());
			Files.writeString(written, expected + "\n");
		}
		assertThat(actual).as("README.md's properties table; the expected one is in target/readme-properties.md")
			.isEqualTo(expected);
	}

	private List<JsonNode> cohesivityProperties() throws IOException {
		List<JsonNode> properties = new ArrayList<>();
		for (URL url : Collections
			.list(getClass().getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				JsonNode metadata = JsonMapper.shared().readTree(in);
				for (JsonNode property : metadata.path("properties")) {
					if (property.path("name").asString("").contains("cohesivity")) {
						properties.add(property);
					}
				}
			}
		}
		assertThat(properties).as("cohesivity properties in the configuration metadata").hasSizeGreaterThan(40);
		properties.sort(Comparator.comparing((JsonNode property) -> property.path("name").asString()));
		return properties;
	}

	static String table(List<JsonNode> properties) {
		StringBuilder table = new StringBuilder("| Property | Default | Description |\n|---|---|---|\n");
		for (JsonNode property : properties) {
			table.append("| `")
				.append(property.path("name").asString())
				.append("` | ")
				.append(defaultValue(property.path("defaultValue")))
				.append(" | ")
				.append(cell(property.path("description").asString("")))
				.append(" |\n");
		}
		return table.toString().strip();
	}

	private static String defaultValue(JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach((item) -> items.add(item.asString()));
			return "`" + String.join(", ", items) + "`";
		}
		return "`" + value.asString() + "`";
	}

	private static String cell(String text) {
		return text.replace("\r", "").replace("\n", " ").replace("|", "\\|").strip();
	}

}
