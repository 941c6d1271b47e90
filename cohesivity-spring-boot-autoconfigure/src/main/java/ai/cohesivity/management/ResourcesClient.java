/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.CohesivityRequest;
import ai.cohesivity.core.ErrorEnvelope;
import ai.cohesivity.core.KeyRedactor;

/**
 * Provisions and deletes offerings ({@code /api/resources}). Provisioning is idempotent
 * on the server and retried like a read; deletion is destructive and never retried.
 */
public class ResourcesClient {

	private static final Duration CONFIRMATION_INTERVAL = Duration.ofSeconds(2);

	private final ManagementApi api;

	private final StatusClient statusClient;

	/**
	 * Create a client.
	 * @param api the control-plane API
	 */
	public ResourcesClient(ManagementApi api) {
		this.api = api;
		this.statusClient = new StatusClient(api);
	}

	/**
	 * Checks an offering and its provisioning configuration the way {@link #provision}
	 * does before sending, without sending anything — for example a D1
	 * {@code write_region} against the regions and their aliases, so that a wrong value
	 * is reported when an application starts rather than when it first provisions.
	 * @param offering the offering, for example {@code database}
	 * @param config the configuration, or {@code null} for none
	 * @throws IllegalArgumentException naming the offending field and what it accepts
	 */
	public static void validate(String offering, @Nullable Map<String, Object> config) {
		OfferingConfigValidator.validate(offering, config);
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
	 * Provision one offering and make sure it is ready. Any {@code 2xx} answer is success
	 * unless it explicitly says failed (open question Q8): one that says ready (a full
	 * body, {@code {"success":true,"status":"ready"}},
	 * {@code {"already_provisioned":true}}) is taken as it is; one that says nothing
	 * either way (an empty {@code 204}) or pending is confirmed through
	 * {@code GET /api/status} {@code resources[]}, every 2 s until the resource is listed
	 * as usable, listed as failed, or the time is up.
	 * @param offering the offering, for example {@code database}
	 * @param config the offering's configuration, or {@code null} for none
	 * @param timeout how long to wait for a confirmation
	 * @return the provisioning answer, once the resource is ready
	 * @throws CohesivityException (signalled by the {@code Mono}) when the answer or the
	 * status says failed, or no confirmation came within the timeout
	 */
	public Mono<ProvisionResult> provisionReady(String offering, @Nullable Map<String, Object> config,
			Duration timeout) {
		return provision(offering, config).flatMap((result) -> switch (result.readiness()) {
			case READY -> Mono.just(result);
			case FAILED -> Mono.error(notReady(offering, "the answer says it failed" + details(result.body())));
			case PENDING, UNCONFIRMED -> confirm(offering, result, timeout);
		});
	}

	private Mono<ProvisionResult> confirm(String offering, ProvisionResult result, Duration timeout) {
		AtomicReference<String> lastSeen = new AtomicReference<>("it was not listed");
		return this.statusClient.status().flatMap((status) -> {
			ResourceReadiness readiness = status.resourceReadiness(offering);
			if (readiness == ResourceReadiness.FAILED) {
				return Mono.<ProvisionResult>error(notReady(offering, "GET /api/status lists it as failed"));
			}
			if (readiness == null || readiness == ResourceReadiness.PENDING) {
				lastSeen.set((readiness == null) ? "it was not listed" : "it was still pending");
				return Mono.empty();
			}
			return Mono.just(result);
		})
			.repeatWhenEmpty(Integer.MAX_VALUE,
					(repeats) -> repeats.concatMap((repeat) -> Mono.delay(CONFIRMATION_INTERVAL)))
			.timeout(timeout,
					Mono.defer(() -> Mono.error(notReady(offering, "GET /api/status did not confirm it within "
							+ timeout.toSeconds() + " s (" + lastSeen.get() + " in resources[])"))));
	}

	private static String details(JsonNode body) {
		String status = body.path("status").stringValue(null);
		String message = body.path("message").stringValue(null);
		return ((status != null) ? " (status " + status + ")" : "")
				+ ((message != null) ? ": " + KeyRedactor.redact(ErrorEnvelope.stripPrefix(message)) : "");
	}

	private static CohesivityException notReady(String offering, String reason) {
		return new CohesivityException("Provisioning " + offering + " did not make it ready: " + reason);
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
