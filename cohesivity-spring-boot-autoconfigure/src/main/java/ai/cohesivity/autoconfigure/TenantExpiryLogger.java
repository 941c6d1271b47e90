/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.time.Clock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;

import ai.cohesivity.management.TenantExpiryWarning;

/**
 * Logs once at start-up when the configured tenant is ephemeral and expires within 24
 * hours.
 */
class TenantExpiryLogger implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(TenantExpiryLogger.class);

	private final CohesivityConnectionDetails connectionDetails;

	private final Clock clock;

	TenantExpiryLogger(CohesivityConnectionDetails connectionDetails, Clock clock) {
		this.connectionDetails = connectionDetails;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String warning = TenantExpiryWarning.message(this.connectionDetails.getTenantId(),
				this.connectionDetails.getTenantLifecycle(), this.connectionDetails.getExpiresAt(),
				this.clock.instant());
		if (warning != null) {
			logger.warn(warning);
		}
	}

}
