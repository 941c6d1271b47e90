/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import java.util.Locale;

/**
 * The plan of a managed agent: a flat monthly fee from the account's fluid credits (model
 * inference is billed separately, by model source).
 */
public enum AgentPlan {

	/**
	 * {@code starter}: a 4 GB box, $12 a month; a claimed account's first month is free.
	 */
	STARTER,

	/** {@code pro}: an 8 GB box, $20 a month. */
	PRO;

	/**
	 * Return the plan as the wire spells it.
	 * @return {@code starter} or {@code pro}
	 */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
