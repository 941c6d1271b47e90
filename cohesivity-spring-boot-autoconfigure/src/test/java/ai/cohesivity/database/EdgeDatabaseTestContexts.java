/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.autoconfigure.database.CohesivityDatabaseAutoConfiguration;
import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Starts the real client wiring (core's client auto-configuration and the database
 * auto-configuration) against an emulator tenant, over HTTP on loopback.
 */
final class EdgeDatabaseTestContexts {

	private EdgeDatabaseTestContexts() {
	}

	/**
	 * Creates a refreshed context for the tenant.
	 * @param emulator the emulator
	 * @param tenant the tenant whose keys to use
	 * @param extraProperties more {@code key=value} properties
	 * @return the context; close it after use
	 */
	static AnnotationConfigApplicationContext start(CohesivityEmulator emulator, EmulatorTenant tenant,
			String... extraProperties) {
		return start(emulator, tenant, (beans) -> {
		}, extraProperties);
	}

	/**
	 * Creates a refreshed context for the tenant with extra beans.
	 * @param emulator the emulator
	 * @param tenant the tenant whose keys to use
	 * @param beans registers extra beans before the refresh
	 * @param extraProperties more {@code key=value} properties
	 * @return the context; close it after use
	 */
	static AnnotationConfigApplicationContext start(CohesivityEmulator emulator, EmulatorTenant tenant,
			Consumer<AnnotationConfigApplicationContext> beans, String... extraProperties) {
		return start(emulator.baseUrl(), tenant.tenantId(), tenant.managementKey(), tenant.applicationKey(), beans,
				extraProperties);
	}

	/**
	 * Creates a refreshed context for explicit connection values.
	 * @param baseUrl the base URL
	 * @param tenantId the tenant id
	 * @param managementKey the management key
	 * @param applicationKey the application key
	 * @param extraProperties more {@code key=value} properties
	 * @return the context; close it after use
	 */
	static AnnotationConfigApplicationContext start(String baseUrl, String tenantId, String managementKey,
			String applicationKey, String... extraProperties) {
		return start(baseUrl, tenantId, managementKey, applicationKey, (beans) -> {
		}, extraProperties);
	}

	private static AnnotationConfigApplicationContext start(String baseUrl, String tenantId, String managementKey,
			String applicationKey, Consumer<AnnotationConfigApplicationContext> beans, String... extraProperties) {
		List<String> properties = new ArrayList<>(List.of("cohesivity.base-url=" + baseUrl,
				"cohesivity.tenant-id=" + tenantId, "cohesivity.management-key=" + managementKey,
				"cohesivity.application-key=" + applicationKey, "cohesivity.credentials-file=build/no-such-file",
				"cohesivity.emulator.enabled=false", "cohesivity.database.init.mode=never",
				"cohesivity.retry.initial-backoff=10ms", "cohesivity.retry.max-backoff=50ms"));
		properties.addAll(List.of(extraProperties));
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		TestPropertyValues.of(properties).applyTo(context);
		beans.accept(context);
		context.register(CohesivityAutoConfiguration.class, CohesivityDatabaseAutoConfiguration.class);
		context.refresh();
		return context;
	}

}
