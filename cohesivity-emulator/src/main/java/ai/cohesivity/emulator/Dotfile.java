package ai.cohesivity.emulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The {@code .cohesivity} file genesis answers with: six {@code key=value} lines, LF
 * endings. The same six fields, in the same order, make genesis' JSON answer.
 */
final class Dotfile {

	private Dotfile() {
	}

	/**
	 * The six fields in file order; {@code expires_at} is empty once the tenant is
	 * claimed.
	 */
	static Map<String, String> fields(String tenantId, String managementKey, String applicationKey,
			@Nullable Instant expiresAt, String lifecycle, String runtimeProfile) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("tenant_id", tenantId);
		fields.put("coh_management_key", managementKey);
		fields.put("coh_application_key", applicationKey);
		fields.put("expires_at", (expiresAt != null) ? WireFormats.timestamp(expiresAt) : "");
		fields.put("tenant_lifecycle", lifecycle);
		fields.put("runtime_profile", runtimeProfile);
		return fields;
	}

	static Map<String, String> fields(Tenant tenant) {
		return fields(tenant.id(), tenant.managementKey(), tenant.applicationKey(), tenant.expiresAt(),
				tenant.lifecycle(), tenant.runtimeProfile());
	}

	static String render(Map<String, String> fields) {
		StringBuilder text = new StringBuilder();
		fields.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
		return text.toString();
	}

	static String render(Tenant tenant) {
		return render(fields(tenant));
	}

}
