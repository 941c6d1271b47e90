package ai.cohesivity.emulator.tenants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.http.EventLoops;
import ai.cohesivity.emulator.http.JsonResponses;
import ai.cohesivity.emulator.http.RequestBodies;

/**
 * {@code POST|DELETE /api/resources/{offering}} and bulk {@code POST /api/resources}.
 */
public final class ResourcesHandler {

	private final ManagementAuthentication management;

	private final TenantRegistry registry;

	private final Provisioning provisioning;

	private final TenantSettings settings;

	private final JsonResponses responses;

	private final RequestBodies bodies;

	private final Scheduler blockingWork;

	/**
	 * Creates the handler.
	 * @param management resolves the calling tenant
	 * @param registry the tenants
	 * @param provisioning provisions offerings
	 * @param settings what a successful provisioning answers
	 * @param responses writes JSON answers
	 * @param bodies reads request bodies
	 * @param blockingWork the emulator's own threads for work that waits (dropping a
	 * database)
	 */
	public ResourcesHandler(ManagementAuthentication management, TenantRegistry registry, Provisioning provisioning,
			TenantSettings settings, JsonResponses responses, RequestBodies bodies, Scheduler blockingWork) {
		this.management = management;
		this.registry = registry;
		this.provisioning = provisioning;
		this.settings = settings;
		this.responses = responses;
		this.bodies = bodies;
		this.blockingWork = blockingWork;
	}

	/**
	 * The routes of this handler.
	 * @return {@code POST /api/resources}, {@code POST|DELETE /api/resources/{offering}}
	 */
	public RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route()
			.POST("/api/resources", this::provisionAll)
			.POST("/api/resources/{offering}", this::provision)
			.DELETE("/api/resources/{offering}", this::deprovision)
			.build();
	}

	Mono<ServerResponse> provision(ServerRequest request) {
		Tenant tenant = this.management.tenantOf(request);
		String offering = request.pathVariable("offering");
		OfferingCatalog.requireKnown(offering);
		return this.bodies.json(request).flatMap((config) -> {
			Map<String, Object> result = this.provisioning.provision(tenant, offering, config);
			int status = Boolean.TRUE.equals(result.get("created")) ? 201 : 200;
			return switch (this.settings.provisioningReply()) {
				case FULL -> this.responses.status(status, result);
				case NO_CONTENT -> ServerResponse.noContent().build();
				case READY -> this.responses.status(status, readyBody());
				case ALREADY_PROVISIONED -> this.responses.ok(Map.of("already_provisioned", true));
			};
		});
	}

	private static Map<String, Object> readyBody() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("success", true);
		body.put("status", "ready");
		return body;
	}

	Mono<ServerResponse> provisionAll(ServerRequest request) {
		Tenant tenant = this.management.tenantOf(request);
		return this.bodies.json(request).flatMap((body) -> {
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
					JsonNode config = body.has(offering) ? body.get(offering) : MissingNode.getInstance();
					result.putAll(this.provisioning.provision(tenant, offering, config));
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
			return this.responses.ok(response);
		});
	}

	Mono<ServerResponse> deprovision(ServerRequest request) {
		Tenant tenant = this.management.tenantOf(request);
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
		return Mono.fromRunnable(() -> this.registry.deprovisioned(tenant, offering))
			.subscribeOn(this.blockingWork)
			.publishOn(Schedulers.fromExecutor(EventLoops.of(request.exchange().getRequest())))
			.then(this.responses.ok(body));
	}

}
