/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the {@code configprops} and {@code env} Actuator endpoints never show
 * Cohesivity keys, even with {@code show-values=always}.
 */
class CohesivitySanitizingFunctionTests {

	private static final String MAN = "coh_man_0123456789abcdefghij";

	private static final String APP = "coh_app_abcdefghij0123456789";

	private static final String ENV_APP = "coh_app_fromtheenvironment00";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CohesivityAutoConfiguration.class, EndpointAutoConfiguration.class,
				ConfigurationPropertiesReportEndpointAutoConfiguration.class,
				EnvironmentEndpointAutoConfiguration.class))
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of("COHESIVITY_APPLICATION_KEY", ENV_APP, "SOME_OTHER_SETTING", "visible-value"))))
		.withPropertyValues("cohesivity.emulator.enabled=false", "cohesivity.credentials-file=target/none/.cohesivity",
				"cohesivity.management-key=" + MAN, "cohesivity.application-key=" + APP,
				"cohesivity.user-agent=orders-service/1.0", "app.note=uses " + MAN + " for tests",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
				"management.endpoints.web.exposure.include=configprops,env");

	@Test
	void configpropsMasksKeysButShowsOtherValues() {
		this.runner.run((context) -> {
			String json = JsonMapper.shared()
				.writeValueAsString(context.getBean(ConfigurationPropertiesReportEndpoint.class)
					.configurationPropertiesWithPrefix("cohesivity"));
			assertThat(json).contains("orders-service/1.0").contains("******");
			assertThat(json).doesNotContain(MAN).doesNotContain(APP).doesNotContain(ENV_APP);
		});
	}

	@Test
	void envMasksKeysFromPropertiesAndTheEnvironmentAndKeysInsideOtherValues() {
		this.runner.run((context) -> {
			String json = JsonMapper.shared()
				.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
			assertThat(json).contains("orders-service/1.0")
				.contains("visible-value")
				.contains("COHESIVITY_APPLICATION_KEY");
			assertThat(json).doesNotContain(MAN).doesNotContain(APP).doesNotContain(ENV_APP);
		});
	}

	@Test
	void backsOffToAUserBeanAndWithoutActuator() {
		this.runner.run((context) -> assertThat(context).hasSingleBean(CohesivitySanitizingFunction.class));
		this.runner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
			.withConfiguration(AutoConfigurations.of(CohesivityAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CohesivitySanitizingFunction.class));
	}

}
