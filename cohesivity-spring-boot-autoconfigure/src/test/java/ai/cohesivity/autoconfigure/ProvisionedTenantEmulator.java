/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension for a test class: one emulator, started before its tests and closed
 * after them, with one ephemeral tenant whose database is provisioned — the tenant a
 * newcomer gets from genesis.
 */
public final class ProvisionedTenantEmulator implements BeforeAllCallback, AfterAllCallback {

	private CohesivityEmulator emulator;

	private EmulatorTenant tenant;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.emulator = CohesivityEmulator.builder().start();
		this.tenant = this.emulator.createTenant();
		this.emulator.provision(this.tenant.tenantId(), "database");
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.emulator.close();
	}

	public CohesivityEmulator emulator() {
		return this.emulator;
	}

	public EmulatorTenant tenant() {
		return this.tenant;
	}

	/**
	 * Return the emulator's origin.
	 * @return for example {@code http://127.0.0.1:54321}
	 */
	public String baseUrl() {
		return this.emulator.baseUrl();
	}

}
