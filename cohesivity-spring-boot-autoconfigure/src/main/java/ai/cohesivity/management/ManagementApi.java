/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.core.CohesivityHttpTransport;
import ai.cohesivity.core.CohesivityRequest;

/**
 * Sends control-plane requests with the management key as Bearer credential. The key is
 * looked up per call, so an application without a management key starts and only fails
 * when it calls the control plane.
 */
public final class ManagementApi {

	private final CohesivityHttpTransport transport;

	private final Supplier<String> managementKey;

	/**
	 * Create the API.
	 * @param transport the control-plane transport
	 * @param managementKey supplies the management key; it throws when none is configured
	 */
	public ManagementApi(CohesivityHttpTransport transport, Supplier<String> managementKey) {
		this.transport = transport;
		this.managementKey = managementKey;
	}

	/**
	 * Send a request authenticated with the management key.
	 * @param request the request
	 * @param idempotent whether repeating it is harmless
	 * @return the JSON answer
	 */
	public Mono<JsonNode> send(CohesivityRequest request, boolean idempotent) {
		return Mono.defer(() -> this.transport.send(request.withBearer(this.managementKey.get()), idempotent));
	}

	/**
	 * Return the transport, for calls that use another credential (the claim wait token).
	 * @return the transport
	 */
	public CohesivityHttpTransport transport() {
		return this.transport;
	}

	@Override
	public String toString() {
		return "ManagementApi[managementKey=******]";
	}

}
