package ai.cohesivity.emulator.tenants;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import ai.cohesivity.emulator.support.BaseUrl;
import ai.cohesivity.emulator.support.CredentialGenerator;

/**
 * {@code POST /api/genesis}: creates an ephemeral tenant and answers the
 * {@code .cohesivity} file (text by default, JSON on {@code Accept: application/json} or
 * {@code ?format=json}), with the emulator's {@code base_url}; when asked, the text ends
 * with one-click claim instructions, as the onboarding page describes the real file.
 */
public final class GenesisHandler {

	static final String MACHINE_ID_HEADER = "X-Cohesivity-Machine-Id";

	private final TenantRegistry registry;

	private final GenesisRateLimiter limiter;

	private final MachineIds machineIds;

	private final TenantSettings settings;

	private final ClaimLinks claimLinks;

	private final BaseUrl baseUrl;

	private final JsonMapper mapper;

	/**
	 * Creates the handler.
	 * @param registry the tenants
	 * @param limiter genesis' per-IP rate limit
	 * @param credentials makes machine ids
	 * @param settings whether the file ends with claim instructions
	 * @param claimLinks makes the instructions' one-click claim link
	 * @param baseUrl the emulator's origin, for {@code base_url}
	 * @param mapper writes the JSON answer
	 */
	public GenesisHandler(TenantRegistry registry, GenesisRateLimiter limiter, CredentialGenerator credentials,
			TenantSettings settings, ClaimLinks claimLinks, BaseUrl baseUrl, JsonMapper mapper) {
		this.registry = registry;
		this.limiter = limiter;
		this.machineIds = new MachineIds(credentials);
		this.settings = settings;
		this.claimLinks = claimLinks;
		this.baseUrl = baseUrl;
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
		Map<String, String> fields = Dotfile.fields(tenant, this.baseUrl.get());
		if (wantsJson(request)) {
			return response.contentType(MediaType.APPLICATION_JSON).bodyValue(this.mapper.writeValueAsBytes(fields));
		}
		List<String> instructions = this.settings.claimInstructions() ? claimInstructions(tenant) : List.of();
		// Bytes, not a String: WebFlux' string encoder would log the body (and so the
		// keys) at TRACE.
		return response.contentType(MediaType.TEXT_PLAIN)
			.bodyValue(Dotfile.render(fields, instructions).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Free-text claim instructions: no {@code =} and no {@code #}, so a parser that only
	 * knows {@code key=value} lines and comments meets lines it must skip. The second one
	 * holds the management key, as a copy-paste command would: a client that reports a
	 * line it skipped must not echo it.
	 */
	private List<String> claimInstructions(Tenant tenant) {
		return List.of(
				"One-click claim: open " + this.claimLinks.approvalUrl(tenant)
						+ " in a browser and approve to keep this tenant past its 72-hour window.",
				"Or ask for a claim link yourself: POST " + this.baseUrl.of("/api/claim/url")
						+ " with the header Authorization: Bearer " + tenant.managementKey());
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
