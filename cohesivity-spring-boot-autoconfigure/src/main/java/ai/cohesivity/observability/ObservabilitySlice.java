/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

/**
 * A slice of the observability response, as named by the {@code include} query parameter.
 * Without {@code include} Cohesivity returns {@link #SUMMARY}, {@link #TENANTS},
 * {@link #BUCKETS}, {@link #COST} and {@link #NOTIFICATIONS}; the others are opt-in.
 */
public enum ObservabilitySlice {

	/**
	 * {@code tenants_summary}: tenant counts by lifecycle and status.
	 */
	SUMMARY("summary"),

	/**
	 * {@code tenants}: one row per tenant of the account.
	 */
	TENANTS("tenants"),

	/**
	 * {@code shared_buckets} and {@code rate_limits_pressured}.
	 */
	BUCKETS("buckets"),

	/**
	 * {@code account_cost}: this and last month's cost rollups.
	 */
	COST("cost"),

	/**
	 * {@code notifications}: a page of account notifications.
	 */
	NOTIFICATIONS("notifications"),

	/**
	 * {@code events}: a page of usage events.
	 */
	EVENTS("events"),

	/**
	 * {@code ledger}: a page of wallet ledger entries.
	 */
	LEDGER("ledger"),

	/**
	 * {@code deploy_history}: deployments per tenant.
	 */
	DEPLOY_HISTORY("deploy_history"),

	/**
	 * {@code end_user_sessions}: end-user session counts per tenant.
	 */
	END_USER_SESSIONS("end_user_sessions"),

	/**
	 * {@code poller_health}: the freshness of Cohesivity's own usage pollers.
	 */
	POLLER_HEALTH("poller_health"),

	/**
	 * {@code webhook_history}: a page of processed webhooks.
	 */
	WEBHOOK_HISTORY("webhook_history"),

	/**
	 * {@code recent_events}: a page of customer-relevant events (2–3 minutes behind).
	 */
	RECENT_EVENTS("recent_events");

	private final String wireName;

	ObservabilitySlice(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * Return the name used in the {@code include} query parameter.
	 * @return the wire name
	 */
	public String wireName() {
		return this.wireName;
	}

}
