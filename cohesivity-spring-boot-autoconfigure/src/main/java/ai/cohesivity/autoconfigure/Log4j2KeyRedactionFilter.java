/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.util.Arrays;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.filter.AbstractFilter;
import org.apache.logging.log4j.core.filter.CompositeFilter;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.message.SimpleMessage;
import org.jspecify.annotations.Nullable;

import ai.cohesivity.core.KeyRedactor;

/**
 * The Log4j2 twin of {@link LogbackKeyRedactionFilter}: a context-wide filter that keeps
 * Cohesivity keys out of every log line, including the lines of libraries below the
 * client (Reactor Netty logs the full minting URI, with {@code ?key=}, at {@code DEBUG}).
 * Log4j2 asks a context-wide filter before a log event is made; an enabled message that
 * holds a key is denied and logged again with the key masked. Messages below their
 * logger's level are not inspected.
 * <p>
 * It is in the configuration of Log4j2's context while at least one owner
 * ({@link LogRedaction} bean) is attached, put back when Log4j2 is reconfigured, and
 * removed when the last owner detaches.
 */
final class Log4j2KeyRedactionFilter extends AbstractFilter {

	private static final ThreadLocal<Boolean> RELOGGING = new ThreadLocal<>();

	private static final String FQCN = Log4j2KeyRedactionFilter.class.getName();

	private static final LogFilterOwners owners = new LogFilterOwners();

	private static final Log4j2KeyRedactionFilter INSTANCE = new Log4j2KeyRedactionFilter();

	private static final PropertyChangeListener REINSTALL_ON_RECONFIGURATION = Log4j2KeyRedactionFilter::reconfigured;

	private Log4j2KeyRedactionFilter() {
		super(Filter.Result.NEUTRAL, Filter.Result.NEUTRAL);
	}

	/**
	 * Attach an owner: install the filter into the configuration of Log4j2's context
	 * unless it is there already.
	 * @param owner the owner, detached later with {@link #detach(Object)}
	 * @return whether Log4j2 is the logging backend (and the owner attached)
	 */
	static boolean attach(Object owner) {
		if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
			return false;
		}
		attach(owner, context);
		return true;
	}

	/**
	 * Attach an owner to a context.
	 * @param owner the owner
	 * @param context Log4j2's context
	 */
	static void attach(Object owner, LoggerContext context) {
		owners.attach(owner, () -> {
			install(context, context.getConfiguration());
			context.removePropertyChangeListener(REINSTALL_ON_RECONFIGURATION);
			context.addPropertyChangeListener(REINSTALL_ON_RECONFIGURATION);
		});
	}

	/**
	 * Detach an owner: remove the filter from Log4j2's configuration when no owner is
	 * left.
	 * @param owner an attached owner
	 */
	static void detach(Object owner) {
		if (LogManager.getContext(false) instanceof LoggerContext context) {
			detach(owner, context);
		}
	}

	/**
	 * Detach an owner from a context.
	 * @param owner the owner
	 * @param context Log4j2's context
	 */
	static void detach(Object owner, LoggerContext context) {
		owners.detach(owner, () -> {
			context.removePropertyChangeListener(REINSTALL_ON_RECONFIGURATION);
			Configuration configuration = context.getConfiguration();
			configuration.removeFilter(INSTANCE);
			context.updateLoggers();
		});
	}

	/**
	 * Return how many owners are attached (application contexts that keep the filter).
	 * @return the number of owners
	 */
	static int owners() {
		return owners.count();
	}

	/**
	 * Return whether the filter is in a configuration.
	 * @param configuration the configuration
	 * @return whether it is installed
	 */
	static boolean isInstalled(Configuration configuration) {
		Filter filter = configuration.getFilter();
		return filter == INSTANCE || (filter instanceof CompositeFilter composite
				&& Arrays.asList(composite.getFiltersArray()).contains(INSTANCE));
	}

	private static void install(LoggerContext context, Configuration configuration) {
		if (!isInstalled(configuration)) {
			configuration.addFilter(INSTANCE);
			context.updateLoggers(configuration);
		}
	}

	private static void reconfigured(PropertyChangeEvent event) {
		if (LoggerContext.PROPERTY_CONFIG.equals(event.getPropertyName())
				&& event.getSource() instanceof LoggerContext context
				&& event.getNewValue() instanceof Configuration configuration) {
			owners.ifAttached(() -> install(context, configuration));
		}
	}

	@Override
	public Result filter(Logger logger, Level level, Marker marker, String msg, Object... params) {
		if (msg == null || !isEnabled(logger, level)) {
			return Result.NEUTRAL;
		}
		Message message = (params == null || params.length == 0) ? new SimpleMessage(msg)
				: new ParameterizedMessage(msg, params);
		return redact(logger, level, marker, message.getFormattedMessage(), message.getThrowable());
	}

	@Override
	public Result filter(Logger logger, Level level, Marker marker, Message msg, Throwable t) {
		if (msg == null || !isEnabled(logger, level)) {
			return Result.NEUTRAL;
		}
		return redact(logger, level, marker, msg.getFormattedMessage(), (t != null) ? t : msg.getThrowable());
	}

	@Override
	public Result filter(Logger logger, Level level, Marker marker, Object msg, Throwable t) {
		if (msg == null || !isEnabled(logger, level)) {
			return Result.NEUTRAL;
		}
		return redact(logger, level, marker, String.valueOf(msg), t);
	}

	private static boolean isEnabled(Logger logger, @Nullable Level level) {
		return level != null && RELOGGING.get() == null && logger.getLevel() != null
				&& level.intLevel() <= logger.getLevel().intLevel();
	}

	private static Result redact(Logger logger, Level level, @Nullable Marker marker, @Nullable String text,
			@Nullable Throwable throwable) {
		if (!KeyRedactor.containsSecretValue(text)) {
			return Result.NEUTRAL;
		}
		RELOGGING.set(Boolean.TRUE);
		try {
			logger.logMessage(FQCN, level, marker, new SimpleMessage(KeyRedactor.redact(text)), throwable);
		}
		finally {
			RELOGGING.remove();
		}
		return Result.DENY;
	}

	@Override
	public String toString() {
		return "cohesivity-key-redaction";
	}

}
