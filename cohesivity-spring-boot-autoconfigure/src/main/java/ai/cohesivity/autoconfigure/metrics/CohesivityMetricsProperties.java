/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;

import ai.cohesivity.metrics.CohesivityObservabilityMetrics;

/**
 * Configuration properties for the Cohesivity Micrometer meters
 * ({@code cohesivity.metrics.*}).
 */
@ConfigurationProperties("cohesivity.metrics")
public class CohesivityMetricsProperties {

	/**
	 * Whether to register the cohesivity.* meters fed by the observability snapshot
	 * (wallet, buckets, tenants, cost, advisories, notifications, snapshot age, poll
	 * counters).
	 */
	private boolean enabled = true;

	/**
	 * Most distinct tag values (rows) per multi-row meter, such as cohesivity.advisories
	 * by code. Rows beyond it are left out, with one warning per meter.
	 */
	private int maxTagValues = CohesivityObservabilityMetrics.DEFAULT_MAX_TAG_VALUES;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getMaxTagValues() {
		return this.maxTagValues;
	}

	public void setMaxTagValues(int maxTagValues) {
		this.maxTagValues = maxTagValues;
	}

}
