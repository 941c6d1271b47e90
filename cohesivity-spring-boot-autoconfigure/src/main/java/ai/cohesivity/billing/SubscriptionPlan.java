/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.billing;

import java.util.Locale;

/**
 * A paid plan of a Cohesivity account.
 */
public enum SubscriptionPlan {

	/** {@code plus}. */
	PLUS,

	/** {@code pro}. */
	PRO;

	/**
	 * Return the plan as the wire spells it.
	 * @return {@code plus} or {@code pro}
	 */
	public String wireValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
