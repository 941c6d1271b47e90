/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

import ai.cohesivity.core.KeyRedactor;

/**
 * A Logback {@link TurboFilter} that keeps Cohesivity keys out of every log line,
 * including lines written by libraries below the client: Reactor Netty logs the full
 * request URI at {@code DEBUG}, and {@code POST /edge/session} must carry the application
 * key as {@code ?key=}. An enabled event whose message holds a key is replaced by the
 * same event with the key masked. Events below their logger's level are not inspected.
 */
final class LogbackKeyRedactionFilter extends TurboFilter {

	private static final ThreadLocal<Boolean> RELOGGING = new ThreadLocal<>();

	private static final String FQCN = Logger.class.getName();

	/**
	 * Install the filter into Logback's context unless it is there already.
	 * @return whether the filter is installed
	 */
	static boolean install() {
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		if (!(factory instanceof LoggerContext context)) {
			return false;
		}
		synchronized (LogbackKeyRedactionFilter.class) {
			boolean present = context.getTurboFilterList()
				.stream()
				.anyMatch((filter) -> filter instanceof LogbackKeyRedactionFilter);
			if (!present) {
				LogbackKeyRedactionFilter filter = new LogbackKeyRedactionFilter();
				filter.setName("cohesivity-key-redaction");
				filter.setContext(context);
				filter.start();
				context.addTurboFilter(filter);
			}
		}
		return true;
	}

	@Override
	public FilterReply decide(@Nullable Marker marker, Logger logger, @Nullable Level level, @Nullable String format,
			@Nullable Object @Nullable [] params, @Nullable Throwable throwable) {
		if (level == null || format == null || RELOGGING.get() != null
				|| !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
			return FilterReply.NEUTRAL;
		}
		String message = (params == null || params.length == 0) ? format
				: MessageFormatter.arrayFormat(format, params).getMessage();
		if (!KeyRedactor.containsKeyValue(message)) {
			return FilterReply.NEUTRAL;
		}
		RELOGGING.set(Boolean.TRUE);
		try {
			logger.log(marker, FQCN, Level.toLocationAwareLoggerInteger(level), KeyRedactor.redact(message), null,
					throwable);
		}
		finally {
			RELOGGING.remove();
		}
		return FilterReply.DENY;
	}

}
