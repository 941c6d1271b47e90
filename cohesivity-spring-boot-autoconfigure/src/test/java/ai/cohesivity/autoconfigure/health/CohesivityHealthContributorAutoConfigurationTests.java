/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.health;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import ai.cohesivity.health.CohesivityHealthIndicator;
import ai.cohesivity.autoconfigure.TenantEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CohesivityHealthContributorAutoConfiguration}.
 */
class CohesivityHealthContributorAutoConfigurationTests {

	@RegisterExtension
	static final TenantEmulator cohesivity = TenantEmulator.claimedWithDatabase();

	private ApplicationContextRunner runner() {
		return cohesivity.runner()
			.withConfiguration(AutoConfigurations.of(CohesivityHealthContributorAutoConfiguration.class));
	}

	@Test
	void createsTheIndicatorAndSendsNothingAtStartUp() {
		long requestsBefore = cohesivity.emulator().requestCount("GET", "/api/status")
				+ cohesivity.emulator().requestCount("POST", "/edge/session");
		this.runner().run((context) -> {
			assertThat(context).hasSingleBean(CohesivityHealthIndicator.class).hasBean("cohesivityHealthIndicator");
			assertThat(cohesivity.emulator().requestCount("GET", "/api/status")
					+ cohesivity.emulator().requestCount("POST", "/edge/session"))
				.isEqualTo(requestsBefore);
		});
	}

	@Test
	void bindsCacheTtlTimeoutAndDatabaseProbe() {
		this.runner()
			.withPropertyValues("cohesivity.health.cache-ttl=0s", "cohesivity.health.database-probe=false")
			.run((context) -> {
				CohesivityHealthIndicator indicator = context.getBean(CohesivityHealthIndicator.class);
				long probes = cohesivity.emulator().requestCount("POST", "/edge/database");
				long statuses = cohesivity.emulator().requestCount("GET", "/api/status");
				indicator.health().block();
				indicator.health().block();
				assertThat(cohesivity.emulator().requestCount("GET", "/api/status") - statuses).isEqualTo(2);
				assertThat(cohesivity.emulator().requestCount("POST", "/edge/database")).isEqualTo(probes);
			});
	}

	@Test
	void backsOffFromAUserIndicatorOfTheSameName() {
		ReactiveHealthIndicator user = () -> Mono.just(Health.up().build());
		this.runner()
			.withBean("cohesivityHealthIndicator", ReactiveHealthIndicator.class, () -> user)
			.run((context) -> assertThat(context).doesNotHaveBean(CohesivityHealthIndicator.class));
	}

	@Test
	void disabledByProperty() {
		this.runner()
			.withPropertyValues("management.health.cohesivity.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CohesivityHealthIndicator.class));
	}

	@Test
	void backsOffWithoutSpringBootHealth() {
		this.runner()
			.withClassLoader(new FilteredClassLoader(ReactiveHealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CohesivityHealthIndicator.class));
	}

	@Test
	void backsOffWithoutTheEdgeClient() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CohesivityHealthContributorAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CohesivityHealthIndicator.class));
	}

}
