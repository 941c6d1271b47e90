/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.database;

import java.time.Duration;
import java.util.Map;

import ai.cohesivity.management.ProvisionResult;
import ai.cohesivity.management.ResourcesClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;

/**
 * Provisions the {@code database} offering at start-up
 * ({@code cohesivity.database.provision-on-startup}), with the configured write region.
 * Provisioning is idempotent on the server, so this is safe at every start; a database
 * that does not become ready stops the start-up with a clear message.
 */
class EdgeDatabaseProvisioner implements InitializingBean {

	private static final Log logger = LogFactory.getLog(EdgeDatabaseProvisioner.class);

	static final String OFFERING = "database";

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	private final ResourcesClient resourcesClient;

	private final @Nullable String writeRegion;

	EdgeDatabaseProvisioner(ResourcesClient resourcesClient, @Nullable String writeRegion) {
		this.resourcesClient = resourcesClient;
		this.writeRegion = writeRegion;
	}

	@Override
	public void afterPropertiesSet() {
		Map<String, Object> config = (this.writeRegion != null && !this.writeRegion.isBlank())
				? Map.of("write_region", this.writeRegion) : null;
		ProvisionResult result = this.resourcesClient.provision(OFFERING, config).block(TIMEOUT);
		if (result == null || !result.isReady()) {
			throw new IllegalStateException("Provisioning the Cohesivity edge database did not make it ready (status "
					+ ((result != null) ? result.status() : null) + ")");
		}
		if (logger.isInfoEnabled()) {
			logger.info("Cohesivity edge database is provisioned"
					+ ((result.region() != null) ? " (write region " + result.region() + ")" : "")
					+ (result.created() ? "; newly created" : ""));
		}
	}

}
