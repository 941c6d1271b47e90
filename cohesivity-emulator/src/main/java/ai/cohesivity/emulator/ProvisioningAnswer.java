package ai.cohesivity.emulator;

/**
 * What {@code POST /api/resources/{offering}} answers on success. Cohesivity documents no
 * fixed shape (any 2xx is success), so a client must accept each of these.
 *
 * @see EmulatorAdmin#provisioningAnswer(ProvisioningAnswer)
 */
public enum ProvisioningAnswer {

	/**
	 * The default: {@code 201} ({@code 200} on a repeat) with {@code {success, resource,
	 * status: "active", created, already_provisioned, …, edge_url, docs_url}}.
	 */
	FULL,

	/** {@code 204 No Content}, no body. */
	NO_CONTENT,

	/** {@code {"success":true,"status":"ready"}}. */
	READY,

	/** {@code 200 {"already_provisioned":true}}, even on the first call. */
	ALREADY_PROVISIONED

}
