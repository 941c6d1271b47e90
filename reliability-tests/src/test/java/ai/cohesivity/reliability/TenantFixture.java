/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import ai.cohesivity.emulator.CohesivityEmulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import ai.cohesivity.core.CohesivityClientSettings;

/**
 * A test class's emulator and one tenant with a database and tables, with the starter's
 * clients for it ({@link TenantClients}); started before the class's tests and closed
 * after them. Register it with {@code @RegisterExtension static final}.
 */
public final class TenantFixture implements BeforeAllCallback, AfterAllCallback {

	private final List<String> statements;

	private Consumer<CohesivityEmulator> beforeTenant = (emulator) -> {
	};

	private UnaryOperator<CohesivityClientSettings> settings = UnaryOperator.identity();

	private CohesivityEmulator emulator;

	private TenantClients clients;

	private TenantFixture(List<String> statements) {
		this.statements = statements;
	}

	/**
	 * A tenant whose database runs these statements first.
	 * @param statements the statements, for example {@code CREATE TABLE …}
	 * @return the fixture
	 */
	public static TenantFixture withDatabase(String... statements) {
		return new TenantFixture(List.of(statements));
	}

	/**
	 * Change the emulator before the tenant is created (a token lifetime, caps).
	 * @param action the change
	 * @return this fixture
	 */
	public TenantFixture beforeTenant(Consumer<CohesivityEmulator> action) {
		this.beforeTenant = action;
		return this;
	}

	/**
	 * Change the clients' transport settings (a read timeout).
	 * @param settings the change
	 * @return this fixture
	 */
	public TenantFixture settings(UnaryOperator<CohesivityClientSettings> settings) {
		this.settings = settings;
		return this;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.emulator = CohesivityEmulator.builder().start();
		this.beforeTenant.accept(this.emulator);
		this.clients = TenantClients.withDatabase(this.emulator, TenantClients.QUICK_RETRIES, this.settings);
		this.statements.forEach(this.clients.database()::execute);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.clients.close();
		this.emulator.close();
	}

	public CohesivityEmulator emulator() {
		return this.emulator;
	}

	public TenantClients clients() {
		return this.clients;
	}

}
