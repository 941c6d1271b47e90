/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.billing;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.billing.BillingClient;
import ai.cohesivity.management.ManagementApi;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the {@link BillingClient} ({@code cohesivity.billing.*});
 * cancelling the subscription stays refused unless
 * {@code cohesivity.billing.allow-cancel=true}.
 */
@AutoConfiguration(after = CohesivityAutoConfiguration.class)
@ConditionalOnBean(ManagementApi.class)
@ConditionalOnBooleanProperty(name = "cohesivity.billing.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CohesivityBillingProperties.class)
public final class CohesivityBillingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	BillingClient cohesivityBillingClient(ManagementApi managementApi, CohesivityBillingProperties properties) {
		return new BillingClient(managementApi, properties.isAllowCancel());
	}

}
