/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.jspecify.annotations.Nullable;
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
 * <p>
 * The filter is process-wide while the owners that want it ({@link LogRedaction} beans,
 * one per application context) are not: it is in Logback's context while at least one
 * owner is attached, and removed when the last one detaches.
 */
final class LogbackKeyRedactionFilter extends TurboFilter {

	private static final ThreadLocal<Boolean> RELOGGING = new ThreadLocal<>();

	private static final String FQCN = Logger.class.getName();

	private static final String NAME = "cohesivity-key-redaction";

	private static final LogFilterOwners owners = new LogFilterOwners();

	private LogbackKeyRedactionFilter() {
	}

	/**
	 * Attach an owner: install the filter into Logback's context unless it is there
	 * already.
	 * @param owner the owner, detached later with {@link #detach(Object)}
	 * @return whether Logback is the logging backend (and the owner attached)
	 */
	static boolean attach(Object owner) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return false;
		}
		owners.attach(owner, () -> {
			install(context);
			if (!context.getCopyOfListenerList().contains(ReinstallOnReset.INSTANCE)) {
				context.addListener(ReinstallOnReset.INSTANCE);
			}
		});
		return true;
	}

	/**
	 * Detach an owner: remove the filter from Logback's context when no owner is left.
	 * @param owner an attached owner
	 */
	static void detach(Object owner) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return;
		}
		owners.detach(owner, () -> {
			context.removeListener(ReinstallOnReset.INSTANCE);
			for (TurboFilter filter : context.getTurboFilterList()) {
				if (filter instanceof LogbackKeyRedactionFilter) {
					context.getTurboFilterList().remove(filter);
					filter.stop();
				}
			}
		});
	}

	private static void install(LoggerContext context) {
		if (context.getTurboFilterList().stream().noneMatch(LogbackKeyRedactionFilter.class::isInstance)) {
			LogbackKeyRedactionFilter filter = new LogbackKeyRedactionFilter();
			filter.setName(NAME);
			filter.setContext(context);
			filter.start();
			context.addTurboFilter(filter);
		}
	}

	/**
	 * Return how many owners are attached (application contexts that keep the filter).
	 * @return the number of owners
	 */
	static int owners() {
		return owners.count();
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
		if (!KeyRedactor.containsSecretValue(message)) {
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

	/**
	 * Puts the filter back when Logback's context is reset (a reconfiguration, for
	 * example by {@code scan="true"}), which removes every turbo filter, while owners are
	 * attached.
	 */
	private static final class ReinstallOnReset implements LoggerContextListener {

		static final ReinstallOnReset INSTANCE = new ReinstallOnReset();

		@Override
		public boolean isResetResistant() {
			return true;
		}

		@Override
		public void onReset(LoggerContext context) {
			owners.ifAttached(() -> install(context));
		}

		@Override
		public void onStart(LoggerContext context) {
		}

		@Override
		public void onStop(LoggerContext context) {
		}

		@Override
		public void onLevelChange(Logger logger, Level level) {
		}

	}

}
