/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.emulator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;
import ai.cohesivity.autoconfigure.CohesivityProperties;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} that starts an in-process Cohesivity emulator when
 * {@code cohesivity-emulator} is on the classpath and either
 * {@code cohesivity.emulator.enabled=true} or, by default, no credentials are configured.
 * It creates a tenant, provisions its database and points every client at it through a
 * {@link CohesivityConnectionDetails} bean. An application that defines its own
 * connection details gets no emulator. Ordered before
 * {@link CohesivityAutoConfiguration}.
 */
@AutoConfiguration(before = CohesivityAutoConfiguration.class)
@ConditionalOnClass(name = EmbeddedEmulator.EMULATOR_CLASS)
@ConditionalOnBooleanProperty(name = "cohesivity.enabled", matchIfMissing = true)
@Conditional(OnEmulatorNeededCondition.class)
@ConditionalOnMissingBean(CohesivityConnectionDetails.class)
@EnableConfigurationProperties(CohesivityProperties.class)
public final class CohesivityEmulatorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EmbeddedEmulator cohesivityEmbeddedEmulator(CohesivityProperties properties) {
		CohesivityProperties.Emulator settings = properties.getEmulator();
		return new EmbeddedEmulator(settings.getPort(), settings.getDataDirectory(), getClass().getClassLoader());
	}

	@Bean
	@ConditionalOnMissingBean(CohesivityConnectionDetails.class)
	CohesivityConnectionDetails cohesivityEmulatorConnectionDetails(EmbeddedEmulator emulator) {
		return new EmulatorConnectionDetails(emulator);
	}

}
