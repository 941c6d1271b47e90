/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import ai.cohesivity.core.KeyRedactor;
import ai.cohesivity.edge.EdgeTokenProvider;
import ai.cohesivity.edge.EdgeTokenState;
import ai.cohesivity.management.StatusClient;
import ai.cohesivity.management.TenantRecovery;
import ai.cohesivity.management.TenantStatus;
import ai.cohesivity.observability.ObservabilityPoller;
import ai.cohesivity.observability.ObservabilitySnapshot;
import ai.cohesivity.observability.ObservabilityState;
import ai.cohesivity.observability.PollFailure;

/**
 * The read-only {@code cohesivity} Actuator endpoint ({@code /actuator/cohesivity}): the
 * tenant, the edge session token's state, the provisioned resources, the last
 * observability snapshot (its headline numbers and age, or why there is none), the
 * buckets under pressure and the advisories with their actions. Each read sends one
 * {@code GET /api/status} (time-boxed); everything else comes from the observability
 * poller's snapshot. Never shows a key or a token.
 */
@Endpoint(id = "cohesivity")
public class CohesivityEndpoint {

	private final @Nullable StatusClient statusClient;

	private final @Nullable ObservabilityPoller poller;

	private final @Nullable EdgeTokenProvider tokenProvider;

	private final ConfiguredTenant configured;

	private final Duration statusTimeout;

	private final Clock clock;

	/**
	 * Create the endpoint.
	 * @param statusClient the status client, or {@code null} without a management key
	 * @param poller the observability poller, or {@code null} when observability is off
	 * @param tokenProvider the edge token provider whose {@link EdgeTokenProvider#state()
	 * state} is shown, or {@code null} when session tokens are off
	 * @param configured what the configuration says about the tenant
	 * @param statusTimeout the longest wait for {@code GET /api/status}
	 * @param clock the clock for the time left
	 */
	public CohesivityEndpoint(@Nullable StatusClient statusClient, @Nullable ObservabilityPoller poller,
			@Nullable EdgeTokenProvider tokenProvider, ConfiguredTenant configured, Duration statusTimeout,
			Clock clock) {
		this.statusClient = statusClient;
		this.poller = poller;
		this.tokenProvider = tokenProvider;
		this.configured = configured;
		this.statusTimeout = statusTimeout;
		this.clock = clock;
	}

	/**
	 * Describe the tenant.
	 * @return the description
	 */
	@ReadOperation
	public Mono<CohesivityDescriptor> cohesivity() {
		Mono<StatusOrError> status = (this.statusClient != null)
				? this.statusClient.status()
					.timeout(this.statusTimeout)
					.map((answer) -> new StatusOrError(answer, null))
					.onErrorResume((ex) -> Mono.just(new StatusOrError(null, message(ex))))
				: Mono.just(new StatusOrError(null, "no management key is configured"));
		return status.map(this::describe);
	}

	private CohesivityDescriptor describe(StatusOrError status) {
		ObservabilityState state = (this.poller != null) ? this.poller.state() : null;
		ObservabilitySnapshot snapshot = (state != null) ? state.snapshot() : null;
		return new CohesivityDescriptor(tenant(status), edgeToken(), resources(status.status()),
				snapshot(state, snapshot), buckets(snapshot), advisories(snapshot));
	}

	private CohesivityDescriptor.Tenant tenant(StatusOrError status) {
		TenantStatus answer = status.status();
		String id = (answer != null && answer.tenantId() != null) ? answer.tenantId() : this.configured.tenantId();
		String lifecycle = (answer != null && answer.lifecycle() != null) ? answer.lifecycle()
				: this.configured.lifecycle();
		Instant expiresAt = (answer != null) ? answer.expiresAt() : this.configured.expiresAt();
		String profile = null;
		if (answer != null) {
			profile = answer.body().path("account").path("runtime_profile").stringValue(null);
			if (profile == null) {
				profile = answer.body().path("runtime_version").stringValue(null);
			}
		}
		return new CohesivityDescriptor.Tenant(id, lifecycle, (answer != null) ? answer.state() : null, text(expiresAt),
				(expiresAt != null) ? TenantRecovery.timeLeft(expiresAt, this.clock.instant()).toString() : null,
				profile, "ephemeral".equals(lifecycle) ? TenantRecovery.CLAIM_STEPS : List.of(), status.error());
	}

	private CohesivityDescriptor.EdgeToken edgeToken() {
		if (this.tokenProvider == null) {
			return new CohesivityDescriptor.EdgeToken(false, null, null, null);
		}
		EdgeTokenState token = this.tokenProvider.state();
		return new CohesivityDescriptor.EdgeToken(true, text(token.validUntil()), text(token.lastMint()),
				token.mints());
	}

	private static List<CohesivityDescriptor.Resource> resources(@Nullable TenantStatus status) {
		List<CohesivityDescriptor.Resource> resources = new ArrayList<>();
		if (status != null) {
			// name and status only: other per-resource fields may carry credentials
			for (JsonNode resource : status.body().path("resources")) {
				String name = resource.path("resource_name").stringValue(null);
				resources.add(new CohesivityDescriptor.Resource(
						(name != null) ? name : resource.path("resource").stringValue(null),
						resource.path("status").stringValue(null)));
			}
		}
		return resources;
	}

