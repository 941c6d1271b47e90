package ai.cohesivity.emulator.edge;

import java.time.Instant;

import ai.cohesivity.emulator.tenants.Tenant;

/**
 * Whether a claimed account's offering is paused for lack of credit (§8.4), which the
 * accounts room knows: edge calls to it then answer 402 with a {@code topup_url}.
 */
@FunctionalInterface
public interface OfferingPauses {

	/**
	 * Whether the tenant's calls to the resource are paused for lack of credit.
	 * @param tenant the calling tenant
	 * @param resource the offering
	 * @param now the emulator's time
	 * @return whether the offering is paused
	 */
	boolean isPaused(Tenant tenant, String resource, Instant now);

}
