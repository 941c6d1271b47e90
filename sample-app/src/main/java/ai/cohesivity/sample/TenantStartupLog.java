/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;

/**
 * Says in one line, once the application is ready, where the notes service answers and
 * which Cohesivity tenant it uses, and where that came from: the embedded emulator, the
 * {@code cohesivity.*} properties or the {@code .cohesivity} file (noting a local
 * emulator's loopback address). Reads the configuration only; sends nothing.
 */
@Component
class TenantStartupLog implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(TenantStartupLog.class);

	/**
	 * The bean {@code CohesivityEmulatorConfiguration} defines for the embedded emulator.
	 */
	private static final String EMBEDDED_EMULATOR_BEAN = "cohesivityEmbeddedEmulator";

	private final CohesivityConnectionDetails connection;

	TenantStartupLog(CohesivityConnectionDetails connection) {
		this.connection = connection;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ApplicationContext context = event.getApplicationContext();
		Environment environment = context.getEnvironment();
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		logger.info("Notes service at http://localhost:" + port + "/ uses Cohesivity tenant "
				+ this.connection.getTenantId() + " at " + this.connection.getBaseUrl() + ", from "
				+ source(context, environment));
	}

	private String source(ApplicationContext context, Environment environment) {
		if (context.containsBean(EMBEDDED_EMULATOR_BEAN)) {
			return "the embedded emulator";
		}
		String source = environment.containsProperty("cohesivity.application-key") ? "the cohesivity.* properties"
				: "the credentials file " + environment.getProperty("cohesivity.credentials-file", ".cohesivity");
		String host = URI.create(this.connection.getBaseUrl()).getHost();
		return ("127.0.0.1".equals(host) || "localhost".equals(host)) ? source + " (a local emulator)" : source;
	}

}
