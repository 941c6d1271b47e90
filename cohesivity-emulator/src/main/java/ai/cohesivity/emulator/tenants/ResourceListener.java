package ai.cohesivity.emulator.tenants;

/**
 * Told when a tenant gains or loses a resource, so that the room that serves it (the
 * database room for {@code database}) can open or drop what backs it.
 */
public interface ResourceListener {

	/**
	 * The tenant has the resource now: newly provisioned, or restored from the data
	 * directory at start-up.
	 * @param tenant the tenant
	 * @param resource the resource
	 */
	void provisioned(Tenant tenant, ProvisionedResource resource);

	/**
	 * The tenant's resource was deleted; its data goes with it.
	 * @param tenant the tenant
	 * @param resource the offering
	 */
	void deprovisioned(Tenant tenant, String resource);

}
