/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

/**
 * The time window of the observability rollups ({@code window} query parameter).
 * Cohesivity caps it per plan (Free 7 days, Plus 30 days, Pro 90 days) and says which
 * window it served in {@code limits_for_this_response.window}.
 */
public enum ObservabilityWindow {

	/**
	 * The last 24 hours ({@code 24h}).
	 */
	LAST_24_HOURS("24h"),

	/**
	 * The last 7 days ({@code 7d}).
	 */
	LAST_7_DAYS("7d"),

	/**
	 * The last 30 days ({@code 30d}).
	 */
	LAST_30_DAYS("30d"),

	/**
	 * The last 90 days ({@code 90d}).
	 */
	LAST_90_DAYS("90d");

	private final String wireName;

	ObservabilityWindow(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * Return the value of the {@code window} query parameter.
	 * @return the wire name
	 */
	public String wireName() {
		return this.wireName;
	}

}
