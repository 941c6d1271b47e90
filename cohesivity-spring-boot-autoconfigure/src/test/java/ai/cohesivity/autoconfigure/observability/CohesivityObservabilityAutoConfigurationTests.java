/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.observability;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.reactive.function.client.WebClient;

import ai.cohesivity.autoconfigure.TenantEmulator;
import ai.cohesivity.observability.EmulatorWorkload;
import ai.cohesivity.observability.ObservabilityClient;
import ai.cohesivity.observability.ObservabilityPoller;
import ai.cohesivity.observability.ObservabilityState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link CohesivityObservabilityAutoConfiguration}.
 */
class CohesivityObservabilityAutoConfigurationTests {

	@RegisterExtension
	static final TenantEmulator cohesivity = TenantEmulator.claimedWithDatabase();

	private ApplicationContextRunner runner() {
		return cohesivity.runner()
			.withConfiguration(AutoConfigurations.of(CohesivityObservabilityAutoConfiguration.class))
			.withPropertyValues("cohesivity.observability.jitter=0");
	}

	@Test
	void createsClientAndAPollerThatPollsOnStartAndStopsWithTheContext() {
		ObservabilityPoller[] poller = new ObservabilityPoller[1];
		this.runner().withPropertyValues("cohesivity.observability.poll-interval=1h").run((context) -> {
			assertThat(context).hasSingleBean(ObservabilityClient.class).hasSingleBean(ObservabilityPoller.class);
			poller[0] = context.getBean(ObservabilityPoller.class);
			assertThat(poller[0].settings().pollInterval()).isEqualTo(Duration.ofHours(1));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> poller[0].state().phase() == ObservabilityState.Phase.FRESH);
			assertThat(poller[0].isRunning()).isTrue();
		});
		assertThat(poller[0].isRunning()).isFalse();
		assertThat(poller[0].state().phase()).isEqualTo(ObservabilityState.Phase.STOPPED);
	}

	@Test
	void withoutManagementKeyThePollerIsInactive() {
		this.runner().withPropertyValues("cohesivity.management-key=").run((context) -> {
			ObservabilityState state = context.getBean(ObservabilityPoller.class).state();
			assertThat(state.phase()).isEqualTo(ObservabilityState.Phase.INACTIVE);
			assertThat(state.inactiveReason()).contains("no management key");
		});
	}

	@Test
	void bindsThePollerProperties() {
		this.runner()
			.withPropertyValues("cohesivity.observability.poll-interval=5m", "cohesivity.observability.jitter=0.2",
					"cohesivity.observability.max-backoff=1h",
					"cohesivity.observability.requires-claim-retry-interval=2h")
			.run((context) -> {
				ObservabilityPoller poller = context.getBean(ObservabilityPoller.class);
				assertThat(poller.settings().pollInterval()).isEqualTo(Duration.ofMinutes(5));
				assertThat(poller.settings().jitter()).isEqualTo(0.2);
				assertThat(poller.settings().maxBackoff()).isEqualTo(Duration.ofHours(1));
				assertThat(poller.settings().requiresClaimRetryInterval()).isEqualTo(Duration.ofHours(2));
				assertThat(poller.settings().query().emptyBuckets()).isTrue();
			});
	}

	@Test
	void backsOffFromUserBeans() {
		ObservabilityPoller userPoller = ObservabilityPoller.inactive("user's own");
		ObservabilityClient userClient = new ObservabilityClient(
				EmulatorWorkload.managementApi(cohesivity.emulator(), cohesivity.tenant().managementKey()));
		this.runner()
			.withBean(ObservabilityPoller.class, () -> userPoller)
			.withBean(ObservabilityClient.class, () -> userClient)
			.run((context) -> {
				assertThat(context.getBean(ObservabilityPoller.class)).isSameAs(userPoller);
				assertThat(context.getBean(ObservabilityClient.class)).isSameAs(userClient);
			});
	}

	@Test
	void pollerDisabledByProperty() {
		this.runner()
			.withPropertyValues("cohesivity.observability.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(ObservabilityClient.class)
				.doesNotHaveBean(ObservabilityPoller.class));
	}

	@Test
	void backsOffWithoutTheManagementApi() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CohesivityObservabilityAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ObservabilityClient.class)
				.doesNotHaveBean(ObservabilityPoller.class));
	}

	@Test
	void backsOffWithoutWebClient() {
		this.runner()
			.withClassLoader(new FilteredClassLoader(WebClient.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ObservabilityClient.class)
				.doesNotHaveBean(ObservabilityPoller.class));
	}

}
