/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.actuate;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import ai.cohesivity.actuate.CohesivityDescriptor;
import ai.cohesivity.actuate.CohesivityEndpoint;
import ai.cohesivity.actuate.CohesivityInfoContributor;
import ai.cohesivity.autoconfigure.observability.CohesivityObservabilityAutoConfiguration;
import ai.cohesivity.edge.EdgeTokenProvider;
import ai.cohesivity.edge.EdgeTokenState;
import ai.cohesivity.autoconfigure.TenantEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CohesivityEndpointAutoConfiguration}.
 */
class CohesivityEndpointAutoConfigurationTests {

	@RegisterExtension
	static final TenantEmulator cohesivity = TenantEmulator.claimedWithDatabase();

	private ApplicationContextRunner runner() {
		return cohesivity.runner()
			.withConfiguration(AutoConfigurations.of(CohesivityObservabilityAutoConfiguration.class,
					CohesivityEndpointAutoConfiguration.class))
			.withPropertyValues("cohesivity.observability.poll-interval=1h",
					"management.endpoints.web.exposure.include=cohesivity");
	}

	@Test
	void createsTheEndpointAndTheInfoContributor() {
		this.runner().run((context) -> {
			assertThat(context).hasSingleBean(CohesivityEndpoint.class).hasSingleBean(CohesivityInfoContributor.class);
			CohesivityDescriptor descriptor = context.getBean(CohesivityEndpoint.class).cohesivity().block();
			assertThat(descriptor.tenant().id()).isEqualTo(cohesivity.tenant().tenantId());
			assertThat(descriptor.resources()).extracting(CohesivityDescriptor.Resource::name).contains("database");
			Info.Builder info = new Info.Builder();
			context.getBean(CohesivityInfoContributor.class).contribute(info);
			assertThat(info.build().getDetails().get("cohesivity")).isInstanceOf(Map.class)
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsEntry("tenantId", cohesivity.tenant().tenantId())
				.containsKey("starterVersion");
		});
	}

	@Test
	void edgeTokenIsTheProvidersStateWithoutTheToken() {
		this.runner().run((context) -> {
			CohesivityEndpoint endpoint = context.getBean(CohesivityEndpoint.class);
			assertThat(endpoint.cohesivity().block().edgeToken())
				.isEqualTo(new CohesivityDescriptor.EdgeToken(true, null, null, 0L));
			EdgeTokenState state = context.getBean(EdgeTokenProvider.class)
				.ensureSession()
				.block(Duration.ofSeconds(10));
			assertThat(endpoint.cohesivity().block().edgeToken()).isEqualTo(new CohesivityDescriptor.EdgeToken(true,
					state.validUntil().toString(), state.lastMint().toString(), 1L));
		});
		this.runner()
			.withPropertyValues("cohesivity.edge.session-tokens=false")
			.run((context) -> assertThat(context.getBean(CohesivityEndpoint.class).cohesivity().block().edgeToken())
				.isEqualTo(new CohesivityDescriptor.EdgeToken(false, null, null, null)));
	}

	@Test
	void withoutObservabilityTheEndpointSaysWhy() {
		this.runner().withPropertyValues("cohesivity.observability.enabled=false").run((context) -> {
			CohesivityDescriptor descriptor = context.getBean(CohesivityEndpoint.class).cohesivity().block();
			assertThat(descriptor.snapshot().phase()).isEqualTo("INACTIVE");
			assertThat(descriptor.snapshot().why()).contains("cohesivity.observability.enabled");
		});
	}

	@Test
	void backsOffFromUserBeans() {
		CohesivityInfoContributor userInfo = new CohesivityInfoContributor("mine", null, null);
		this.runner()
			.withBean(CohesivityInfoContributor.class, () -> userInfo)
			.run((context) -> assertThat(context.getBean(CohesivityInfoContributor.class)).isSameAs(userInfo));
	}

	@Test
	void endpointNotCreatedWhenNotExposedAndInfoDisabledByProperty() {
		cohesivity.runner()
			.withConfiguration(AutoConfigurations.of(CohesivityEndpointAutoConfiguration.class))
			.withPropertyValues("management.endpoint.cohesivity.access=NONE",
					"management.info.cohesivity.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(CohesivityEndpoint.class)
				.doesNotHaveBean(CohesivityInfoContributor.class));
	}

	@Test
	void backsOffWithoutActuator() {
		this.runner()
			.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(CohesivityEndpoint.class)
				.doesNotHaveBean(CohesivityInfoContributor.class));
	}

}
