/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.emulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;
import ai.cohesivity.autoconfigure.CohesivityProperties;

/**
 * Runs an application on an embedded Cohesivity emulator at development time, the way
 * Spring Boot runs one on Testcontainers: put {@code cohesivity-emulator} on the
 * <em>test</em> class path only, and add a main class in {@code src/test/java} that adds
 * this configuration to the application's own: <pre class="code">
 * public class TestMyApplication {
 *
 *     public static void main(String[] args) {
 *         SpringApplication.from(MyApplication::main).with(CohesivityEmulatorConfiguration.class).run(args);
 *     }
 *
 * }
 * </pre> {@code mvn spring-boot:test-run} starts it. The emulator starts whatever
 * credentials are configured (a {@code .cohesivity} file, {@code cohesivity.*}
 * properties), creates a tenant with its database provisioned and points every client at
 * it through a {@link CohesivityConnectionDetails} bean; {@code cohesivity.emulator.port}
 * and {@code cohesivity.emulator.data-directory} tune it. The production class path has
 * no emulator, so the packaged application never carries one. Tests use
 * {@link AutoConfigureCohesivityEmulator} instead. The auto-configuration imports this
 * configuration too, when nothing at all is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CohesivityProperties.class)
public class CohesivityEmulatorConfiguration {

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
