/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.billing;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.billing.BillingActionRefusedException;
import ai.cohesivity.billing.BillingClient;
import ai.cohesivity.core.CohesivityNetworkException;
import ai.cohesivity.management.ManagementApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CohesivityBillingAutoConfiguration}.
 */
class CohesivityBillingAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(CohesivityAutoConfiguration.class, CohesivityBillingAutoConfiguration.class))
		.withPropertyValues("cohesivity.emulator.enabled=false", "cohesivity.credentials-file=build/no-such-file",
				"cohesivity.base-url=http://127.0.0.1:9", "cohesivity.management-key=coh_man_0123456789abcdefghij",
				"cohesivity.application-key=coh_app_abcdefghij0123456789");

	@Test
	void createsAClientThatRefusesToCancelByDefault() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(BillingClient.class);
			assertThatExceptionOfType(BillingActionRefusedException.class).isThrownBy(
					() -> context.getBean(BillingClient.class).cancelSubscription().block(Duration.ofSeconds(5)));
		});
	}

	@Test
	void allowCancelLetsTheCancelGoOut() {
		this.contextRunner.withPropertyValues("cohesivity.billing.allow-cancel=true").run((context) -> {
			assertThat(context.getBean(CohesivityBillingProperties.class).isAllowCancel()).isTrue();
			assertThatExceptionOfType(CohesivityNetworkException.class).as("sent: nothing listens on port 9")
				.isThrownBy(
						() -> context.getBean(BillingClient.class).cancelSubscription().block(Duration.ofSeconds(10)));
		});
	}

	@Test
	void backsOffFromTheApplicationsClient() {
		this.contextRunner.withUserConfiguration(UserBilling.class)
			.run((context) -> assertThat(context.getBean(BillingClient.class))
				.isSameAs(context.getBean("userBilling")));
	}

	@Test
	void disabledByProperty() {
		this.contextRunner.withPropertyValues("cohesivity.billing.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(BillingClient.class));
	}

	@Test
	void withoutWebClientNothingIsCreated() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(WebClient.class))
			.run((context) -> assertThat(context).doesNotHaveBean(BillingClient.class)
				.doesNotHaveBean(ManagementApi.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBilling {

		@Bean
		BillingClient userBilling(ManagementApi api) {
			return new BillingClient(api, true);
		}

	}

}
