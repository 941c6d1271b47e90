/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.health;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;

import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;
import ai.cohesivity.autoconfigure.observability.CohesivityObservabilityAutoConfiguration;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.edge.EdgeTokenProvider;
import ai.cohesivity.health.CohesivityHealthIndicator;
import ai.cohesivity.management.StatusClient;
import ai.cohesivity.observability.ObservabilityPoller;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the {@code cohesivity} health component: a
 * {@link CohesivityHealthIndicator} that checks the tenant's status (with a management
 * key), an edge session mint (with session tokens) and the edge database (when
 * provisioned). Turned off with {@code management.health.cohesivity.enabled=false}.
 */
@AutoConfiguration(after = { CohesivityAutoConfiguration.class, CohesivityObservabilityAutoConfiguration.class })
@ConditionalOnClass({ ReactiveHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(EdgeClient.class)
@ConditionalOnEnabledHealthIndicator("cohesivity")
@EnableConfigurationProperties(CohesivityHealthProperties.class)
public final class CohesivityHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "cohesivityHealthIndicator", "cohesivityHealthContributor" })
	CohesivityHealthIndicator cohesivityHealthIndicator(CohesivityConnectionDetails connectionDetails,
			CohesivityConnection connection, EdgeClient edgeClient, ObjectProvider<StatusClient> statusClient,
			ObjectProvider<EdgeTokenProvider> tokenProvider, ObjectProvider<ObservabilityPoller> poller,
			CohesivityHealthProperties properties) {
		return CohesivityHealthIndicator.builder()
			.tenantId(connectionDetails.getTenantId())
			.status(connection.hasKey(CohesivityConnection.Key.MANAGEMENT) ? statusClient.getIfAvailable() : null)
			.edgeSession(tokenProvider.getIfAvailable())
			.databaseProbe(properties.isDatabaseProbe() ? edgeClient : null)
			.observability(poller.getIfAvailable())
			.cacheTtl(properties.getCacheTtl())
			.timeout(properties.getTimeout())
			.build();
	}

}