	private CohesivityDescriptor.Snapshot snapshot(@Nullable ObservabilityState state,
			@Nullable ObservabilitySnapshot snapshot) {
		if (state == null || this.poller == null) {
			return new CohesivityDescriptor.Snapshot("INACTIVE",
					"observability is off (cohesivity.observability.enabled)", true, null, null, null, null, 0, null,
					null);
		}
		PollFailure failure = state.lastFailure();
		Duration age = this.poller.snapshotAge();
		return new CohesivityDescriptor.Snapshot(state.phase().name(), why(state), state.isStale(),
				(snapshot != null) ? text(snapshot.generatedAt()) : null, text(state.fetchedAt()),
				(age != null) ? age.toString() : null, text(state.nextPollAt()), this.poller.requestCount(),
				(failure != null) ? new CohesivityDescriptor.Failure(failure.reason().tagValue(), failure.status(),
						failure.message(), failure.at().toString()) : null,
				(snapshot != null) ? summary(snapshot) : null);
	}

	private static @Nullable String why(ObservabilityState state) {
		return switch (state.phase()) {
			case FRESH -> null;
			case NOT_STARTED -> "the first poll has not been answered yet";
			case REQUIRES_CLAIM -> "Cohesivity serves observability to claimed tenants only "
					+ "(403 observability_requires_claim); claim the tenant: " + TenantRecovery.claimSteps();
			case INACTIVE -> state.inactiveReason();
			case FAILING -> "the latest poll failed; the previous snapshot (if any) is shown";
			case STOPPED -> "the poller stopped with the application context";
		};
	}

	private static CohesivityDescriptor.Summary summary(ObservabilitySnapshot snapshot) {
		Map<String, @Nullable Long> wallet = new LinkedHashMap<>();
		ObservabilitySnapshot.Wallet source = snapshot.wallet();
		if (source != null) {
			wallet.put("balanceCents", source.balanceCents());
			wallet.put("reservedCents", source.reservedCents());
			wallet.put("availableCents", source.availableCents());
			wallet.put("monthlyGrantCents", source.monthlyGrantCents());
			wallet.put("thisMonthTopupCents", source.thisMonthTopupCents());
			wallet.put("thisMonthSpentCents", source.thisMonthSpentCents());
		}
		Map<String, Object> tenants = new LinkedHashMap<>();
		ObservabilitySnapshot.TenantsSummary summary = snapshot.tenantsSummary();
		if (summary != null) {
			putIfPresent(tenants, "total", summary.total());
			tenants.put("byLifecycle", summary.byLifecycle());
			tenants.put("byStatus", summary.byStatus());
			putIfPresent(tenants, "paused", summary.pausedCount());
		}
		ObservabilitySnapshot.AccountCost cost = snapshot.accountCost();
		return new CohesivityDescriptor.Summary((snapshot.account() != null) ? snapshot.account().plan() : null, wallet,
				tenants, (cost != null) ? cost.thisMonthCents() : null, (cost != null) ? cost.lastMonthCents() : null);
	}

	private static List<CohesivityDescriptor.Bucket> buckets(@Nullable ObservabilitySnapshot snapshot) {
		if (snapshot == null) {
			return List.of();
		}
		return snapshot.rateLimitsPressured()
			.stream()
			.map((bucket) -> new CohesivityDescriptor.Bucket(bucket.service(), bucket.metric(), bucket.window(),
					bucket.usedAccountTotal(), bucket.limit(), bucket.pctAccount(), bucket.paused()))
			.toList();
	}

	private static List<CohesivityDescriptor.Advisory> advisories(@Nullable ObservabilitySnapshot snapshot) {
		if (snapshot == null) {
			return List.of();
		}
		return snapshot.advisories().stream().map((advisory) -> {
			Map<String, Object> details = new LinkedHashMap<>();
			advisory.details().forEach((name, value) -> details.put(name, value(value)));
			return new CohesivityDescriptor.Advisory(advisory.code(), advisory.action(),
					KeyRedactor.redact(advisory.targetUrl()), details);
		}).toList();
	}

	private static Object value(JsonNode value) {
		if (value.isNumber()) {
			return value.numberValue();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		return String.valueOf(KeyRedactor.redact(value.isString() ? value.stringValue() : value.toString()));
	}

	private static String message(Throwable failure) {
		String message = KeyRedactor.redact(failure.getMessage());
		return (message != null) ? message : failure.getClass().getSimpleName();
	}

	private static void putIfPresent(Map<String, Object> map, String name, @Nullable Object value) {
		if (value != null) {
			map.put(name, value);
		}
	}

	private static @Nullable String text(@Nullable Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

	/**
	 * What the configuration (properties or the {@code .cohesivity} file) says about the
	 * tenant, used when {@code GET /api/status} cannot.
	 *
	 * @param tenantId the tenant id
	 * @param lifecycle the lifecycle
	 * @param expiresAt the expiry
	 */
	public record ConfiguredTenant(@Nullable String tenantId, @Nullable String lifecycle, @Nullable Instant expiresAt) {

	}

	private record StatusOrError(@Nullable TenantStatus status, @Nullable String error) {

	}

}
