package ai.cohesivity.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * {@code POST|DELETE /api/resources/{offering}} and bulk {@code POST /api/resources}.
 */
final class ResourcesHandler {

	private final EmulatorServices services;

	private final Scheduler blockingWork;

	/**
	 * @param services the emulator's services
	 * @param blockingWork the emulator's own threads for work that waits (dropping a
	 * database)
	 */
	ResourcesHandler(EmulatorServices services, Scheduler blockingWork) {
		this.services = services;
		this.blockingWork = blockingWork;
	}

	Mono<ServerResponse> provision(ServerRequest request) {
		Tenant tenant = this.services.management().tenantOf(request);
		String offering = request.pathVariable("offering");
		OfferingCatalog.requireKnown(offering);
		return this.services.bodies().json(request).flatMap((config) -> {
			Map<String, Object> result = provision(tenant, offering, config);
			int status = Boolean.TRUE.equals(result.get("created")) ? 201 : 200;
			return this.services.responses().status(status, result);
		});
	}

	/**
	 * Provisions one offering (idempotent: a repeat answers
	 * {@code already_provisioned: true} and keeps the first configuration).
	 */
	Map<String, Object> provision(Tenant tenant, String offering, JsonNode config) {
		Map<String, Object> normalised = OfferingCatalog.validate(offering, config, tenant.isClaimed());
		ProvisionedResource existing = tenant.resource(offering);
		boolean created = existing == null || "social-login".equals(offering);
		ProvisionedResource resource = created
				? new ProvisionedResource(offering, normalised, this.services.clock().instant()) : existing;
		if ("realtime".equals(offering) || "social-login".equals(offering)) {
			if (tenant.resource("database") == null) {
				this.services.registry()
					.provisioned(tenant,
							new ProvisionedResource("database",
									Map.of("write_region", OfferingCatalog.DEFAULT_WRITE_REGION),
									this.services.clock().instant()));
			}
		}
		if (created) {
			this.services.registry().provisioned(tenant, resource);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("success", true);
		body.put("resource", offering);
		body.put("status", "active");
		body.put("created", existing == null);
		body.put("already_provisioned", existing != null);
		body.putAll(resource.config());
		body.put("edge_url", this.services.baseUrl().get() + "/edge/" + offering);
		body.put("docs_url", "https://cohesivity.ai/offerings/" + offering);
		return body;
	}

	Mono<ServerResponse> provisionAll(ServerRequest request) {
		Tenant tenant = this.services.management().tenantOf(request);
		return this.services.bodies().json(request).flatMap((body) -> {
			JsonNode names = body.path("resources");
			if (!names.isArray() || names.isEmpty()) {
				throw ApiError.control(400, "invalid_request", "Send {\"resources\": [\"<offering>\", ...]} with each"
						+ " offering's configuration keyed by its name");
			}
			List<Map<String, Object>> results = new ArrayList<>();
			int failed = 0;
			for (JsonNode name : names.values()) {
				String offering = name.asString("");
				// Each result names its resource first, as in the bulk fixture (§3.2).
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("resource", offering);
				try {
					OfferingCatalog.requireKnown(offering);
					JsonNode config = body.has(offering) ? body.get(offering) : MissingNode.getInstance();
					result.putAll(provision(tenant, offering, config));
				}
				catch (ApiError error) {
					failed++;
					result.putAll(error.body());
					result.put("success", false);
				}
				results.add(result);
			}
			Map<String, Object> response = new LinkedHashMap<>();
			response.put("success", failed == 0);
			response.put("requested_count", names.size());
			response.put("failed_count", failed);
			response.put("results", results);
			return this.services.responses().ok(response);
		});
	}

	Mono<ServerResponse> deprovision(ServerRequest request) {
		Tenant tenant = this.services.management().tenantOf(request);
		String offering = request.pathVariable("offering");
		OfferingCatalog.requireKnown(offering);
		if (tenant.resource(offering) == null) {
			throw ApiError.control(404, "not_provisioned", "Offering '" + offering + "' is not provisioned");
		}
		if ("database".equals(offering) && tenant.resource("realtime") != null) {
			throw ApiError.control(409, "resource_in_use",
					"Cannot delete database while realtime is active: delete realtime first");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("success", true);
		body.put("resource", offering);
		body.put("deleted", true);
		body.put("deprovisioned", true);
		// Dropping a database waits for its queued queries: never on the event loop.
		return Mono.fromRunnable(() -> this.services.registry().deprovisioned(tenant, offering))
			.subscribeOn(this.blockingWork)
			.publishOn(Schedulers.fromExecutor(EventLoops.of(request.exchange().getRequest())))
			.then(this.services.responses().ok(body));
	}

}
