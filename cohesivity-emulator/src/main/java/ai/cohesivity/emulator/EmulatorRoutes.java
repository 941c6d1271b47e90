package ai.cohesivity.emulator;

import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Every route of the emulator: control plane ({@code /api}), data plane ({@code /edge}), the
 * approval page ({@code /c}) and the admin API ({@code /__emulator}).
 */
final class EmulatorRoutes {

	private EmulatorRoutes() {
	}

	static RouterFunction<ServerResponse> create(EmulatorServices services, EmulatorAdmin admin, UsageMeter meter) {
		GenesisHandler genesis = new GenesisHandler(services);
		ResourcesHandler resources = new ResourcesHandler(services);
		StatusHandler status = new StatusHandler(services);
		ClaimHandler claim = new ClaimHandler(services);
		EdgeSessionHandler session = new EdgeSessionHandler(services);
		EdgeDatabaseHandler database = new EdgeDatabaseHandler(services, meter);
		AdminHandler adminHandler = new AdminHandler(services, admin, resources);
		return RouterFunctions.route()
			.POST("/edge/database", database::query)
			.POST("/edge/session", session::mint)
			.POST("/api/genesis", genesis::create)
			.POST("/api/resources", resources::provisionAll)
			.POST("/api/resources/{offering}", resources::provision)
			.DELETE("/api/resources/{offering}", resources::deprovision)
			.GET("/api/status", status::status)
			.POST("/api/claim/url", claim::claimUrl)
			.POST("/api/wait", claim::await)
			.GET("/api/wait", claim::await)
			.GET("/c/{code}", claim::approvalPage)
			.POST("/c/{code}", claim::approve)
			.GET("/__emulator/health", adminHandler::health)
			.POST("/__emulator/tenants", adminHandler::createTenant)
			.POST("/__emulator/tenants/{tenantId}/resources/{offering}", adminHandler::provision)
			.POST("/__emulator/tenants/{tenantId}/{action}", adminHandler::tenantAction)
			.POST("/__emulator/clock/advance", adminHandler::advanceClock)
			.PUT("/__emulator/settings", adminHandler::settings)
			.POST("/__emulator/faults/latency", adminHandler::latency)
			.POST("/__emulator/faults/fail", adminHandler::fail)
			.POST("/__emulator/faults/drop", adminHandler::drop)
			.POST("/__emulator/codex/approve", adminHandler::approveCodex)
			.POST("/__emulator/reset", adminHandler::reset)
			.GET("/__emulator/requests", adminHandler::requestCount)
			.route((request) -> true, (request) -> {
				throw ApiError.control(404, "not_found", "No such endpoint: " + request.method() + " " + request.path());
			})
			.filter(new ApiErrorFilter(services.responses()))
			.build();
	}

}
