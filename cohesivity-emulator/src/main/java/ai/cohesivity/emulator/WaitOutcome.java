package ai.cohesivity.emulator;

import java.util.Locale;

/**
 * How a claim or Codex-connect wait ends: the {@code status} that {@code /api/wait} then
 * answers. The three successes do what approving does (the tenant is claimed, Codex is
 * connected); the four failures leave everything as it was.
 *
 * @see EmulatorAdmin#finishClaimWait(String, WaitOutcome)
 * @see EmulatorAdmin#finishCodexWait(WaitOutcome)
 * @see EmulatorAdmin#finishWait(String, WaitOutcome)
 */
public enum WaitOutcome {

	/** {@code claimed}: what a claim answers when approved. */
	CLAIMED,

	/** {@code completed}: what a Codex connection answers when approved. */
	COMPLETED,

	/** {@code approved}. */
	APPROVED,

	/** {@code expired}: nobody approved in time. */
	EXPIRED,

	/** {@code denied}: the human said no. */
	DENIED,

	/** {@code cancelled}. */
	CANCELLED,

	/** {@code failed}: it failed on Cohesivity's side. */
	FAILED;

	/**
	 * The {@code status} on the wire.
	 * @return the status, e.g. {@code denied}
	 */
	public String status() {
		return name().toLowerCase(Locale.ROOT);
	}

}
