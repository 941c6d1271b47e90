package ai.cohesivity.emulator.logging;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The command line's SLF4J provider: INFO, WARN and ERROR to standard error, one line
 * each (plus the stack trace of an exception). {@code EmulatorMain} selects it through
 * the {@code slf4j.provider} system property; it is not registered as a service, so an
 * application or test that uses the emulator as a library never sees it and keeps its own
 * provider.
 */
public final class ConsoleLogging implements SLF4JServiceProvider {

	private final ILoggerFactory loggers = ConsoleLogger::new;

	private final IMarkerFactory markers = new BasicMarkerFactory();

	private final MDCAdapter mdc = new NOPMDCAdapter();

	/**
	 * Creates the provider (SLF4J instantiates it by name).
	 */
	public ConsoleLogging() {
	}

	/**
	 * Loggers that print to standard error.
	 * @return the logger factory
	 */
	@Override
	public ILoggerFactory getLoggerFactory() {
		return this.loggers;
	}

	/**
	 * SLF4J's basic markers (markers are not printed).
	 * @return the marker factory
	 */
	@Override
	public IMarkerFactory getMarkerFactory() {
		return this.markers;
	}

	/**
	 * No MDC: the emulator does not use it.
	 * @return a no-op MDC adapter
	 */
	@Override
	public MDCAdapter getMDCAdapter() {
		return this.mdc;
	}

	/**
	 * The SLF4J API version this provider implements.
	 * @return {@code 2.0.99}
	 */
	@Override
	public String getRequestedApiVersion() {
		return "2.0.99";
	}

	/**
	 * Nothing to initialize.
	 */
	@Override
	public void initialize() {
	}

	/**
	 * Prints INFO and above as {@code HH:mm:ss.SSS LEVEL logger - message}.
	 */
	static final class ConsoleLogger extends LegacyAbstractLogger {

		private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

		private final String shortName;

		ConsoleLogger(String name) {
			this.name = name;
			this.shortName = name.substring(name.lastIndexOf('.') + 1);
		}

		@Override
		public boolean isTraceEnabled() {
			return false;
		}

		@Override
		public boolean isDebugEnabled() {
			return false;
		}

		@Override
		public boolean isInfoEnabled() {
			return true;
		}

		@Override
		public boolean isWarnEnabled() {
			return true;
		}

		@Override
		public boolean isErrorEnabled() {
			return true;
		}

		@Override
		protected @Nullable String getFullyQualifiedCallerName() {
			return null;
		}

		@Override
		protected void handleNormalizedLoggingCall(Level level, @Nullable Marker marker, String pattern,
				@Nullable Object @Nullable [] arguments, @Nullable Throwable throwable) {
			String line = TIME.format(LocalTime.now()) + " " + level + " " + this.shortName + " - "
					+ MessageFormatter.basicArrayFormat(pattern, arguments);
			PrintStream err = System.err;
			synchronized (err) {
				err.println(line);
				if (throwable != null) {
					throwable.printStackTrace(err);
				}
			}
		}

	}

}
