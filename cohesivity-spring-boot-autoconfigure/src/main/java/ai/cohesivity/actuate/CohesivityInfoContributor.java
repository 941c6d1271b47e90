/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

import ai.cohesivity.core.CohesivityVersion;
import ai.cohesivity.observability.ObservabilityPoller;
import ai.cohesivity.observability.ObservabilitySnapshot;
import ai.cohesivity.observability.ObservabilityState;

/**
 * Adds a {@code cohesivity} section to {@code /actuator/info}: the tenant id, its
 * lifecycle and the starter version. Sends no request: the lifecycle comes from the
 * observability snapshot when there is one (a refused ephemeral tenant reads
 * {@code ephemeral}), else from the configuration.
 */
public class CohesivityInfoContributor implements InfoContributor {

	private final @Nullable String tenantId;

	private final @Nullable String configuredLifecycle;

	private final @Nullable ObservabilityPoller poller;

	/**
	 * Create the contributor.
	 * @param tenantId the configured tenant id
	 * @param configuredLifecycle the configured lifecycle (for example from the
	 * {@code .cohesivity} file)
	 * @param poller the observability poller, or {@code null}
	 */
	public CohesivityInfoContributor(@Nullable String tenantId, @Nullable String configuredLifecycle,
			@Nullable ObservabilityPoller poller) {
		this.tenantId = tenantId;
		this.configuredLifecycle = configuredLifecycle;
		this.poller = poller;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> cohesivity = new LinkedHashMap<>();
		if (this.tenantId != null) {
			cohesivity.put("tenantId", this.tenantId);
		}
		String lifecycle = lifecycle();
		if (lifecycle != null) {
			cohesivity.put("lifecycle", lifecycle);
		}
		cohesivity.put("starterVersion", CohesivityVersion.get());
		builder.withDetail("cohesivity", cohesivity);
	}

	private @Nullable String lifecycle() {
		if (this.poller != null) {
			ObservabilityState state = this.poller.state();
			if (state.phase() == ObservabilityState.Phase.REQUIRES_CLAIM) {
				return "ephemeral";
			}
			ObservabilitySnapshot snapshot = state.snapshot();
			if (snapshot != null) {
				for (ObservabilitySnapshot.TenantView tenant : snapshot.tenants()) {
					if (Boolean.TRUE.equals(tenant.isSelf()) && tenant.lifecycle() != null) {
						return tenant.lifecycle();
					}
				}
			}
		}
		return this.configuredLifecycle;
	}

}
