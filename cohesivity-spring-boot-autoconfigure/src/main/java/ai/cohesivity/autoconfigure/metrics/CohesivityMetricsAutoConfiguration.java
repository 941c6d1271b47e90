/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import ai.cohesivity.autoconfigure.observability.CohesivityObservabilityAutoConfiguration;
import ai.cohesivity.metrics.CohesivityObservabilityMetrics;
import ai.cohesivity.observability.ObservabilityPoller;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the Cohesivity meters: a {@link CohesivityObservabilityMetrics}
 * {@link MeterBinder} over the observability poller's snapshot, bound by Spring Boot to
 * every {@link MeterRegistry}. Turned off with {@code cohesivity.metrics.enabled=false}.
 */
@AutoConfiguration(after = CohesivityObservabilityAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean({ MeterRegistry.class, ObservabilityPoller.class })
@ConditionalOnBooleanProperty(name = "cohesivity.metrics.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CohesivityMetricsProperties.class)
public final class CohesivityMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CohesivityObservabilityMetrics cohesivityObservabilityMetrics(ObservabilityPoller poller,
			CohesivityMetricsProperties properties) {
		return new CohesivityObservabilityMetrics(poller, properties.getMaxTagValues());
	}

}
