/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.util.Map;

import ai.cohesivity.core.CohesivityCredentials;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PropertiesCohesivityConnectionDetails}: which source wins per value.
 */
class PropertiesCohesivityConnectionDetailsTests {

	private static final CohesivityCredentials EMULATOR_FILE = new CohesivityCredentials(
			Map.of("coh_application_key", "coh_app_abcdefghij0123456789", "base_url", "http://127.0.0.1:8787"));

	@Test
	void baseUrlComesFromTheFileWhenNoPropertyIsSet() {
		assertThat(new PropertiesCohesivityConnectionDetails(new CohesivityProperties(), EMULATOR_FILE).getBaseUrl())
			.isEqualTo("http://127.0.0.1:8787");
	}

	@Test
	void baseUrlPropertyWinsOverTheFile() {
		CohesivityProperties properties = new CohesivityProperties();
		properties.setBaseUrl("http://localhost:9999");
		assertThat(new PropertiesCohesivityConnectionDetails(properties, EMULATOR_FILE).getBaseUrl())
			.isEqualTo("http://localhost:9999");
	}

	@Test
	void fileWithoutBaseUrlKeepsTheRealPlatform() {
		CohesivityCredentials file = new CohesivityCredentials(
				Map.of("coh_application_key", "coh_app_abcdefghij0123456789"));
		assertThat(new PropertiesCohesivityConnectionDetails(new CohesivityProperties(), file).getBaseUrl())
			.isEqualTo("https://cohesivity.ai");
	}

}
