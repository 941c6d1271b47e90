package ai.cohesivity.emulator.routes;

import java.util.List;

import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.scheduler.Scheduler;

import ai.cohesivity.emulator.faults.FaultInjectingHttpHandler;
import ai.cohesivity.emulator.faults.FaultPlan;
import ai.cohesivity.emulator.faults.RequestCounter;
import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.http.ErrorAnswers;
import ai.cohesivity.emulator.http.WireVariants;

/**
 * The emulator's front door: every room's routes — control plane ({@code /api}), data
 * plane ({@code /edge}), the approval page ({@code /c}) and the admin API
 * ({@code /__emulator}) — behind the edge CORS preflight
 * ({@link EdgeCorsPreflightHandler}), a 404 for anything else, the error filter, the
 * fault injection and gzip.
 */
public final class EmulatorRoutes {

	private EmulatorRoutes() {
	}

	/**
	 * The HTTP handler that serves the routes.
	 * @param routes each room's routes, tried in order
	 * @param errors writes error answers
	 * @param variants the wire variants asked for (gzip)
	 * @param faults the faults tests asked for
	 * @param requests counts every request
	 * @param timer delays requests when latency is asked for
	 * @return the handler for the HTTP server
	 */
	public static HttpHandler httpHandler(List<RouterFunction<ServerResponse>> routes, ErrorAnswers errors,
			WireVariants variants, FaultPlan faults, RequestCounter requests, Scheduler timer) {
		HttpHandler served = new EdgeCorsPreflightHandler(
				QueryHidingWebHandlerAdapter.of(routerFunction(routes, errors), EmulatorHandlerStrategies.create()));
		return new GzipHttpHandler(new FaultInjectingHttpHandler(served, faults, requests, errors, timer), variants);
	}

	static RouterFunction<ServerResponse> routerFunction(List<RouterFunction<ServerResponse>> routes,
			ErrorAnswers errors) {
		RouterFunctions.Builder builder = RouterFunctions.route();
		routes.forEach(builder::add);
		return builder.route((request) -> true, (request) -> {
			throw ApiError.control(404, "not_found", "No such endpoint: " + request.method() + " " + request.path());
		}).filter(new ApiErrorFilter(errors)).build();
	}

}
