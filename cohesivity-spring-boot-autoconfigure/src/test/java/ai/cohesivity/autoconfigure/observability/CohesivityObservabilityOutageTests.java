/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.observability;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ai.cohesivity.actuate.CohesivityDescriptor;
import ai.cohesivity.actuate.CohesivityEndpoint;
import ai.cohesivity.autoconfigure.EmulatorContexts;
import ai.cohesivity.autoconfigure.actuate.CohesivityEndpointAutoConfiguration;
import ai.cohesivity.autoconfigure.health.CohesivityHealthContributorAutoConfiguration;
import ai.cohesivity.autoconfigure.metrics.CohesivityMetricsAutoConfiguration;
import ai.cohesivity.health.CohesivityHealthIndicator;
import ai.cohesivity.observability.EmulatorWorkload;
import ai.cohesivity.observability.ObservabilityClient;
import ai.cohesivity.observability.ObservabilityPoller;
import ai.cohesivity.observability.ObservabilityState;
import ai.cohesivity.observability.VirtualTimePolling;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole application (poller, meters, health, endpoint) on virtual time against the
 * emulator: an observability outage of five poll intervals and a tenant that needs a
 * claim both leave the application healthy and the gauges at their last values, while the
 * age gauge grows and the poller backs off (requests counted at the emulator).
 */
@ExtendWith(OutputCaptureExtension.class)
class CohesivityObservabilityOutageTests {

	private static final Duration INTERVAL = Duration.ofMinutes(1);

	private static final String PATH = "/api/observability";

	private static final VirtualTimePolling time = new VirtualTimePolling();

	private CohesivityEmulator emulator;

	@BeforeEach
	void startEmulator() {
		this.emulator = CohesivityEmulator.builder().start();
	}

	@AfterEach
	void stopEmulator() {
		this.emulator.close();
	}

	@Test
	void anOutageOfFivePollIntervalsLeavesTheAppHealthyAndTheGaugesAtTheirLastValues() {
		EmulatorTenant tenant = EmulatorWorkload.claimedTenantWithDatabase(this.emulator);
		EmulatorWorkload.insertRows(EmulatorWorkload.edgeClient(this.emulator, tenant.applicationKey()), "notes", 2, 5);
		runner(tenant).run((context) -> {
			ObservabilityPoller poller = context.getBean(ObservabilityPoller.class);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			time.start(poller);
			double balance = registry.get("cohesivity.wallet.balance").gauge().value();
			assertThat(bucketUsed(registry)).isEqualTo(10.0);
			this.emulator.admin().failRequests(PATH, 503, 1.0);
			long before = this.emulator.requestCount("GET", PATH);
			time.advance(poller, INTERVAL.multipliedBy(5));
			assertThat(this.emulator.requestCount("GET", PATH) - before).isEqualTo(2);
			assertThat(registry.get("cohesivity.observability.poll.failures")
				.tag("reason", "server_error")
				.functionCounter()
				.count()).isEqualTo(2);
			assertThat(registry.get("cohesivity.wallet.balance").gauge().value()).isEqualTo(balance);
			assertThat(bucketUsed(registry)).isEqualTo(10.0);
			assertThat(registry.get("cohesivity.observability.snapshot.age").timeGauge().value(TimeUnit.SECONDS))
				.isEqualTo(300);
			Health health = context.getBean(CohesivityHealthIndicator.class).health().block();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("observability", "stale: last snapshot PT5M old");
			CohesivityDescriptor descriptor = context.getBean(CohesivityEndpoint.class).cohesivity().block();
			assertThat(descriptor.snapshot().phase()).isEqualTo("FAILING");
			assertThat(descriptor.snapshot().lastFailure().reason()).isEqualTo("server_error");
			assertThat(descriptor.snapshot().age()).isEqualTo("PT5M");
		});
	}

	@Test
	void aTenantThatNeedsAClaimLeavesTheAppHealthyAndThePollerQuiet(CapturedOutput output) {
		EmulatorTenant ephemeral = this.emulator.createTenant();
		this.emulator.provision(ephemeral.tenantId(), "database");
		runner(ephemeral).run((context) -> {
			ObservabilityPoller poller = context.getBean(ObservabilityPoller.class);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			time.start(poller);
			time.advance(poller, INTERVAL.multipliedBy(5));
			time.advance(poller, Duration.ofMinutes(55));
			// one poll at start-up, one 30 minutes later, one at 60 minutes
			assertThat(this.emulator.requestCount("GET", PATH)).isEqualTo(3);
			assertThat(poller.state().phase()).isEqualTo(ObservabilityState.Phase.REQUIRES_CLAIM);
			assertThat(registry.get("cohesivity.wallet.balance").gauge().value()).isNaN();
			assertThat(registry.get("cohesivity.observability.poll.failures")
				.tag("reason", "requires_claim")
				.functionCounter()
				.count()).isEqualTo(3);
			Health health = context.getBean(CohesivityHealthIndicator.class).health().block();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("lifecycle", "ephemeral")
				.containsEntry("observability", "needs a claimed tenant (observability_requires_claim)");
			CohesivityDescriptor descriptor = context.getBean(CohesivityEndpoint.class).cohesivity().block();
			assertThat(descriptor.snapshot().phase()).isEqualTo("REQUIRES_CLAIM");
			assertThat(descriptor.snapshot().why()).contains("observability_requires_claim", "POST /api/claim/url");
			assertThat(descriptor.tenant().claimSteps()).isNotEmpty();
		});
		assertThat(output.getOut().split("needs a claimed tenant and this one is ephemeral", -1)).hasSize(2);
	}

	private static double bucketUsed(MeterRegistry registry) {
		return registry.get("cohesivity.bucket.used")
			.tags("service", "database", "metric", "rows_written", "window", "month")
			.gauge()
			.value();
	}

	private ApplicationContextRunner runner(EmulatorTenant tenant) {
		return EmulatorContexts.runner(this.emulator, tenant)
			.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
					SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
					CohesivityObservabilityAutoConfiguration.class, CohesivityMetricsAutoConfiguration.class,
					CohesivityHealthContributorAutoConfiguration.class, CohesivityEndpointAutoConfiguration.class))
			.withPropertyValues("management.endpoints.web.exposure.include=cohesivity",
					"cohesivity.health.cache-ttl=0s")
			.withUserConfiguration(VirtualTimePollerConfiguration.class);
	}

	@Configuration(proxyBeanMethods = false)
	static class VirtualTimePollerConfiguration {

		@Bean
		ObservabilityPoller virtualTimePoller(ObservabilityClient client) {
			return time.poller(client, INTERVAL);
		}

	}

}
