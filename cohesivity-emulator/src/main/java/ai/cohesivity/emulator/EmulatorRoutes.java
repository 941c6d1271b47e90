package ai.cohesivity.emulator;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Every route of the emulator: control plane ({@code /api}), data plane ({@code /edge}),
 * the approval page ({@code /c}) and the admin API ({@code /__emulator}).
 */
final class EmulatorRoutes {

	private EmulatorRoutes() {
	}

	static RouterFunction<ServerResponse> create(EmulatorServices services, EmulatorAdmin admin, UsageMeter meter,
			ResourcesHandler resources) {
		GenesisHandler genesis = new GenesisHandler(services);
		StatusHandler status = new StatusHandler(services);
		ClaimHandler claim = new ClaimHandler(services);
		EdgeSessionHandler session = new EdgeSessionHandler(services);
		EdgeDatabaseHandler database = new EdgeDatabaseHandler(services, meter);
		AdminHandler adminHandler = new AdminHandler(services, admin, resources);
		ObservabilityHandler observability = new ObservabilityHandler(services);
		BillingHandler billing = new BillingHandler(services, meter);
		AgentsHandler agents = new AgentsHandler(services);
		ChatCompletionsHandler chat = new ChatCompletionsHandler(services);
		return RouterFunctions.route()
			// First, and by the raw method: WebFlux' method predicates match a CORS
			// preflight by the
			// method it announces, so POST routes would take it and OPTIONS routes never
			// would.
			.route(RequestPredicates.path("/edge/**").and((request) -> HttpMethod.OPTIONS.equals(request.method())),
					EmulatorRoutes::corsPreflight)
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
			.GET("/__emulator/clock", adminHandler::clock)
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

	/**
	 * Answers a browser's CORS preflight on {@code /edge/*}, which Cohesivity opens to
	 * any origin.
	 */
	private static Mono<ServerResponse> corsPreflight(ServerRequest request) {
		return ServerResponse.noContent()
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, PUT, DELETE, OPTIONS")
			.header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type")
			.header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400")
			.build();
	}

}
