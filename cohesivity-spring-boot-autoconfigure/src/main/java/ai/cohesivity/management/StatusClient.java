/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

import ai.cohesivity.core.CohesivityRequest;

/**
 * Reads the tenant's status ({@code GET /api/status}).
 */
public class StatusClient {

	private final ManagementApi api;

	/**
	 * Create a client.
	 * @param api the control-plane API
	 */
	public StatusClient(ManagementApi api) {
		this.api = api;
	}

	/**
	 * Return the tenant's status.
	 * @return the status
	 */
	public Mono<TenantStatus> status() {
		return this.api.send(CohesivityRequest.of(HttpMethod.GET, "/api/status"), true).map(TenantStatus::from);
	}

}
