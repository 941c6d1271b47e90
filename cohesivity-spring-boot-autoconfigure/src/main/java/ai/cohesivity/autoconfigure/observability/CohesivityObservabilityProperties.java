/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.observability;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for Cohesivity account observability
 * ({@code cohesivity.observability.*}).
 */
@ConfigurationProperties("cohesivity.observability")
public class CohesivityObservabilityProperties {

	/**
	 * Whether to poll GET /api/observability in the background. The snapshot feeds the
	 * cohesivity.* meters, the details of the cohesivity health component and the
	 * cohesivity Actuator endpoint. Needs the management key of a claimed tenant.
	 */
	private boolean enabled = true;

	/**
	 * Time between two successful polls (one request each). Raised to 60s divided by the
	 * rate_limit_per_minute that Cohesivity reports when that is longer.
	 */
	private Duration pollInterval = Duration.ofSeconds(60);

	/**
	 * Random spread of every delay between polls, as a fraction of it (0.1 makes each
	 * delay 90% to 110% of its nominal value, so that many instances do not poll in
	 * step). 0 for none.
	 */
	private double jitter = 0.1;

	/**
	 * Longest wait between polls while they fail. The wait doubles with every consecutive
	 * failure, starting at twice the poll interval, and is never shorter than a
	 * Retry-After.
	 */
	private Duration maxBackoff = Duration.ofMinutes(15);

	/**
	 * Time between polls while Cohesivity refuses the tenant because it is ephemeral (403
	 * observability_requires_claim). Only a human claim changes that answer.
	 */
	private Duration requiresClaimRetryInterval = Duration.ofMinutes(30);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getPollInterval() {
		return this.pollInterval;
	}

	public void setPollInterval(Duration pollInterval) {
		this.pollInterval = pollInterval;
	}

	public double getJitter() {
		return this.jitter;
	}

	public void setJitter(double jitter) {
		this.jitter = jitter;
	}

	public Duration getMaxBackoff() {
		return this.maxBackoff;
	}

	public void setMaxBackoff(Duration maxBackoff) {
		this.maxBackoff = maxBackoff;
	}

	public Duration getRequiresClaimRetryInterval() {
		return this.requiresClaimRetryInterval;
	}

	public void setRequiresClaimRetryInterval(Duration requiresClaimRetryInterval) {
		this.requiresClaimRetryInterval = requiresClaimRetryInterval;
	}

}
