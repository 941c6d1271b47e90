/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.util.ArrayList;
import java.util.List;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * An application on the starter, started the way users start theirs (every
 * auto-configuration, properties pointing at a tenant), without a web server; its
 * Cohesivity clients' requests are seen by a {@link WireRecorder} bean.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ReliabilityApplication {

	@Bean
	WireRecorder wireRecorder() {
		return new WireRecorder();
	}

	/**
	 * Create a tenant with a database, claimed when asked (observability and managed
	 * agents need a claimed tenant), whose keys the secret checks know.
	 * @param emulator the emulator
	 * @param claimed whether to claim it
	 * @return the tenant
	 */
	public static EmulatorTenant tenantWithDatabase(CohesivityEmulator emulator, boolean claimed) {
		EmulatorTenant tenant = SuiteSecrets.tenant(emulator.createTenant());
		emulator.provision(tenant.tenantId(), "database");
		if (claimed) {
			emulator.admin().approveClaim(tenant.tenantId());
		}
		return tenant;
	}

	/**
	 * Start the application for an emulator tenant.
	 * @param emulator the emulator
	 * @param tenant the tenant
	 * @param properties more properties, {@code name=value}
	 * @return the running application
	 */
	public static ConfigurableApplicationContext run(CohesivityEmulator emulator, EmulatorTenant tenant,
			String... properties) {
		List<String> all = new ArrayList<>(List.of("cohesivity.base-url=" + emulator.baseUrl(),
				"cohesivity.management-key=" + tenant.managementKey(),
				"cohesivity.application-key=" + tenant.applicationKey(), "cohesivity.tenant-id=" + tenant.tenantId()));
		all.addAll(List.of(properties));
		return start(all.toArray(String[]::new));
	}

	/**
	 * Start the application with only these properties (and no embedded emulator, no
	 * {@code .cohesivity} file unless named).
	 * @param properties the properties, {@code name=value}
	 * @return the running application
	 */
	public static ConfigurableApplicationContext start(String... properties) {
		return start(ReliabilityApplication.class, properties);
	}

	/**
	 * Start an application of a configuration class with these properties (and no
	 * embedded emulator, no {@code .cohesivity} file unless named).
	 * @param configuration the configuration class
	 * @param properties the properties, {@code name=value}
	 * @return the running application
	 */
	public static ConfigurableApplicationContext start(Class<?> configuration, String... properties) {
		List<String> all = new ArrayList<>(List.of("cohesivity.emulator.enabled=false",
				"cohesivity.credentials-file=target/no-credentials-here/.cohesivity", "spring.main.banner-mode=off",
				"cohesivity.retry.initial-backoff=20ms", "cohesivity.retry.max-backoff=80ms"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(configuration).web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new))
			.run();
	}

}
