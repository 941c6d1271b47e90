/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.util.Assert;

import ai.cohesivity.core.CohesivityNotProvisionedException;
import ai.cohesivity.core.CohesivityRateLimitedException;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.edge.EdgeTokenProvider;
import ai.cohesivity.management.StatusClient;
import ai.cohesivity.management.TenantRecovery;
import ai.cohesivity.management.TenantStatus;
import ai.cohesivity.observability.ObservabilityPoller;
import ai.cohesivity.observability.ObservabilitySnapshot;
import ai.cohesivity.observability.ObservabilityState;

/**
 * The {@code cohesivity} health component: whether the application can use its tenant.
 * <ul>
 * <li>{@code UP} when {@code GET /api/status} (with a management key) reports the tenant
 * active, an edge session is usable ({@link EdgeTokenProvider#ensureSession()}: the
 * cached token, or one mint), and, when the database is provisioned, a {@code SELECT 1}
 * probe answers.</li>
 * <li>{@code DOWN} for a paused or expired tenant, a refused key, a lifetime plan limit
 * or an unpaid database, with {@code reason} and {@code recovery} details; and
 * {@code DOWN} (reason {@code unreachable} or {@code timeout}) when Cohesivity does not
 * answer, as Spring Boot's own indicators report an unreachable data store.</li>
 * <li>The account observability snapshot only adds details (advisory codes, its age); its
 * outage never makes the component {@code DOWN}.</li>
 * </ul>
 * Cached ({@code cacheTtl}: probes within it share one result and send no request) and
 * time-boxed ({@code timeout}); nothing runs before the first health request, so it never
 * delays start-up. Details never contain a key.
 */
public final class CohesivityHealthIndicator implements ReactiveHealthIndicator {

	private static final String SELECT_ONE = "SELECT 1";

	private final @Nullable StatusClient statusClient;

	private final @Nullable EdgeTokenProvider tokenProvider;

	private final @Nullable EdgeClient databaseProbe;

	private final @Nullable ObservabilityPoller observability;

	private final @Nullable String tenantId;

	private final Duration timeout;

	private final Clock clock;

	private final Mono<Health> cached;

	private CohesivityHealthIndicator(Builder builder) {
		this.statusClient = builder.statusClient;
		this.tokenProvider = builder.tokenProvider;
		this.databaseProbe = builder.databaseProbe;
		this.observability = builder.observability;
		this.tenantId = builder.tenantId;
		this.timeout = builder.timeout;
		this.clock = builder.clock;
		Duration ttl = builder.cacheTtl;
		this.cached = Mono.defer(this::check).cache((health) -> ttl, (failure) -> Duration.ZERO, () -> Duration.ZERO);
	}

