/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.management.ResourceReadiness;
import ai.cohesivity.management.StatusClient;
import ai.cohesivity.management.TenantRecovery;
import ai.cohesivity.management.TenantStatus;

/**
 * {@code GET /tenant}: the tenant card, from the starter's {@link StatusClient}
 * ({@code GET /api/status}, with the management key) and, when that gives no answer, from
 * the configuration ({@link CohesivityConnectionDetails}: the {@code .cohesivity} file or
 * {@code cohesivity.*} properties). Returns a {@code Mono}: Spring MVC writes it when it
 * completes, without holding a request thread meanwhile.
 */
@RestController
class TenantController {

	private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(5);

	private final StatusClient statusClient;

	private final CohesivityConnectionDetails connection;

	private final Clock clock;

	TenantController(StatusClient statusClient, CohesivityConnectionDetails connection) {
		this.statusClient = statusClient;
		this.connection = connection;
		this.clock = Clock.systemUTC();
	}

	@GetMapping("/tenant")
	Mono<TenantCard> tenant() {
		return this.statusClient.status()
			.timeout(STATUS_TIMEOUT)
			.map(this::fromStatus)
			.onErrorResume((ex) -> Mono.just(fromConfiguration(ex)));
	}

	private TenantCard fromStatus(TenantStatus status) {
		String lifecycle = (status.lifecycle() != null) ? status.lifecycle() : this.connection.getTenantLifecycle();
		List<TenantCard.Resource> resources = status.resources()
			.stream()
			.map((name) -> new TenantCard.Resource(name, readiness(status.resourceReadiness(name))))
			.toList();
		String tenantId = (status.tenantId() != null) ? status.tenantId() : this.connection.getTenantId();
		return card(tenantId, lifecycle, status.state(), status.expiresAt(), resources, null);
	}

	private TenantCard fromConfiguration(Throwable failure) {
		String why = (failure instanceof CohesivityException) ? failure.getMessage()
				: failure.getClass().getSimpleName() + ": " + failure.getMessage();
		return card(this.connection.getTenantId(), this.connection.getTenantLifecycle(), null,
				this.connection.getExpiresAt(), List.of(), why);
	}

	private TenantCard card(@Nullable String tenantId, @Nullable String lifecycle, @Nullable String state,
			@Nullable Instant expiresAt, List<TenantCard.Resource> resources, @Nullable String statusError) {
		Duration timeLeft = (expiresAt != null) ? TenantRecovery.timeLeft(expiresAt, this.clock.instant()) : null;
		List<String> claimSteps = "ephemeral".equals(lifecycle) ? TenantRecovery.CLAIM_STEPS : List.of();
		return new TenantCard(tenantId, lifecycle, state, expiresAt, timeLeft, claimSteps, resources,
				this.connection.getBaseUrl(), statusError);
	}

	private static @Nullable String readiness(@Nullable ResourceReadiness readiness) {
		return (readiness != null) ? readiness.name() : null;
	}

}
