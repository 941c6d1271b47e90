package ai.cohesivity.emulator.edge;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import ai.cohesivity.emulator.http.JsonResponses;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * {@code POST /edge/session?key=<coh_application_key>}: mints an edge token,
 * {@code {token, token_type: "Bearer", expires_in}}.
 */
public final class EdgeSessionHandler {

	private final EdgeAuthentication edge;

	private final EdgeTokens tokens;

	private final EdgeSettings settings;

	private final JsonResponses responses;

	/**
	 * Creates the handler.
	 * @param edge resolves the tenant of an application key
	 * @param tokens mints tokens
	 * @param settings holds the token lifetime
	 * @param responses writes JSON answers
	 */
	public EdgeSessionHandler(EdgeAuthentication edge, EdgeTokens tokens, EdgeSettings settings,
			JsonResponses responses) {
		this.edge = edge;
		this.tokens = tokens;
		this.settings = settings;
		this.responses = responses;
	}

	/**
	 * The routes of this handler.
	 * @return {@code POST /edge/session}
	 */
	public RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route().POST("/edge/session", this::mint).build();
	}

	Mono<ServerResponse> mint(ServerRequest request) {
		Tenant tenant = this.edge.tenantByKey(request);
		EdgeTokens.IssuedToken token = this.tokens.mint(tenant, this.settings.edgeTokenTtl());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("token", token.value());
		body.put("token_type", "Bearer");
		body.put("expires_in", token.ttl().toSeconds());
		return this.responses.ok(body);
	}

}
