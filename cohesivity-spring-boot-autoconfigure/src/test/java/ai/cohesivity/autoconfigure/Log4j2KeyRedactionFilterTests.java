/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.message.ObjectMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Log4j2KeyRedactionFilter} on a Log4j2 context of its own (this
 * module's tests log through Logback): keys are masked in every form of log call, lines
 * below the level are not looked at, the filter survives a reconfiguration and lives
 * exactly as long as one owner is attached. The real backend is exercised by the
 * reliability suite's {@code log4j2} run.
 */
class Log4j2KeyRedactionFilterTests {

	private static final String KEY = "coh_app_abcdefghijklmnopqrst";

	private final List<LogEvent> events = new CopyOnWriteArrayList<>();

	private final Object owner = new Object();

	private LoggerContext context;

	@BeforeEach
	void startContext() {
		this.context = new LoggerContext("redaction-tests");
		this.context.start(configuration());
	}

	@AfterEach
	void stopContext() {
		Log4j2KeyRedactionFilter.detach(this.owner, this.context);
		this.context.stop();
	}

	private Configuration configuration() {
		DefaultConfiguration configuration = new DefaultConfiguration();
		AbstractAppender appender = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {

			@Override
			public void append(LogEvent event) {
				Log4j2KeyRedactionFilterTests.this.events.add(event.toImmutable());
			}

		};
		appender.start();
		configuration.addAppender(appender);
		configuration.getRootLogger().getAppenders().keySet().forEach(configuration.getRootLogger()::removeAppender);
		configuration.getRootLogger().addAppender(appender, Level.TRACE, null);
		configuration.getRootLogger().setLevel(Level.DEBUG);
		return configuration;
	}

	private List<String> lines() {
		return this.events.stream().map((event) -> event.getMessage().getFormattedMessage()).toList();
	}

	@Test
	void masksKeysInEveryFormOfLogCall() {
		Log4j2KeyRedactionFilter.attach(this.owner, this.context);
		Logger logger = this.context.getLogger("reactor.netty.http.client");
		IllegalStateException failure = new IllegalStateException("boom");
		logger.debug("Handler is being applied: {uri={}, method=POST}", "http://127.0.0.1/edge/session?key=" + KEY);
		logger.info("plain " + KEY);
		logger.warn("with a failure {}", KEY, failure);
		logger.error(new ObjectMessage("object " + KEY));
		logger.info("no key here");
		assertThat(lines()).containsExactly(
				"Handler is being applied: {uri=http://127.0.0.1/edge/session?key=******, method=POST}",
				"plain coh_app_******", "with a failure coh_app_******", "object coh_app_******", "no key here");
		assertThat(this.events.get(2).getThrown()).isSameAs(failure);
		assertThat(this.events.get(0).getLevel()).isEqualTo(Level.DEBUG);
		assertThat(this.events.get(0).getLoggerName()).isEqualTo("reactor.netty.http.client");
	}

	@Test
	void linesBelowTheLevelAreNotLogged() {
		Log4j2KeyRedactionFilter.attach(this.owner, this.context);
		this.context.getLogger("quiet").trace("below the level {}", KEY);
		assertThat(this.events).isEmpty();
	}

	@Test
	void survivesAReconfiguration() {
		Log4j2KeyRedactionFilter.attach(this.owner, this.context);
		this.context.setConfiguration(configuration());
		assertThat(Log4j2KeyRedactionFilter.isInstalled(this.context.getConfiguration())).isTrue();
		this.context.getLogger("after").info("after reconfiguration {}", KEY);
		assertThat(lines()).containsExactly("after reconfiguration coh_app_******");
	}

	@Test
	void installedWhileAnOwnerIsAttached() {
		Object other = new Object();
		Log4j2KeyRedactionFilter.attach(this.owner, this.context);
		Log4j2KeyRedactionFilter.attach(other, this.context);
		Log4j2KeyRedactionFilter.detach(this.owner, this.context);
		assertThat(Log4j2KeyRedactionFilter.isInstalled(this.context.getConfiguration())).isTrue();
		Log4j2KeyRedactionFilter.detach(other, this.context);
		assertThat(Log4j2KeyRedactionFilter.isInstalled(this.context.getConfiguration())).isFalse();
		this.context.getLogger("gone").info("unfiltered {}", KEY);
		assertThat(lines()).containsExactly("unfiltered " + KEY);
	}

}
