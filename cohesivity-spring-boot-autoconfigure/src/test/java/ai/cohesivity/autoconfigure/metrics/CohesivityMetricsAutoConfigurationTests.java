/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import ai.cohesivity.autoconfigure.observability.CohesivityObservabilityAutoConfiguration;
import ai.cohesivity.metrics.CohesivityObservabilityMetrics;
import ai.cohesivity.autoconfigure.TenantEmulator;
import ai.cohesivity.observability.ObservabilityPoller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CohesivityMetricsAutoConfiguration}.
 */
class CohesivityMetricsAutoConfigurationTests {

	@RegisterExtension
	static final TenantEmulator cohesivity = TenantEmulator.claimedWithDatabase();

	private ApplicationContextRunner runner() {
		return cohesivity.runner()
			.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
					SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
					CohesivityObservabilityAutoConfiguration.class, CohesivityMetricsAutoConfiguration.class))
			.withPropertyValues("cohesivity.observability.poll-interval=1h");
	}

	@Test
	void createsTheBinderAndSpringBootBindsItToTheRegistry() {
		this.runner().withPropertyValues("cohesivity.metrics.max-tag-values=7").run((context) -> {
			assertThat(context).hasSingleBean(CohesivityObservabilityMetrics.class);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.find("cohesivity.wallet.balance").gauge()).isNotNull();
			assertThat(registry.find("cohesivity.observability.snapshot.age").timeGauge()).isNotNull();
			assertThat(registry.find("cohesivity.observability.poll.failures").functionCounters()).hasSize(8);
		});
	}

	@Test
	void backsOffFromAUserBinder() {
		this.runner()
			.withBean("userMetrics", CohesivityObservabilityMetrics.class,
					() -> new CohesivityObservabilityMetrics(ObservabilityPoller.inactive("user")))
			.run((context) -> assertThat(context).hasSingleBean(CohesivityObservabilityMetrics.class)
				.hasBean("userMetrics"));
	}

	@Test
	void disabledByProperty() {
		this.runner()
			.withPropertyValues("cohesivity.metrics.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CohesivityObservabilityMetrics.class));
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.runner()
			.withClassLoader(new FilteredClassLoader(MeterBinder.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(CohesivityObservabilityMetrics.class)
				.hasSingleBean(ObservabilityPoller.class));
	}

	@Test
	void backsOffWithoutAMeterRegistry() {
		cohesivity.runner()
			.withConfiguration(AutoConfigurations.of(CohesivityObservabilityAutoConfiguration.class,
					CohesivityMetricsAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CohesivityObservabilityMetrics.class));
	}

	@Test
	void backsOffWithoutThePoller() {
		this.runner()
			.withPropertyValues("cohesivity.observability.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CohesivityObservabilityMetrics.class));
	}

}
