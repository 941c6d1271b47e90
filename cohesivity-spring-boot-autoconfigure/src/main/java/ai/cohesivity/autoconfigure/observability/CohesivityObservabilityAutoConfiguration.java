/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.observability;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.management.ManagementApi;
import ai.cohesivity.observability.ObservabilityClient;
import ai.cohesivity.observability.ObservabilityPoller;
import ai.cohesivity.observability.ObservabilityPollerSettings;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for Cohesivity account observability: an
 * {@link ObservabilityClient} and the one {@link ObservabilityPoller} of the application
 * ({@code cohesivity.observability.*}), which starts polling with the context and stops
 * with it. Without a management key the poller stays inactive and says so.
 */
@AutoConfiguration(after = CohesivityAutoConfiguration.class)
@ConditionalOnBean(ManagementApi.class)
@EnableConfigurationProperties(CohesivityObservabilityProperties.class)
public final class CohesivityObservabilityAutoConfiguration {

	static final String NO_MANAGEMENT_KEY = "no management key is configured (cohesivity.management-key or the "
			+ ".cohesivity file); observability needs the management key of a claimed tenant";

	@Bean
	@ConditionalOnMissingBean
	ObservabilityClient cohesivityObservabilityClient(ManagementApi managementApi) {
		return new ObservabilityClient(managementApi);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "cohesivity.observability.enabled", matchIfMissing = true)
	static class PollerConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ObservabilityPoller cohesivityObservabilityPoller(ObservabilityClient client,
				ObjectProvider<CohesivityConnection> connection, CohesivityObservabilityProperties properties) {
			CohesivityConnection tenant = connection.getIfAvailable();
			if (tenant == null || !tenant.hasKey(CohesivityConnection.Key.MANAGEMENT)) {
				return ObservabilityPoller.inactive(NO_MANAGEMENT_KEY);
			}
			return new ObservabilityPoller(client,
					new ObservabilityPollerSettings(properties.getPollInterval(), properties.getJitter(),
							properties.getMaxBackoff(), properties.getRequiresClaimRetryInterval(),
							ObservabilityPollerSettings.DEFAULT_QUERY));
		}

	}

}
