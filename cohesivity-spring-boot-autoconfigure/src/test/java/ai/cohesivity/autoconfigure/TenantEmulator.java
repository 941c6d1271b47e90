/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.util.function.Function;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import ai.cohesivity.observability.EmulatorWorkload;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A JUnit extension for a test class: one emulator, started before its tests and closed
 * after them, with one tenant made when it starts.
 */
public final class TenantEmulator implements BeforeAllCallback, AfterAllCallback {

	private final Function<CohesivityEmulator, EmulatorTenant> tenantFactory;

	private CohesivityEmulator emulator;

	private EmulatorTenant tenant;

	private TenantEmulator(Function<CohesivityEmulator, EmulatorTenant> tenantFactory) {
		this.tenantFactory = tenantFactory;
	}

	/**
	 * An ephemeral tenant whose database is provisioned: the tenant a newcomer gets from
	 * genesis.
	 * @return the extension
	 */
	public static TenantEmulator ephemeralWithDatabase() {
		return new TenantEmulator((emulator) -> {
			EmulatorTenant tenant = emulator.createTenant();
			emulator.provision(tenant.tenantId(), "database");
			return tenant;
		});
	}

	/**
	 * A claimed tenant that has its database (observability needs a claimed tenant).
	 * @return the extension
	 */
	public static TenantEmulator claimedWithDatabase() {
		return new TenantEmulator(EmulatorWorkload::claimedTenantWithDatabase);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.emulator = CohesivityEmulator.builder().start();
		this.tenant = this.tenantFactory.apply(this.emulator);
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

	/**
	 * Return a context runner with the Cohesivity auto-configuration pointed at the
	 * tenant through properties.
	 * @return the runner
	 */
	public ApplicationContextRunner runner() {
		return EmulatorContexts.runner(this.emulator, this.tenant);
	}

}
