/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.agents;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the managed-agents clients ({@code cohesivity.agents.*}).
 */
@ConfigurationProperties("cohesivity.agents")
public class CohesivityAgentsProperties {

	/**
	 * Whether to auto-configure the managed-agents, Codex and agent chat clients (and,
	 * with Spring AI on the classpath, a ChatModel backed by the agent).
	 */
	private boolean enabled = true;

	/**
	 * How long a chat call waits for the agent's answer to begin, and between two chunks
	 * of a streamed answer. An idle agent takes 30 to 90 seconds to start, so keep it
	 * above 90 seconds.
	 */
	private Duration readTimeout = Duration.ofSeconds(120);

	/**
	 * Codex connection waits.
	 */
	private final Codex codex = new Codex();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public Codex getCodex() {
		return this.codex;
	}

	/**
	 * How long and how often to wait for a human to approve a Codex connection.
	 */
	public static class Codex {

		/**
		 * Interval between two polls of the connection's wait endpoint, when the wait
		 * blob does not name one.
		 */
		private Duration pollInterval = Duration.ofSeconds(3);

		/**
		 * How long to wait for a human to approve a Codex connection.
		 */
		private Duration timeout = Duration.ofMinutes(15);

		public Duration getPollInterval() {
			return this.pollInterval;
		}

		public void setPollInterval(Duration pollInterval) {
			this.pollInterval = pollInterval;
		}

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

	}

}
