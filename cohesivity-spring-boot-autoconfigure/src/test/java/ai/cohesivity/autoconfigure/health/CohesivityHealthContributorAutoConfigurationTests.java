/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.health;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import ai.cohesivity.autoconfigure.EmulatorContexts;
import ai.cohesivity.health.CohesivityHealthIndicator;
import ai.cohesivity.observability.EmulatorWorkload;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CohesivityHealthContributorAutoConfiguration}.
 */
class CohesivityHealthContributorAutoConfigurationTests {

	private static CohesivityEmulator emulator;

	private static EmulatorTenant tenant;

	@BeforeAll
	static void startEmulator() {
		emulator = CohesivityEmulator.builder().start();
		tenant = EmulatorWorkload.claimedTenantWithDatabase(emulator);
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	private ApplicationContextRunner runner() {
		return EmulatorContexts.runner(emulator, tenant)
			.withConfiguration(AutoConfigurations.of(CohesivityHealthContributorAutoConfiguration.class));
	}

	@Test
	void createsTheIndicatorAndSendsNothingAtStartUp() {
		long requestsBefore = emulator.requestCount("GET", "/api/status")
				+ emulator.requestCount("POST", "/edge/session");
		this.runner().run((context) -> {
			assertThat(context).hasSingleBean(CohesivityHealthIndicator.class).hasBean("cohesivityHealthIndicator");
			assertThat(emulator.requestCount("GET", "/api/status") + emulator.requestCount("POST", "/edge/session"))
				.isEqualTo(requestsBefore);
		});
	}

	@Test
	void bindsCacheTtlTimeoutAndDatabaseProbe() {
		this.runner()
			.withPropertyValues("cohesivity.health.cache-ttl=0s", "cohesivity.health.database-probe=false")
			.run((context) -> {
				CohesivityHealthIndicator indicator = context.getBean(CohesivityHealthIndicator.class);
				long probes = emulator.requestCount("POST", "/edge/database");
				long statuses = emulator.requestCount("GET", "/api/status");
				indicator.health().block();
				indicator.health().block();
				assertThat(emulator.requestCount("GET", "/api/status") - statuses).isEqualTo(2);
				assertThat(emulator.requestCount("POST", "/edge/database")).isEqualTo(probes);
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
