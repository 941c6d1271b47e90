/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Application contexts with the Cohesivity auto-configuration pointed at a running
 * emulator tenant, the way an application configures it: through properties.
 */
public final class EmulatorContexts {

	private EmulatorContexts() {
	}

	public static ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CohesivityAutoConfiguration.class))
			.withPropertyValues("cohesivity.emulator.enabled=false",
					"cohesivity.credentials-file=target/no-credentials-here/.cohesivity",
					"cohesivity.retry.initial-backoff=10ms", "cohesivity.retry.max-backoff=50ms");
	}

	public static ApplicationContextRunner runner(CohesivityEmulator emulator, EmulatorTenant tenant) {
		return runner().withPropertyValues("cohesivity.base-url=" + emulator.baseUrl(),
				"cohesivity.management-key=" + tenant.managementKey(),
				"cohesivity.application-key=" + tenant.applicationKey(), "cohesivity.tenant-id=" + tenant.tenantId());
	}

}
