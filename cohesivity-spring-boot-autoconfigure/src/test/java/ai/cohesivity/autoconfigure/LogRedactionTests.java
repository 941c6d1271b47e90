/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LogRedaction}: the process-wide Logback filter lives exactly as long
 * as at least one application context that wants it, whatever order contexts open and
 * close in. Contexts of other test classes that are still open (a cached
 * {@code @SpringBootTest} context) are counted as owners that were there before.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogRedactionTests {

	private int ownersBefore;

	private static final String KEY_A = "coh_app_aaaaaaaaaaaaaaaaaaaa";

	private static final String KEY_B = "coh_app_bbbbbbbbbbbbbbbbbbbb";

	private static final Logger logger = LoggerFactory.getLogger(LogRedactionTests.class);

	@BeforeEach
	void countOwnersOfOtherContexts() {
		this.ownersBefore = LogbackKeyRedactionFilter.owners();
		assertFilterPresentExactlyWhileOwned();
	}

	@AfterEach
	void nothingLeftBehind() {
		assertThat(LogbackKeyRedactionFilter.owners()).isEqualTo(this.ownersBefore);
		assertFilterPresentExactlyWhileOwned();
	}

	private static void assertFilterPresentExactlyWhileOwned() {
		assertThat(filters()).as("redaction filters installed")
			.isEqualTo((LogbackKeyRedactionFilter.owners() > 0) ? 1 : 0);
	}

	private static long filters() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		return context.getTurboFilterList().stream().filter(LogbackKeyRedactionFilter.class::isInstance).count();
	}

	private static AnnotationConfigApplicationContext open(String applicationKey, String... properties) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		TestPropertyValues
			.of("cohesivity.application-key=" + applicationKey, "cohesivity.emulator.enabled=false",
					"cohesivity.credentials-file=target/no-such/.cohesivity")
			.and(properties)
			.applyTo(context);
		context.register(CohesivityAutoConfiguration.class);
		context.refresh();
		return context;
	}

	private static void logBothKeys() {
		logger.warn("keys in a log line: {} and {}", KEY_A, KEY_B);
	}

	private static void assertBothKeysMasked(CapturedOutput output) {
		assertThat(output).contains("keys in a log line: coh_app_****** and coh_app_******")
			.doesNotContain(KEY_A)
			.doesNotContain(KEY_B);
	}

	@ParameterizedTest(name = "first opened closed first: {0}")
	@ValueSource(booleans = { true, false })
	void closingOneContextLeavesTheOtherMaskedAndTheLastLeavesNothingBehind(boolean firstOpenedClosedFirst,
			CapturedOutput output) {
		AnnotationConfigApplicationContext first = open(KEY_A);
		AnnotationConfigApplicationContext second = open(KEY_B);
		assertThat(filters()).isOne();
		assertThat(LogbackKeyRedactionFilter.owners()).isEqualTo(this.ownersBefore + 2);
		AnnotationConfigApplicationContext closedFirst = firstOpenedClosedFirst ? first : second;
		AnnotationConfigApplicationContext closedLast = firstOpenedClosedFirst ? second : first;
		closedFirst.close();
		assertThat(filters()).isOne();
		logBothKeys();
		closedLast.close();
		assertBothKeysMasked(output);
	}

	@Test
	void contextWithRedactionOffNeitherInstallsNorRemovesTheFilter(CapturedOutput output) {
		AnnotationConfigApplicationContext unredacted = open(KEY_B, "cohesivity.redact-logs=false");
		assertThat(LogbackKeyRedactionFilter.owners()).isEqualTo(this.ownersBefore);
		AnnotationConfigApplicationContext redacted = open(KEY_A);
		unredacted.close();
		assertThat(filters()).isOne();
		logBothKeys();
		redacted.close();
		assertBothKeysMasked(output);
	}

	@Test
	void filterSurvivesAReconfigurationOfLogbackWhileAContextLives(CapturedOutput output) throws Exception {
		LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
		try (AnnotationConfigApplicationContext context = open(KEY_A)) {
			logback.reset();
			new ContextInitializer(logback).autoConfig();
			assertThat(filters()).isOne();
			logBothKeys();
		}
		assertBothKeysMasked(output);
	}

	@Test
	void filterIsInPlaceBeforeTheClientsAreAssembled() {
		try (AnnotationConfigApplicationContext context = open(KEY_A)) {
			assertThat(context.getBeanFactory().getBeanDefinition("cohesivityClientConfigurer").getDependsOn())
				.contains(LogRedaction.BEAN_NAME);
			assertThat(context.getBeanFactory().getBeanDefinition("cohesivityConnection").getDependsOn())
				.contains(LogRedaction.BEAN_NAME);
		}
	}

}
