package ai.cohesivity.emulator.tenants;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import ai.cohesivity.emulator.support.BaseUrl;
import ai.cohesivity.emulator.support.EmulatorClock;

/**
 * Provisions offerings on tenants: validates the configuration, records the resource
 * (idempotently: a repeat keeps the first configuration, except {@code social-login}
 * whose callback list a repeat replaces), provisions the {@code database} that
 * {@code realtime} and {@code social-login} need, and answers the documented body.
 */
public final class Provisioning {

	private final TenantRegistry registry;

	private final EmulatorClock clock;

	private final BaseUrl baseUrl;

	/**
	 * Creates the provisioning.
	 * @param registry the tenants
	 * @param clock the emulator clock
	 * @param baseUrl the emulator's origin, for {@code edge_url}
	 */
	public Provisioning(TenantRegistry registry, EmulatorClock clock, BaseUrl baseUrl) {
		this.registry = registry;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Provisions one offering.
	 * @param tenant the tenant
	 * @param offering the offering, e.g. {@code database}
	 * @param config its configuration (a missing node for none)
	 * @return the answer body: {@code {success, resource, status, created,
	 * already_provisioned, <config>, edge_url, docs_url}}
	 * @throws ai.cohesivity.emulator.http.ApiError for an unknown offering or a bad
	 * configuration
	 */
	public Map<String, Object> provision(Tenant tenant, String offering, JsonNode config) {
		OfferingCatalog.requireKnown(offering);
		Map<String, Object> normalised = OfferingCatalog.validate(offering, config, tenant.isClaimed());
		ProvisionedResource existing = tenant.resource(offering);
		boolean created = existing == null || "social-login".equals(offering);
		ProvisionedResource resource = created ? new ProvisionedResource(offering, normalised, this.clock.instant())
				: existing;
		if ("realtime".equals(offering) || "social-login".equals(offering)) {
			if (tenant.resource("database") == null) {
				this.registry.provisioned(tenant, new ProvisionedResource("database",
						Map.of("write_region", OfferingCatalog.DEFAULT_WRITE_REGION), this.clock.instant()));
			}
		}
		if (created) {
			this.registry.provisioned(tenant, resource);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("success", true);
		body.put("resource", offering);
		body.put("status", "active");
		body.put("created", existing == null);
		body.put("already_provisioned", existing != null);
		body.putAll(resource.config());
		body.put("edge_url", this.baseUrl.of("/edge/" + offering));
		body.put("docs_url", "https://cohesivity.ai/offerings/" + offering);
		return body;
	}

}
