package ai.cohesivity.emulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The {@code .cohesivity} file genesis answers with: six {@code key=value} lines, LF endings.
 */
final class Dotfile {

	private Dotfile() {
	}

	static String render(String tenantId, String managementKey, String applicationKey, @Nullable Instant expiresAt,
			String lifecycle, String runtimeProfile) {
		return "tenant_id=" + tenantId + "\n" + "coh_management_key=" + managementKey + "\n" + "coh_application_key="
				+ applicationKey + "\n" + "expires_at=" + ((expiresAt != null) ? WireFormats.timestamp(expiresAt) : "")
				+ "\n" + "tenant_lifecycle=" + lifecycle + "\n" + "runtime_profile=" + runtimeProfile + "\n";
	}

	static String render(Tenant tenant) {
		return render(tenant.id(), tenant.managementKey(), tenant.applicationKey(), tenant.expiresAt(),
				tenant.lifecycle(), tenant.runtimeProfile());
	}

}
