/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the IDE's value hints for {@code cohesivity.database.write-region} list
 * exactly the regions and aliases the client accepts, each alias naming its region.
 */
class WriteRegionMetadataTests {

	@Test
	void writeRegionHintsEveryRegionAndAliasTheClientAccepts() throws IOException {
		Map<String, String> values = hintValues("cohesivity.database.write-region");
		Set<String> accepted = new LinkedHashSet<>(OfferingConfigValidator.D1_REGIONS);
		accepted.addAll(OfferingConfigValidator.D1_REGION_ALIASES.keySet());
		assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(accepted);
		assertThat(values.values()).allSatisfy((description) -> assertThat(description).isNotBlank());
		OfferingConfigValidator.D1_REGION_ALIASES.forEach((alias, region) -> {
			if (!alias.equals(region)) {
				assertThat(values.get(alias)).as(alias).contains(region);
			}
		});
	}

	private Map<String, String> hintValues(String property) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).isNotNull();
			Map<String, String> values = new LinkedHashMap<>();
			for (JsonNode hint : JsonMapper.shared().readTree(in).path("hints")) {
				if (property.equals(hint.path("name").stringValue())) {
					hint.path("values")
						.forEach((value) -> values.put(value.path("value").asString(),
								value.path("description").stringValue("")));
				}
			}
			assertThat(values).as("hints of " + property).isNotEmpty();
			return values;
		}
	}

}
