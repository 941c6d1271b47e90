/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;

/**
 * Says in one line, once the application is ready, where the notes service answers and
 * which Cohesivity tenant it uses: a local emulator (embedded, or standalone through a
 * {@code .cohesivity} file with its {@code base_url}), or a real tenant from
 * {@code cohesivity.*} properties or the {@code .cohesivity} file. Reads the
 * configuration only; sends nothing.
 */
@Component
class TenantStartupLog implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(TenantStartupLog.class);

	private final CohesivityConnectionDetails connection;

	TenantStartupLog(CohesivityConnectionDetails connection) {
		this.connection = connection;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		logger.info("Notes service at http://localhost:" + port + "/ uses Cohesivity tenant "
				+ this.connection.getTenantId() + " at " + this.connection.getBaseUrl() + ", from "
				+ source(environment));
	}

	private String source(Environment environment) {
		String host = URI.create(this.connection.getBaseUrl()).getHost();
		if ("127.0.0.1".equals(host) || "localhost".equals(host)) {
			return "a local emulator";
		}
		if (environment.containsProperty("cohesivity.application-key")) {
			return "the cohesivity.* properties";
		}
		return "the credentials file " + environment.getProperty("cohesivity.credentials-file", "./.cohesivity");
	}

}
