package ai.cohesivity.emulator.tenants;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.emulator.support.WireFormats;

/**
 * The {@code .cohesivity} file genesis answers with: the six documented {@code key=value}
 * lines (§2.1), then {@code base_url} — the emulator's own origin, so that an application
 * pointed at the file talks to the emulator and never sends the emulator's keys elsewhere
 * — LF endings. The same fields, in the same order, make genesis' JSON answer.
 */
public final class Dotfile {

	/** The emulator's own key: where the tenant lives. */
	public static final String BASE_URL = "base_url";

	private Dotfile() {
	}

	/**
	 * The fields in file order; {@code expires_at} is empty once the tenant is claimed.
	 * @param tenantId the tenant id
	 * @param managementKey the management key
	 * @param applicationKey the application key
	 * @param expiresAt the expiry, {@code null} once claimed
	 * @param lifecycle the lifecycle
	 * @param runtimeProfile the runtime profile
	 * @param baseUrl the emulator's origin
	 * @return the fields in file order
	 */
	public static Map<String, String> fields(String tenantId, String managementKey, String applicationKey,
			@Nullable Instant expiresAt, String lifecycle, String runtimeProfile, String baseUrl) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("tenant_id", tenantId);
		fields.put("coh_management_key", managementKey);
		fields.put("coh_application_key", applicationKey);
		fields.put("expires_at", (expiresAt != null) ? WireFormats.timestamp(expiresAt) : "");
		fields.put("tenant_lifecycle", lifecycle);
		fields.put("runtime_profile", runtimeProfile);
		fields.put(BASE_URL, baseUrl);
		return fields;
	}

	/**
	 * The fields of a tenant's file, in file order.
	 * @param tenant the tenant
	 * @param baseUrl the emulator's origin
	 * @return the fields
	 */
	public static Map<String, String> fields(Tenant tenant, String baseUrl) {
		return fields(tenant.id(), tenant.managementKey(), tenant.applicationKey(), tenant.expiresAt(),
				tenant.lifecycle(), tenant.runtimeProfile(), baseUrl);
	}

	/**
	 * The file's text: one {@code key=value} line per field, LF endings.
	 * @param fields the fields in file order
	 * @return the text
	 */
	public static String render(Map<String, String> fields) {
		return render(fields, List.of());
	}

	/**
	 * The file's text followed by free-text lines (a blank line between).
	 * @param fields the fields in file order
	 * @param trailingText lines that are neither {@code key=value} nor comments
	 * @return the text
	 */
	static String render(Map<String, String> fields, List<String> trailingText) {
		StringBuilder text = new StringBuilder();
		fields.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
		if (!trailingText.isEmpty()) {
			text.append('\n');
			trailingText.forEach((line) -> text.append(line).append('\n'));
		}
		return text.toString();
	}

}
