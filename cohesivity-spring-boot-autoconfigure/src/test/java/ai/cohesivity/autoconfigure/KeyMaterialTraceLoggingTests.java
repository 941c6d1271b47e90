/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.reactive.function.client.WebClient;

import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.management.ClaimClient;
import ai.cohesivity.management.ClaimStart;
import ai.cohesivity.management.ResourcesClient;
import ai.cohesivity.management.StatusClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Runs the client flows against the emulator with every logger at TRACE and checks that
 * no management or application key appears anywhere in the output.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeyMaterialTraceLoggingTests {

	private static final Pattern KEY = Pattern.compile("coh_(man|app)_[a-z0-9]{20}");

	private static final String[] TRACED = { Logger.ROOT_LOGGER_NAME, "ai.cohesivity", "reactor.netty",
			"org.springframework.web", "org.springframework.http", "org.springframework.core.codec", "io.netty" };

	private final Map<String, Level> previousLevels = new HashMap<>();

	private CohesivityEmulator emulator;

	@BeforeEach
	void traceEverything() {
		this.emulator = CohesivityEmulator.builder().start();
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		for (String name : TRACED) {
			Logger logger = context.getLogger(name);
			this.previousLevels.put(name, logger.getLevel());
			logger.setLevel(Level.TRACE);
		}
	}

	@AfterEach
	void restore() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		this.previousLevels.forEach((name, level) -> context.getLogger(name).setLevel(level));
		this.emulator.close();
	}

	@Test
	void noKeyMaterialInTraceOutput(CapturedOutput output, @TempDir Path directory) {
		EmulatorContexts.runner()
			.withPropertyValues("cohesivity.base-url=" + this.emulator.baseUrl(), "cohesivity.genesis.enabled=true",
					"cohesivity.credentials-file=" + directory.resolve(".cohesivity"))
			.run((context) -> assertThat(context).hasNotFailed());
		EmulatorTenant tenant = this.emulator.createTenant();
		EmulatorContexts.runner(this.emulator, tenant).run((context) -> {
			context.getBean(ResourcesClient.class).provision("database", Map.of("write_region", "eu")).block();
			EdgeClient edge = context.getBean(EdgeClient.class);
			edge.post("/edge/database", Map.of("query", "CREATE TABLE t (v TEXT)"), false)
				.block(Duration.ofSeconds(20));
			this.emulator.admin().advanceClock(Duration.ofMinutes(2));
			edge.post("/edge/database", Map.of("query", "INSERT INTO t VALUES ('x')"), false)
				.block(Duration.ofSeconds(20));
			assertThatExceptionOfType(CohesivityException.class)
				.isThrownBy(() -> edge.post("/edge/database", Map.of("query", "SELECT * FROM missing"), true)
					.block(Duration.ofSeconds(20)));
			context.getBean(StatusClient.class).status().block(Duration.ofSeconds(20));
			ClaimClient claims = context.getBean(ClaimClient.class);
			ClaimStart claim = claims.start().block(Duration.ofSeconds(20));
			this.emulator.admin().approveClaim(tenant.tenantId());
			claims.awaitClaimed(claim, Duration.ofMillis(20), Duration.ofSeconds(20)).block(Duration.ofSeconds(25));
		});
		EmulatorContexts.runner(this.emulator, tenant)
			.withPropertyValues("cohesivity.edge.session-tokens=false")
			.run((context) -> context.getBean(EdgeClient.class)
				.post("/edge/database", Map.of("query", "SELECT COUNT(*) FROM t"), true)
				.block(Duration.ofSeconds(20)));
		EmulatorContexts.runner(this.emulator, tenant)
			.withPropertyValues("cohesivity.application-key=coh_app_zzzzzzzzzzzzzzzzzzzz")
			.run((context) -> assertThatExceptionOfType(CohesivityException.class)
				.isThrownBy(() -> context.getBean(EdgeClient.class)
					.post("/edge/database", Map.of("query", "SELECT 1"), true)
					.block(Duration.ofSeconds(20))));
		String log = output.toString();
		assertThat(log).as("TRACE output was captured").contains("TRACE").contains("/edge/database");
		assertNoKeyMaterial(log);
		assertThat(log).doesNotContain(tenant.managementKey()).doesNotContain(tenant.applicationKey());
		assertThat(log).as("the key in the minting URI was logged, masked")
			.contains("/edge/session?key=******, method=POST");
	}

	@Test
	void noKeyMaterialWhenTheApplicationLogsRequestDetails(CapturedOutput output) {
		EmulatorTenant tenant = this.emulator.createTenant();
		this.emulator.provision(tenant.tenantId(), "database");
		EmulatorContexts.runner(this.emulator, tenant)
			.withBean(WebClient.Builder.class,
					() -> WebClient.builder()
						.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(true)))
			.run((context) -> {
				context.getBean(StatusClient.class).status().block(Duration.ofSeconds(20));
				context.getBean(EdgeClient.class)
					.post("/edge/database", Map.of("query", "SELECT 1"), true)
					.block(Duration.ofSeconds(20));
			});
		String log = output.toString();
		assertThat(log).as("request headers were logged").contains("headers=").contains("Bearer coh_man_******");
		assertNoKeyMaterial(log);
	}

	private static void assertNoKeyMaterial(String log) {
		Matcher leaked = KEY.matcher(log);
		StringBuilder lines = new StringBuilder();
		while (leaked.find()) {
			int start = log.lastIndexOf('\n', leaked.start()) + 1;
			int end = log.indexOf('\n', leaked.end());
			String line = log.substring(start, (end < 0) ? log.length() : end);
			lines.append(line, 0, Math.min(line.length(), 400)).append('\n');
		}
		assertThat(lines.toString()).as("log lines with key material").isEmpty();
	}

}