	/**
	 * Start building an indicator. Every check is optional: without a status client (no
	 * management key) the lifecycle is unknown, without an edge token provider (session
	 * tokens off) no mint is attempted, without a database probe client no query is sent.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public Mono<Health> health() {
		return this.cached;
	}

	private Mono<Health> check() {
		Map<String, Object> details = Collections.synchronizedMap(new LinkedHashMap<>());
		if (this.tenantId != null) {
			details.put("tenantId", this.tenantId);
		}
		TenantStatus[] status = new TenantStatus[1];
		return status(details).doOnNext((tenant) -> status[0] = tenant)
			.then(Mono.defer(() -> session(details, lifecycle(status[0]))))
			.then(Mono.defer(() -> database(details, status[0])))
			.then(Mono.fromSupplier(() -> {
				observability(details);
				return Health.up().withDetails(copy(details)).build();
			}))
			.onErrorResume((failure) -> Mono.just(down(details,
					(failure instanceof StatusFailure statusFailure)
							? TenantUnhealthy.of(statusFailure.getCause(), true, lifecycle(status[0]))
							: TenantUnhealthy.of(failure, false, lifecycle(status[0])))))
			.timeout(this.timeout,
					Mono.fromSupplier(() -> down(details, new TenantUnhealthy("timeout",
							"no answer from Cohesivity within " + this.timeout + " (cohesivity.health.timeout)",
							"Cohesivity is slow or unreachable; the component recovers by itself when it answers"))));
	}

	private Mono<TenantStatus> status(Map<String, Object> details) {
		if (this.statusClient == null) {
			details.put("lifecycle", "unknown (no management key)");
			return Mono.empty();
		}
		return this.statusClient.status().onErrorMap(StatusFailure::new).map((status) -> {
			describe(details, status);
			if ("expired".equals(status.state())) {
				throw TenantUnhealthy.expired();
			}
			if ("paused".equals(status.state())) {
				String topupUrl = status.body().path("account").path("billing").path("topup_url").stringValue(null);
				throw TenantUnhealthy.paused(status.lifecycle(),
						"claimed".equals(status.lifecycle()) ? topupUrl : null);
			}
			return status;
		});
	}

	private Mono<?> session(Map<String, Object> details, @Nullable String lifecycle) {
		if (this.tokenProvider == null) {
			details.put("edgeSession", "not used (cohesivity.edge.session-tokens=false)");
			return Mono.empty();
		}
		return this.tokenProvider.ensureSession().doOnSuccess((state) -> details.put("edgeSession", "minted"));
	}

	private Mono<?> database(Map<String, Object> details, @Nullable TenantStatus status) {
		if (this.databaseProbe == null) {
			return Mono.empty();
		}
		if (status != null && !status.resources().contains("database")) {
			details.put("database", "not provisioned");
			return Mono.empty();
		}
		return this.databaseProbe.post("/edge/database", Map.of("query", SELECT_ONE), true)
			.doOnSuccess((answer) -> details.put("database", "answered " + SELECT_ONE))
			.onErrorResume(CohesivityNotProvisionedException.class, (ex) -> {
				details.put("database", "not provisioned");
				return Mono.empty();
			})
			.onErrorResume(CohesivityRateLimitedException.class::isInstance, (ex) -> {
				if (!((CohesivityRateLimitedException) ex).isRetryable()) {
					return Mono.error(ex);
				}
				details.put("database", "reachable, rate limited this minute");
				return Mono.empty();
			});
	}

	private void describe(Map<String, Object> details, TenantStatus status) {
		putIfPresent(details, "tenantId", status.tenantId());
		putIfPresent(details, "lifecycle", status.lifecycle());
		putIfPresent(details, "state", status.state());
		Instant expiresAt = status.expiresAt();
		if (expiresAt != null) {
			details.put("expiresAt", expiresAt.toString());
			details.put("timeLeft", TenantRecovery.timeLeft(expiresAt, this.clock.instant()).toString());
		}
		if ("ephemeral".equals(status.lifecycle())) {
			details.put("claim", TenantRecovery.claimSteps());
		}
		String profile = status.body().path("account").path("runtime_profile").stringValue(null);
		putIfPresent(details, "runtimeProfile",
				(profile != null) ? profile : status.body().path("runtime_version").stringValue(null));
		details.put("resources", status.resources());
	}

	private void observability(Map<String, Object> details) {
		if (this.observability == null) {
			return;
		}
		ObservabilityState state = this.observability.state();
		ObservabilitySnapshot snapshot = state.snapshot();
		if (snapshot != null) {
			details.put("advisories",
					snapshot.advisories()
						.stream()
						.map(ObservabilitySnapshot.Advisory::code)
						.filter(Objects::nonNull)
						.toList());
		}
		Duration age = this.observability.snapshotAge();
		details.put("observability", switch (state.phase()) {
			case FRESH -> "fresh";
			case NOT_STARTED -> "no snapshot yet";
			case REQUIRES_CLAIM -> "needs a claimed tenant (observability_requires_claim)";
			case INACTIVE -> "off: " + state.inactiveReason();
			case FAILING, STOPPED -> (snapshot != null) ? "stale: last snapshot " + age + " old" : "no snapshot";
		});
	}

	private static Health down(Map<String, Object> details, TenantUnhealthy unhealthy) {
		Map<String, Object> all = copy(details);
		all.put("reason", unhealthy.reason());
		all.put("error", unhealthy.getMessage());
		all.put("recovery", unhealthy.recovery());
		return Health.down().withDetails(all).build();
	}

	private static Map<String, Object> copy(Map<String, Object> details) {
		synchronized (details) {
			return new LinkedHashMap<>(details);
		}
	}

	private static void putIfPresent(Map<String, Object> details, String name, @Nullable Object value) {
		if (value != null) {
			details.put(name, value);
		}
	}

	private static @Nullable String lifecycle(@Nullable TenantStatus status) {
		return (status != null) ? status.lifecycle() : null;
	}

	/**
	 * A failure of the control-plane check (so a {@code 401} means the management key).
	 */
	private static final class StatusFailure extends RuntimeException {

