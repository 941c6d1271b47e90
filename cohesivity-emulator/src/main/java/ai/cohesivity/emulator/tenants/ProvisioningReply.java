package ai.cohesivity.emulator.tenants;

/**
 * What {@code POST /api/resources/{offering}} answers on success. Cohesivity documents no
 * fixed shape (Q8: any 2xx is success), so clients must accept each of these.
 */
public enum ProvisioningReply {

	/**
	 * {@code 201} (or {@code 200} on a repeat) with {@code {success, resource, status,
	 * created, already_provisioned, …, edge_url, docs_url}}.
	 */
	FULL,

	/** {@code 204 No Content}. */
	NO_CONTENT,

	/** {@code {"success":true,"status":"ready"}}. */
	READY,

	/** {@code {"already_provisioned":true}}, even on the first call. */
	ALREADY_PROVISIONED

}
