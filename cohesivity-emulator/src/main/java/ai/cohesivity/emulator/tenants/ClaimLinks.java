package ai.cohesivity.emulator.tenants;

/**
 * Makes a working one-click claim link for a tenant (the claims room opens a claim wait
 * for it), for the claim instructions genesis can add to the {@code .cohesivity} file.
 */
@FunctionalInterface
public interface ClaimLinks {

	/**
	 * A link that claims the tenant when a human approves on the page it opens.
	 * @param tenant the tenant
	 * @return the approval URL
	 */
	String approvalUrl(Tenant tenant);

}
