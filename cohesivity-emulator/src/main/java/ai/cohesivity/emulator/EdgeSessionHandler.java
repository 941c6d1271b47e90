package ai.cohesivity.emulator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code POST /edge/session?key=<coh_application_key>}: mints an edge token,
 * {@code {token, token_type: "Bearer", expires_in}}.
 */
final class EdgeSessionHandler {

	private final EmulatorServices services;

	EdgeSessionHandler(EmulatorServices services) {
		this.services = services;
	}

	Mono<ServerResponse> mint(ServerRequest request) {
		Tenant tenant = this.services.edge().tenantByKey(request);
		EdgeTokens.IssuedToken token = this.services.tokens().mint(tenant, this.services.settings().edgeTokenTtl);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("token", token.value());
		body.put("token_type", "Bearer");
		body.put("expires_in", token.ttl().toSeconds());
		return this.services.responses().ok(body);
	}

}
