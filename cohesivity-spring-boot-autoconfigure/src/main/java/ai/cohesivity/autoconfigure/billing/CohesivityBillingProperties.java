/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the billing client ({@code cohesivity.billing.*}).
 */
@ConfigurationProperties("cohesivity.billing")
public class CohesivityBillingProperties {

	/**
	 * Whether to auto-configure the billing client.
	 */
	private boolean enabled = true;

	/**
	 * Whether the billing client may cancel the account's subscription. Cancelling is
	 * destructive and account-wide, so it is refused unless this is true.
	 */
	private boolean allowCancel;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isAllowCancel() {
		return this.allowCancel;
	}

	public void setAllowCancel(boolean allowCancel) {
		this.allowCancel = allowCancel;
	}

}
