package ai.cohesivity.emulator.tenants;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.support.CredentialGenerator;

/**
 * {@code POST /api/genesis}: creates an ephemeral tenant and answers the
 * {@code .cohesivity} file (text by default, JSON on {@code Accept: application/json} or
 * {@code ?format=json}).
 */
public final class GenesisHandler {

	static final String MACHINE_ID_HEADER = "X-Cohesivity-Machine-Id";

	private final TenantRegistry registry;

	private final GenesisRateLimiter limiter;

	private final MachineIds machineIds;

	private final JsonMapper mapper;

	/**
	 * Creates the handler.
	 * @param registry the tenants
	 * @param limiter genesis' per-IP rate limit
	 * @param credentials makes machine ids
	 * @param mapper writes the JSON answer
	 */
	public GenesisHandler(TenantRegistry registry, GenesisRateLimiter limiter, CredentialGenerator credentials,
			JsonMapper mapper) {
		this.registry = registry;
		this.limiter = limiter;
		this.machineIds = new MachineIds(credentials);
		this.mapper = mapper;
	}

	/**
	 * The routes of this handler.
	 * @return {@code POST /api/genesis}
	 */
	public RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route().POST("/api/genesis", this::create).build();
	}

	Mono<ServerResponse> create(ServerRequest request) {
		String userAgent = request.headers().firstHeader(HttpHeaders.USER_AGENT);
		if (userAgent == null || userAgent.isBlank() || userAgent.toLowerCase(Locale.ROOT).contains("curl")) {
			throw ApiError
				.control(403, "bannedUserAgent",
						"Tenant creation refuses this User-Agent: send a descriptive, non-curl User-Agent")
				.with("reason", "bannedUserAgent");
		}
		if (!this.limiter.tryAcquire(clientIp(request))) {
			throw ApiError
				.control(429, "rate_limited",
						"[Cohesivity] Too many tenant creation requests from this IP. Retry in 60s.")
				.header(HttpHeaders.RETRY_AFTER, "60");
		}
		Tenant tenant = this.registry.create();
		ServerResponse.BodyBuilder response = ServerResponse.status(HttpStatus.CREATED);
		if (!this.machineIds.isValid(request.headers().firstHeader(MACHINE_ID_HEADER))) {
			response.header(MACHINE_ID_HEADER, this.machineIds.mint());
		}
		if (wantsJson(request)) {
			return response.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(this.mapper.writeValueAsBytes(Dotfile.fields(tenant)));
		}
		// Bytes, not a String: WebFlux' string encoder would log the body (and so the
		// keys) at TRACE.
		return response.contentType(MediaType.TEXT_PLAIN)
			.bodyValue(Dotfile.render(tenant).getBytes(StandardCharsets.UTF_8));
	}

	private static boolean wantsJson(ServerRequest request) {
		if ("json".equals(request.queryParam("format").orElse(null))) {
			return true;
		}
		for (MediaType accepted : request.headers().accept()) {
			if (accepted.isCompatibleWith(MediaType.APPLICATION_JSON) && !accepted.isWildcardType()) {
				return true;
			}
		}
		return false;
	}

	private static String clientIp(ServerRequest request) {
		return request.remoteAddress()
			.map(InetSocketAddress::getAddress)
			.map((address) -> address.getHostAddress())
			.orElse("unknown");
	}

}