		StatusFailure(Throwable cause) {
			super(cause.getMessage(), cause, false, false);
		}

	}

	/**
	 * Builds a {@link CohesivityHealthIndicator}.
	 */
	public static final class Builder {

		private @Nullable StatusClient statusClient;

		private @Nullable EdgeTokenProvider tokenProvider;

		private @Nullable EdgeClient databaseProbe;

		private @Nullable ObservabilityPoller observability;

		private @Nullable String tenantId;

		private Duration cacheTtl = Duration.ofSeconds(30);

		private Duration timeout = Duration.ofSeconds(2);

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * Check the tenant's state with {@code GET /api/status}.
		 * @param statusClient the status client (needs the management key), or
		 * {@code null}
		 * @return this builder
		 */
		public Builder status(@Nullable StatusClient statusClient) {
			this.statusClient = statusClient;
			return this;
		}

		/**
		 * Check that an edge session is usable, with
		 * {@link EdgeTokenProvider#ensureSession()} (the cached token, or one mint).
		 * @param tokenProvider the provider, or {@code null} when session tokens are off
		 * @return this builder
		 */
		public Builder edgeSession(@Nullable EdgeTokenProvider tokenProvider) {
			this.tokenProvider = tokenProvider;
			return this;
		}

		/**
		 * Send {@code SELECT 1} to the edge database when it is provisioned.
		 * @param edgeClient the edge client, or {@code null} for no probe
		 * @return this builder
		 */
		public Builder databaseProbe(@Nullable EdgeClient edgeClient) {
			this.databaseProbe = edgeClient;
			return this;
		}

		/**
		 * Add the observability snapshot's advisories and age to the details.
		 * @param poller the poller, or {@code null}
		 * @return this builder
		 */
		public Builder observability(@Nullable ObservabilityPoller poller) {
			this.observability = poller;
			return this;
		}

		/**
		 * Name the tenant when {@code GET /api/status} cannot.
		 * @param tenantId the configured tenant id, or {@code null}
		 * @return this builder
		 */
		public Builder tenantId(@Nullable String tenantId) {
			this.tenantId = tenantId;
			return this;
		}

		/**
		 * Set how long a result is reused.
		 * @param cacheTtl the time to live; zero for none
		 * @return this builder
		 */
		public Builder cacheTtl(Duration cacheTtl) {
			Assert.isTrue(!cacheTtl.isNegative(), "cacheTtl must not be negative");
			this.cacheTtl = cacheTtl;
			return this;
		}

		/**
		 * Set how long a check may take before the component is {@code DOWN} with reason
		 * {@code timeout}.
		 * @param timeout the timeout
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			Assert.isTrue(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
			this.timeout = timeout;
			return this;
		}

		/**
		 * Set the clock for the time left until expiry.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Build the indicator.
		 * @return the indicator
		 */
		public CohesivityHealthIndicator build() {
			return new CohesivityHealthIndicator(this);
		}

	}

	@Override
	public String toString() {
		return "CohesivityHealthIndicator[checks=" + List.of((this.statusClient != null) ? "status" : "-",
				(this.tokenProvider != null) ? "edge-session" : "-", (this.databaseProbe != null) ? "database" : "-")
				+ "]";
	}

}
