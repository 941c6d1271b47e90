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
		ObservabilityHandler observability = new ObservabilityHandler(services);
		BillingHandler billing = new BillingHandler(services);
		AgentsHandler agents = new AgentsHandler(services);
		ChatCompletionsHandler chat = new ChatCompletionsHandler(services);
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
			.GET("/api/observability", observability::snapshot)
			.GET("/api/billing/plans", billing::plans)
			.POST("/api/billing/topup", billing::topup)
			.POST("/api/billing/subscription", billing::subscribe)
			.POST("/api/billing/subscription/cancel", billing::cancel)
			.POST("/api/agents", agents::provision)
			.GET("/api/agents", agents::status)
			.DELETE("/api/agents", agents::unprovision)
			.GET("/api/managed-agents", agents::catalog)
			.POST("/api/codex/connect", agents::codexConnect)
			.GET("/api/codex", agents::codexStatus)
			.POST("/api/codex/disconnect", agents::codexDisconnect)
			.POST("/edge/managed-agents/v1/chat/completions", chat::complete)
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
				throw ApiError.control(404, "not_found",
						"No such endpoint: " + request.method() + " " + request.path());
			})
			.filter(new ApiErrorFilter(services.responses()))
			.build();
	}

}
