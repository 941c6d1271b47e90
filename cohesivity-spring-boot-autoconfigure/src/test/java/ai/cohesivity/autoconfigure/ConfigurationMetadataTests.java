/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the generated configuration metadata documents every {@code cohesivity.*}
 * property and carries the hand-written entries.
 */
class ConfigurationMetadataTests {

	private JsonNode metadata() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("generated metadata").isNotNull();
			return JsonMapper.shared().readTree(in);
		}
	}

	private Map<String, JsonNode> properties() throws IOException {
		List<JsonNode> all = new ArrayList<>();
		metadata().path("properties").forEach(all::add);
		return all.stream()
			.collect(Collectors.toMap((node) -> node.path("name").stringValue(), (node) -> node,
					(first, second) -> first));
	}

	@Test
	void everyCohesivityPropertyHasADescription() throws IOException {
		Map<String, JsonNode> properties = properties();
		assertThat(properties).containsKeys("cohesivity.base-url", "cohesivity.application-key",
				"cohesivity.management-key", "cohesivity.edge.session-tokens", "cohesivity.genesis.enabled",
				"cohesivity.emulator.enabled", "cohesivity.retry.max-attempts", "cohesivity.redact-logs",
				"cohesivity.observability.poll-interval", "cohesivity.observability.jitter",
				"cohesivity.observability.requires-claim-retry-interval", "cohesivity.metrics.max-tag-values",
				"cohesivity.health.cache-ttl", "cohesivity.health.timeout");
		properties.forEach((name, property) -> {
			if (name.startsWith("cohesivity.") && !name.startsWith("cohesivity.database.")) {
				assertThat(property.path("description").stringValue("")).as(name).isNotBlank();
			}
		});
		assertThat(properties.get("cohesivity.genesis.enabled").path("defaultValue").asBoolean(true)).isFalse();
	}

	@Test
	void handWrittenHealthPropertyIsMerged() throws IOException {
		JsonNode health = properties().get("management.health.cohesivity.enabled");
		assertThat(health).isNotNull();
		assertThat(health.path("type").stringValue()).isEqualTo("java.lang.Boolean");
		assertThat(health.path("description").stringValue()).isNotBlank();
	}

}
