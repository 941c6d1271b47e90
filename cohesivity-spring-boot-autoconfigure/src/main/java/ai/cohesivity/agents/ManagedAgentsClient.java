/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

import ai.cohesivity.core.CohesivityRequest;
import ai.cohesivity.management.ManagementApi;

/**
 * Provisions and reads the account's managed agent ({@code /api/agents},
 * {@code /api/managed-agents}) with the management key. Managed agents are for claimed
 * accounts only: an ephemeral tenant gets a
 * {@link ai.cohesivity.core.CohesivityClaimRequiredException} that says how to claim it,
 * a wallet that cannot pay a
 * {@link ai.cohesivity.core.CohesivityPaymentRequiredException} with the top-up URL.
 * Provisioning and unprovisioning are never retried automatically (they charge or stop a
 * box); reads are.
 */
public class ManagedAgentsClient {

	/** The first and, so far, only agent type: Nous Research's Hermes. */
	public static final String HERMES = "hermes";

	private final ManagementApi api;

	/**
	 * Create a client.
	 * @param api the control-plane API
	 */
	public ManagedAgentsClient(ManagementApi api) {
		this.api = api;
	}

	/**
	 * Provision the account's Hermes agent ({@code POST /api/agents}). The monthly fee is
	 * charged to the account's fluid credits (a claimed account's first Starter month is
	 * free); call it only when the account owner asked for an agent.
	 * @param plan the plan
	 * @return the provisioned agent
	 */
	public Mono<AgentProvisioning> provision(AgentPlan plan) {
		return provision(HERMES, plan);
	}

	/**
	 * Provision the account's agent ({@code POST /api/agents}).
	 * @param agentType the agent type, for example {@link #HERMES}
	 * @param plan the plan
	 * @return the provisioned agent
	 */
	public Mono<AgentProvisioning> provision(String agentType, AgentPlan plan) {
		Assert.hasText(agentType, "agentType must not be empty");
		CohesivityRequest request = CohesivityRequest.of(HttpMethod.POST, "/api/agents")
			.withBody(Map.of("agent_type", agentType, "plan", plan.wireValue()));
		return this.api.send(request, false).map(AgentProvisioning::from);
	}

	/**
	 * Return the account's agent: provisioned or not, plan, status, next charge
	 * ({@code GET /api/agents}).
	 * @return the status
	 */
	public Mono<AgentStatus> status() {
		return this.api.send(CohesivityRequest.of(HttpMethod.GET, "/api/agents"), true).map(AgentStatus::from);
	}

	/**
	 * Unprovision the account's agent ({@code DELETE /api/agents}). The box is paused,
	 * not deleted: its data is kept for a 15-day retention window, after which the box is
	 * terminated and the data is gone. Provisioning again within those 15 days brings the
	 * same box and data back; the monthly fee stops with the pause.
	 * @return the answer, with the end of the retention window when Cohesivity gives it
	 */
	public Mono<AgentUnprovisioning> unprovision() {
		return this.api.send(CohesivityRequest.of(HttpMethod.DELETE, "/api/agents"), false)
			.map(AgentUnprovisioning::from);
	}

	/**
	 * Return the catalog, whether this account may provision an agent, and the current
	 * model source ({@code GET /api/managed-agents}).
	 * @return the catalog
	 */
	public Mono<ManagedAgentsCatalog> catalog() {
		return this.api.send(CohesivityRequest.of(HttpMethod.GET, "/api/managed-agents"), true)
			.map(ManagedAgentsCatalog::from);
	}

}
