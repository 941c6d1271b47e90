/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

import ai.cohesivity.core.CohesivityRequest;

/**
 * Provisions and deletes offerings ({@code /api/resources}). Provisioning is idempotent
 * on the server and retried like a read; deletion is destructive and never retried.
 */
public class ResourcesClient {

	private final ManagementApi api;

	/**
	 * Create a client.
	 * @param api the control-plane API
	 */
	public ResourcesClient(ManagementApi api) {
		this.api = api;
	}

	/**
	 * Provision one offering ({@code POST /api/resources/{offering}}).
	 * @param offering the offering, for example {@code database}
	 * @param config the offering's configuration, for example
	 * {@code {"write_region":"weur"}}, or {@code null} for none
	 * @return the result
	 * @throws IllegalArgumentException (signalled by the {@code Mono}) when the offering
	 * or the configuration is invalid; nothing is sent then
	 */
	public Mono<ProvisionResult> provision(String offering, @Nullable Map<String, Object> config) {
		return Mono.defer(() -> {
			OfferingConfigValidator.validate(offering, config);
			CohesivityRequest request = CohesivityRequest.of(HttpMethod.POST, "/api/resources/{offering}", offering)
				.withBody((config != null && !config.isEmpty()) ? config : null);
			return this.api.send(request, isRepeatable(offering)).map((body) -> ProvisionResult.from(offering, body));
		});
	}

	/**
	 * Provision several offerings in one call ({@code POST /api/resources}).
	 * @param offerings the offerings
	 * @param configs configuration per offering (offerings without configuration may be
	 * absent)
	 * @return the raw answer ({@code success}, {@code requested_count},
	 * {@code failed_count}, {@code results})
	 */
	public Mono<JsonNode> provisionAll(List<String> offerings, Map<String, Map<String, Object>> configs) {
		return Mono.defer(() -> {
			if (offerings.isEmpty()) {
				throw new IllegalArgumentException("At least one offering is needed");
			}
			for (String offering : offerings) {
				OfferingConfigValidator.validate(offering, configs.get(offering));
			}
			for (String configured : configs.keySet()) {
				if (!offerings.contains(configured)) {
					throw new IllegalArgumentException("Configuration given for '" + configured
							+ "', which is not among the offerings " + offerings);
				}
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("resources", offerings);
			body.putAll(configs);
			return this.api.send(CohesivityRequest.of(HttpMethod.POST, "/api/resources").withBody(body),
					offerings.stream().allMatch(ResourcesClient::isRepeatable));
		});
	}

	/**
	 * Delete (deprovision) an offering ({@code DELETE /api/resources/{offering}}). This
	 * may be irreversible and is never retried.
	 * @param offering the offering
	 * @return the raw answer
	 */
	public Mono<JsonNode> delete(String offering) {
		return Mono.defer(() -> {
			OfferingConfigValidator.validate(offering, null);
			return this.api.send(CohesivityRequest.of(HttpMethod.DELETE, "/api/resources/{offering}", offering), false);
		});
	}

	/**
	 * Whether provisioning an offering again is harmless (so it may be retried): the
	 * server treats re-provisioning as idempotent, except for {@code social-login}, where
	 * it replaces the callback list.
	 */
	private static boolean isRepeatable(String offering) {
		return !offering.equals("social-login");
	}

}
