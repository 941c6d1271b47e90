/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.util.ClassUtils;

/**
 * Keeps Cohesivity keys out of the logging backend's output for as long as its
 * application context lives, when the backend supports it (Logback) and
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

	private final boolean enabled;

	private boolean attached;

	LogRedaction(boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.enabled && LOGBACK_PRESENT) {
			this.attached = LogbackKeyRedactionFilter.attach(this);
		}
	}

	@Override
	public void destroy() {
		if (this.attached) {
			LogbackKeyRedactionFilter.detach(this);
			this.attached = false;
		}
	}

	@Override
	public String toString() {
		return "LogRedaction[" + (this.attached ? "attached" : "inactive") + "]";
	}

}
