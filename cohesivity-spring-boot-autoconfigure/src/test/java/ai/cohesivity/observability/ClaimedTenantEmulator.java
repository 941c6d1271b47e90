/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import ai.cohesivity.autoconfigure.EmulatorContexts;

/**
 * A JUnit extension for a test class: one emulator, started before its tests and closed
 * after them, with one claimed tenant that has its database.
 */
public final class ClaimedTenantEmulator implements BeforeAllCallback, AfterAllCallback {

	private CohesivityEmulator emulator;

	private EmulatorTenant tenant;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.emulator = CohesivityEmulator.builder().start();
		this.tenant = EmulatorWorkload.claimedTenantWithDatabase(this.emulator);
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
	 * Return a context runner with the Cohesivity auto-configuration pointed at the
	 * tenant through properties.
	 */
	public ApplicationContextRunner runner() {
		return EmulatorContexts.runner(this.emulator, this.tenant);
	}

}
