/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.util.ClassUtils;

/**
 * Keeps Cohesivity keys out of the logging backend's output for as long as its
 * application context lives, when the backend is Logback or Log4j2 and
 * {@code cohesivity.redact-logs} is on. The filter is process-wide: it is installed when
 * the first context that wants it initializes this bean, and removed when the last such
 * context closes, so contexts opened and closed in any order neither leave it behind nor
 * take it away from each other. The clients' assembly depends on this bean, so the filter
 * is in place before the first request that carries a key.
 */
final class LogRedaction implements InitializingBean, DisposableBean {

	/** The bean name the clients' assembly depends on. */
	static final String BEAN_NAME = "cohesivityLogRedaction";

	/** The Logback class whose presence switches redaction on. */
	static final String LOGBACK_CONTEXT = "ch.qos.logback.classic.LoggerContext";

	private static final boolean LOGBACK_PRESENT = ClassUtils.isPresent(LOGBACK_CONTEXT,
			LogRedaction.class.getClassLoader());

	private static final boolean LOG4J2_PRESENT = ClassUtils.isPresent("org.apache.logging.log4j.core.LoggerContext",
			LogRedaction.class.getClassLoader());

	private final boolean enabled;

	private @Nullable Backend attached;

	LogRedaction(boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public void afterPropertiesSet() {
		if (!this.enabled) {
			return;
		}
		if (LOGBACK_PRESENT && LogbackKeyRedactionFilter.attach(this)) {
			this.attached = Backend.LOGBACK;
		}
		else if (LOG4J2_PRESENT && Log4j2KeyRedactionFilter.attach(this)) {
			this.attached = Backend.LOG4J2;
		}
	}

	@Override
	public void destroy() {
		if (this.attached == Backend.LOGBACK) {
			LogbackKeyRedactionFilter.detach(this);
		}
		else if (this.attached == Backend.LOG4J2) {
			Log4j2KeyRedactionFilter.detach(this);
		}
		this.attached = null;
	}

	@Override
	public String toString() {
		return "LogRedaction[" + ((this.attached != null) ? "attached to " + this.attached : "inactive") + "]";
	}

	/**
	 * The logging backends whose output is redacted.
	 */
	private enum Backend {

		LOGBACK, LOG4J2

	}

}
