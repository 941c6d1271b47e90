package ai.cohesivity.emulator.claims;

import ai.cohesivity.emulator.accounts.EmulatorAccount;
import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.tenants.Tenant;
import ai.cohesivity.emulator.tenants.TenantRegistry;

/**
 * Claims tenants for the emulator's one account, as the human does on the approval page:
 * the tenant becomes {@code claimed}, loses its expiry and any pause, and the account is
 * notified.
 */
public final class Claims {

	private final TenantRegistry registry;

	private final EmulatorAccount account;

	private final EmulatorClock clock;

	/**
	 * Creates the claims.
	 * @param registry the tenants
	 * @param account the account that claims them
	 * @param clock the emulator clock
	 */
	public Claims(TenantRegistry registry, EmulatorAccount account, EmulatorClock clock) {
		this.registry = registry;
		this.account = account;
		this.clock = clock;
	}

	/**
	 * Claims a tenant (nothing happens when it is claimed already).
	 * @param tenant the tenant
	 */
	public synchronized void approve(Tenant tenant) {
		if (tenant.isClaimed()) {
			return;
		}
		this.account.notify(this.clock.instant(), "tenant_claimed", "info", "Tenant " + tenant.id() + " was claimed",
				tenant.id());
		this.registry.claim(tenant);
	}

}
