package ai.cohesivity.emulator.routes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.cors.reactive.CorsUtils;
import reactor.core.publisher.Mono;

/**
 * Answers a browser's CORS preflight on {@code /edge/*}, which Cohesivity opens to any
 * origin, and hands every other request to the routes. A handler of its own, in front of
 * the router: since Spring Framework 7.0.10 a router function that runs without a
 * {@code DispatcherHandler} rejects every preflight with 403 before any route sees it.
 */
final class EdgeCorsPreflightHandler implements HttpHandler {

	private final HttpHandler routes;

	EdgeCorsPreflightHandler(HttpHandler routes) {
		this.routes = routes;
	}

	@Override
	public Mono<Void> handle(ServerHttpRequest request, ServerHttpResponse response) {
		if (!request.getPath().value().startsWith("/edge/") || !CorsUtils.isPreFlightRequest(request)) {
			return this.routes.handle(request, response);
		}
		response.setStatusCode(HttpStatus.NO_CONTENT);
		HttpHeaders headers = response.getHeaders();
		headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, PUT, DELETE, OPTIONS");
		headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Authorization, Content-Type");
		headers.set(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
		return response.setComplete();
	}

}
