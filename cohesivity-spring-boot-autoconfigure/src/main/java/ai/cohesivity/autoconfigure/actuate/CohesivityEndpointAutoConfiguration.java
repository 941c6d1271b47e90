/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.actuate;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.info.ConditionalOnEnabledInfoContributor;
import org.springframework.boot.actuate.autoconfigure.info.InfoContributorFallback;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import ai.cohesivity.actuate.CohesivityEndpoint;
import ai.cohesivity.actuate.CohesivityInfoContributor;
import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;
import ai.cohesivity.autoconfigure.observability.CohesivityObservabilityAutoConfiguration;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.edge.EdgeTokenProvider;
import ai.cohesivity.management.StatusClient;
import ai.cohesivity.observability.ObservabilityPoller;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the read-only {@code cohesivity} Actuator endpoint
 * ({@code /actuator/cohesivity} once exposed with
 * {@code management.endpoints.web.exposure.include}) and the {@code cohesivity} section
 * of {@code /actuator/info} ({@code management.info.cohesivity.enabled}).
 */
@AutoConfiguration(after = { CohesivityAutoConfiguration.class, CohesivityObservabilityAutoConfiguration.class })
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean({ CohesivityConnectionDetails.class, CohesivityConnection.class })
public final class CohesivityEndpointAutoConfiguration {

	private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(5);

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint
	CohesivityEndpoint cohesivityEndpoint(CohesivityConnectionDetails connectionDetails,
			CohesivityConnection connection, ObjectProvider<StatusClient> statusClient,
			ObjectProvider<ObservabilityPoller> poller, ObjectProvider<EdgeTokenProvider> tokenProvider) {
		return new CohesivityEndpoint(
				connection.hasKey(CohesivityConnection.Key.MANAGEMENT) ? statusClient.getIfAvailable() : null,
				poller.getIfAvailable(), tokenProvider.getIfAvailable(),
				new CohesivityEndpoint.ConfiguredTenant(connectionDetails.getTenantId(),
						connectionDetails.getTenantLifecycle(), connectionDetails.getExpiresAt()),
				STATUS_TIMEOUT, Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnEnabledInfoContributor(value = "cohesivity", fallback = InfoContributorFallback.USE_DEFAULTS_PROPERTY)
	CohesivityInfoContributor cohesivityInfoContributor(CohesivityConnectionDetails connectionDetails,
			ObjectProvider<ObservabilityPoller> poller) {
		return new CohesivityInfoContributor(connectionDetails.getTenantId(), connectionDetails.getTenantLifecycle(),
				poller.getIfAvailable());
	}

}
