/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.net.URI;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

import ai.cohesivity.agents.AgentPlan;
import ai.cohesivity.agents.AgentStatus;
import ai.cohesivity.agents.ManagedAgentsClient;
import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;

/**
 * Development and tests only: makes the emulator's tenant one whose managed agent
 * answers. Managed agents belong to claimed accounts, and a new tenant is ephemeral, so
 * this claims the tenant through the emulator's admin API (as the human approving the
 * claim would) and provisions a Starter agent through the starter's
 * {@link ManagedAgentsClient}, unless it is provisioned already (a tenant kept in a data
 * directory). Refuses anything but a loopback emulator.
 */
class ManagedAgentOnTheEmulator implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(ManagedAgentOnTheEmulator.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final CohesivityConnectionDetails connection;

	private final ManagedAgentsClient agents;

	ManagedAgentOnTheEmulator(CohesivityConnectionDetails connection, ManagedAgentsClient agents) {
		this.connection = connection;
		this.agents = agents;
	}

	@Override
	public void run(ApplicationArguments args) {
		String baseUrl = this.connection.getBaseUrl();
		Assert.state("127.0.0.1".equals(URI.create(baseUrl).getHost()),
				() -> "Only an emulator's tenant is claimed here, not " + baseUrl);
		String tenantId = this.connection.getTenantId();
		Assert.state(tenantId != null, "The emulator's tenant has no id");
		RestClient.create(baseUrl).post().uri("/__emulator/tenants/{id}/claim", tenantId).retrieve().toBodilessEntity();
		AgentStatus status = this.agents.status().block(TIMEOUT);
		if (status == null || !status.provisioned()) {
			this.agents.provision(AgentPlan.STARTER).block(TIMEOUT);
		}
		logger.info("Cohesivity emulator: tenant " + tenantId + " claimed, managed agent provisioned");
	}

}
