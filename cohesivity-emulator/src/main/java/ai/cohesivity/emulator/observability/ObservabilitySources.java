package ai.cohesivity.emulator.observability;

import java.time.Instant;

import ai.cohesivity.emulator.accounts.EmulatorAccount;
import ai.cohesivity.emulator.accounts.UsageLedger;
import ai.cohesivity.emulator.accounts.UsageLimits;
import ai.cohesivity.emulator.accounts.UsageRollups;
import ai.cohesivity.emulator.accounts.Wallet;
import ai.cohesivity.emulator.support.BaseUrl;
import ai.cohesivity.emulator.support.CredentialGenerator;
import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.tenants.TenantRegistry;

/**
 * What the observability document is built from: the tenants, the account and its wallet,
 * the recorded usage and the limits it is measured against.
 *
 * @param registry the tenants
 * @param account the account
 * @param usage the recorded usage events
 * @param rollups sums of the recorded usage
 * @param limits the claimed account's buckets
 * @param clock the emulator clock
 * @param credentials makes request ids
 * @param baseUrl the emulator's origin, for links
 */
public record ObservabilitySources(TenantRegistry registry, EmulatorAccount account, UsageLedger usage,
		UsageRollups rollups, UsageLimits limits, EmulatorClock clock, CredentialGenerator credentials,
		BaseUrl baseUrl) {

	Wallet wallet(Instant now) {
		return Wallet.of(this.account, this.rollups, now);
	}

}
