package ai.cohesivity.emulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.emulator.tenants.Dotfile;

/**
 * A tenant created in the emulator, with its credentials. {@link #toString()} never shows
 * the keys.
 *
 * @param tenantId the tenant id ({@code word-word-word})
 * @param managementKey the management key ({@code coh_man_...})
 * @param applicationKey the application key ({@code coh_app_...})
 * @param expiresAt when the ephemeral tenant expires ({@code null} once claimed)
 * @param lifecycle {@code ephemeral} or {@code claimed}
 * @param runtimeProfile the runtime profile ({@code v1-1})
 * @param baseUrl the emulator's origin, e.g. {@code http://127.0.0.1:8787}: where the
 * tenant lives
 */
public record EmulatorTenant(String tenantId, String managementKey, String applicationKey, @Nullable Instant expiresAt,
		String lifecycle, String runtimeProfile, String baseUrl) {

	/**
	 * The {@code .cohesivity} file for this tenant, as genesis would answer it: the six
	 * documented {@code key=value} lines and {@code base_url}, the emulator's origin.
	 * @return the dotfile text
	 */
	public String dotfile() {
		return Dotfile.render(Dotfile.fields(this.tenantId, this.managementKey, this.applicationKey, this.expiresAt,
				this.lifecycle, this.runtimeProfile, this.baseUrl));
	}

	@Override
	public String toString() {
		return "EmulatorTenant[tenantId=" + this.tenantId + ", lifecycle=" + this.lifecycle + ", expiresAt="
				+ this.expiresAt + "]";
	}

}
