/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.emulator;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;
import ai.cohesivity.edge.EdgeClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @SpringBootTest} that needs one annotation to run on a fresh emulator, even
 * though real credentials are configured.
 */
@SpringBootTest(properties = { "cohesivity.application-key=coh_app_realrealrealrealreal",
		"cohesivity.management-key=coh_man_realrealrealrealreal" })
@AutoConfigureCohesivityEmulator
class AutoConfigureCohesivityEmulatorTests {

	@Autowired
	private EdgeClient edgeClient;

	@Autowired
	private CohesivityConnectionDetails connectionDetails;

	@Autowired
	private EmbeddedEmulator emulator;

	@Test
	void runsOnTheEmbeddedEmulator() {
		assertThat(this.connectionDetails.getBaseUrl()).isEqualTo(this.emulator.baseUrl());
		assertThat(this.connectionDetails.getApplicationKey()).isNotEqualTo("coh_app_realrealrealrealreal");
		int answer = this.edgeClient.post("/edge/database", Map.of("query", "SELECT 7 AS answer"), true)
			.block(Duration.ofSeconds(20))
			.path("rows")
			.get(0)
			.path("answer")
			.asInt();
		assertThat(answer).isEqualTo(7);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
