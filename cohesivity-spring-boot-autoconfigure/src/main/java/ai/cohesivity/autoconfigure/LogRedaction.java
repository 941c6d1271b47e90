/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import org.springframework.util.ClassUtils;

/**
 * Installs key redaction into the logging backend when it supports it (Logback), before
 * the first request that carries a key is sent.
 */
final class LogRedaction {

	private static final boolean LOGBACK_PRESENT = ClassUtils.isPresent("ch.qos.logback.classic.LoggerContext",
			LogRedaction.class.getClassLoader());

	private LogRedaction() {
	}

	static void install(CohesivityProperties properties) {
		if (properties.isRedactLogs() && LOGBACK_PRESENT) {
			LogbackKeyRedactionFilter.install();
		}
	}

}
