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
 * Provisioning is idempotent on the server, so this is safe at every start. Every
 * {@code 2xx} answer that does not explicitly say failed is success (open question Q8);
 * one that says nothing either way is confirmed through {@code GET /api/status}. A
 * database that does not become ready stops the start-up with a clear message.
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
		ProvisionResult result = this.resourcesClient.provisionReady(OFFERING, config, TIMEOUT).block();
		if (result == null) {
			throw new IllegalStateException("Provisioning the Cohesivity edge database answered nothing");
		}
		if (logger.isInfoEnabled()) {
			logger.info("Cohesivity edge database is provisioned"
					+ ((result.region() != null) ? " (write region " + result.region() + ")" : "")
					+ (result.created() ? "; newly created" : ""));
		}
	}

}
