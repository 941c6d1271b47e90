/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability.log4j2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.log4j2.Log4J2LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

import ai.cohesivity.reliability.Figures;
import ai.cohesivity.reliability.ReliabilityApplication;
import ai.cohesivity.reliability.SecretsWorkload;
import ai.cohesivity.reliability.SuiteSecrets;
import ai.cohesivity.reliability.WireRecorder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application of the secrets case on Log4j2 ({@code spring-boot-starter-log4j2})
 * instead of Logback, every logger at {@code TRACE} and request details logged: no key,
 * edge token or {@code ?key=} value in any line, because the starter's lifecycle bean
 * installs its redaction filter into Log4j2 as it does into Logback.
 */
@ExtendWith(SuiteSecrets.class)
class Log4j2SecretsTests {

	private static final String LOG_FILE = "target/secrets-trace/log4j2.log";

	@Test
	void noSecretInAnyLineUnderLog4j2() throws Exception {
		assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).startsWith("org.apache.logging");
		assertThat(LogManager.getContext(false)).isInstanceOf(org.apache.logging.log4j.core.LoggerContext.class);
		Files.deleteIfExists(Path.of(LOG_FILE));
		List<String> flows;
		String redaction;
		int bearers;
		try (CohesivityEmulator emulator = CohesivityEmulator.builder().start()) {
			EmulatorTenant tenant = SuiteSecrets.tenant(emulator.createTenant());
			try (ConfigurableApplicationContext application = ReliabilityApplication.run(emulator, tenant,
					"logging.level.root=TRACE", "spring.http.codecs.log-request-details=true",
					"logging.file.name=" + LOG_FILE, "logging.threshold.console=OFF",
					"cohesivity.observability.requires-claim-retry-interval=300ms")) {
				assertThat(application.getBean(LoggingSystem.class)).isInstanceOf(Log4J2LoggingSystem.class);
				redaction = application.getBean("cohesivityLogRedaction").toString();
				flows = SecretsWorkload.run(application, emulator, tenant);
				bearers = application.getBean(WireRecorder.class).bearers().size();
			}
		}
		String log = Files.readString(Path.of(LOG_FILE));
		Figures.print("secrets under Log4j2", "redaction", redaction, "flows", flows.size(), "log lines at TRACE",
				log.lines().count(), "edge tokens sent (looked for)", bearers, "masked Bearer credentials in the log",
				log.split("Bearer \\*{6}", -1).length - 1, "leaks", SuiteSecrets.leaksIn(log).size());
		assertThat(redaction).isEqualTo("LogRedaction[attached to LOG4J2]");
		assertThat(bearers).isGreaterThanOrEqualTo(2);
		assertThat(log).contains("TRACE").contains("/edge/session").contains("Bearer ******");
		SuiteSecrets.assertNoSecret("the Log4j2 output at TRACE", log);
	}

}
