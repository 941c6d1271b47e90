package ai.cohesivity.emulator.agents;

/**
 * The managed agent's knob that the admin API turns at run time.
 */
public final class AgentSettings {

	private volatile boolean coldStart;

	/**
	 * Whether the agent answers {@code 503 agent_starting} on its first call after being
	 * idle.
	 * @return whether cold starts are emulated
	 */
	public boolean coldStart() {
		return this.coldStart;
	}

	/**
	 * Sets whether cold starts are emulated.
	 * @param enabled whether they are
	 */
	public void coldStart(boolean enabled) {
		this.coldStart = enabled;
	}

	/**
	 * Restores the default (no cold starts).
	 */
	public void reset() {
		this.coldStart = false;
	}

}
