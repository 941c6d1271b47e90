package ai.cohesivity.emulator.tenants;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.emulator.support.WireFormats;

/**
 * The {@code .cohesivity} file genesis answers with: six {@code key=value} lines, LF
 * endings. The same six fields, in the same order, make genesis' JSON answer.
 */
public final class Dotfile {

	private Dotfile() {
	}

	/**
	 * The six fields in file order; {@code expires_at} is empty once the tenant is
	 * claimed.
	 * @param tenantId the tenant id
	 * @param managementKey the management key
	 * @param applicationKey the application key
	 * @param expiresAt the expiry, {@code null} once claimed
	 * @param lifecycle the lifecycle
	 * @param runtimeProfile the runtime profile
	 * @return the fields in file order
	 */
	public static Map<String, String> fields(String tenantId, String managementKey, String applicationKey,
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

	/**
	 * The fields of a tenant's file, in file order.
	 * @param tenant the tenant
	 * @return the fields
	 */
	public static Map<String, String> fields(Tenant tenant) {
		return fields(tenant.id(), tenant.managementKey(), tenant.applicationKey(), tenant.expiresAt(),
				tenant.lifecycle(), tenant.runtimeProfile());
	}

	/**
	 * The file's text: one {@code key=value} line per field, LF endings.
	 * @param fields the fields in file order
	 * @return the text
	 */
	public static String render(Map<String, String> fields) {
		StringBuilder text = new StringBuilder();
		fields.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
		return text.toString();
	}

	/**
	 * A tenant's file.
	 * @param tenant the tenant
	 * @return the text
	 */
	public static String render(Tenant tenant) {
		return render(fields(tenant));
	}

}
