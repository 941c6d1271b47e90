/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for the cohesivity health component
 * ({@code cohesivity.health.*}).
 */
@ConfigurationProperties("cohesivity.health")
public class CohesivityHealthProperties {

	/**
	 * How long a health result is reused. Health requests within it send no request to
	 * Cohesivity. Each check costs a GET /api/status, possibly an edge token mint, and a
	 * "SELECT 1" (one row read) when the database is provisioned.
	 */
	private Duration cacheTtl = Duration.ofSeconds(30);

	/**
	 * Longest time a health check may take; beyond it the component is DOWN with reason
	 * "timeout".
	 */
	private Duration timeout = Duration.ofSeconds(2);

	/**
	 * Whether the health check sends "SELECT 1" to the edge database when it is
	 * provisioned (it counts as one row read).
	 */
	private boolean databaseProbe = true;

	public Duration getCacheTtl() {
		return this.cacheTtl;
	}

	public void setCacheTtl(Duration cacheTtl) {
		this.cacheTtl = cacheTtl;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public boolean isDatabaseProbe() {
		return this.databaseProbe;
	}

	public void setDatabaseProbe(boolean databaseProbe) {
		this.databaseProbe = databaseProbe;
	}

}
