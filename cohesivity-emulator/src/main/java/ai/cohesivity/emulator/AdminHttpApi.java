package ai.cohesivity.emulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.emulator.accounts.UsageLimits;
import ai.cohesivity.emulator.claims.WaitSettings;
import ai.cohesivity.emulator.faults.RequestCounter;
import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.http.JsonResponses;
import ai.cohesivity.emulator.http.RequestBodies;
import ai.cohesivity.emulator.support.BaseUrl;
import ai.cohesivity.emulator.support.WireFormats;
import ai.cohesivity.emulator.tenants.Dotfile;
import ai.cohesivity.emulator.tenants.Provisioning;
import ai.cohesivity.emulator.tenants.Tenant;
import ai.cohesivity.emulator.tenants.TenantRegistry;

/**
 * The admin API over HTTP, {@code /__emulator/...}: the same operations as
 * {@link EmulatorAdmin}, with JSON bodies, for tests and tools outside the JVM.
 */
final class AdminHttpApi {

	private final EmulatorAdmin admin;

	private final TenantRegistry registry;

	private final Provisioning provisioning;

	private final UsageLimits usageLimits;

	private final RequestCounter requests;

	private final BaseUrl baseUrl;

	private final JsonResponses responses;

	private final RequestBodies bodies;

	AdminHttpApi(EmulatorAdmin admin, TenantRegistry registry, Provisioning provisioning, UsageLimits usageLimits,
			RequestCounter requests, BaseUrl baseUrl, JsonResponses responses, RequestBodies bodies) {
		this.admin = admin;
		this.registry = registry;
		this.provisioning = provisioning;
		this.usageLimits = usageLimits;
		this.requests = requests;
		this.baseUrl = baseUrl;
		this.responses = responses;
		this.bodies = bodies;
	}

	RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route()
			.GET("/__emulator/health", this::health)
			.POST("/__emulator/tenants", this::createTenant)
			.POST("/__emulator/tenants/{tenantId}/resources/{offering}", this::provision)
			.POST("/__emulator/tenants/{tenantId}/{action}", this::tenantAction)
			.GET("/__emulator/clock", this::clock)
			.POST("/__emulator/clock/advance", this::advanceClock)
			.POST("/__emulator/edge-tokens/revoke", this::revokeEdgeTokens)
			.PUT("/__emulator/settings", this::settings)
			.POST("/__emulator/faults/latency", this::latency)
			.POST("/__emulator/faults/fail", this::fail)
			.POST("/__emulator/faults/drop", this::drop)
			.POST("/__emulator/faults/waf", this::waf)
			.POST("/__emulator/waits", this::finishWaits)
			.POST("/__emulator/codex/approve", this::approveCodex)
			.POST("/__emulator/reset", this::reset)
			.GET("/__emulator/requests", this::requestCount)
			.build();
	}

	Mono<ServerResponse> health(ServerRequest request) {
		return this.responses.ok(Map.of("status", "UP"));
	}

	Mono<ServerResponse> createTenant(ServerRequest request) {
		Tenant tenant = this.registry.create();
		Map<String, String> fields = Dotfile.fields(tenant, this.baseUrl.get());
		Map<String, Object> body = new LinkedHashMap<>(fields);
		body.put("dotfile", Dotfile.render(fields));
		return this.responses.status(201, body);
	}

	Mono<ServerResponse> provision(ServerRequest request) {
		Tenant tenant = this.registry.require(request.pathVariable("tenantId"));
		String offering = request.pathVariable("offering");
		return this.bodies.json(request)
			.flatMap((config) -> this.responses.ok(this.provisioning.provision(tenant, offering, config)));
	}

	Mono<ServerResponse> tenantAction(ServerRequest request) {
		String tenantId = request.pathVariable("tenantId");
		switch (request.pathVariable("action")) {
			case "claim" -> this.admin.approveClaim(tenantId);
			case "pause" -> this.admin.pause(tenantId);
			case "expire" -> this.admin.expire(tenantId);
			case "resume" -> this.admin.resume(tenantId);
			default ->
				throw ApiError.control(404, "not_found", "Unknown tenant action; use claim, pause, expire or resume");
		}
		Tenant tenant = this.registry.require(tenantId);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("tenant_id", tenant.id());
		body.put("tenant_lifecycle", tenant.lifecycle());
		body.put("state", tenant.state(this.admin.now()));
		return this.responses.ok(body);
	}

	Mono<ServerResponse> clock(ServerRequest request) {
		return this.responses.ok(Map.of("now", WireFormats.timestamp(this.admin.now())));
	}

	Mono<ServerResponse> revokeEdgeTokens(ServerRequest request) {
		return this.responses.ok(Map.of("revoked", this.admin.revokeEdgeTokens()));
	}

	Mono<ServerResponse> advanceClock(ServerRequest request) {
		return withBody(request, (body) -> this.admin.advanceClock(duration(body, "seconds")));
	}

	/**
	 * {@code PUT /__emulator/settings}: any of {@code wire_profile},
	 * {@code edge_token_ttl_seconds}, {@code genesis_limit_per_minute},
	 * {@code d1_rows_read_cap}, {@code d1_rows_written_cap},
	 * {@code claimed_d1_rows_read_bucket}, {@code claimed_d1_rows_written_bucket},
	 * {@code edge_requests_per_minute}, {@code edge_requests_all_time},
	 * {@code query_time_limit_seconds}, {@code agent_cold_start},
	 * {@code agent_cold_start_retry_after_seconds}, {@code agent_chunk_delay_ms} and
	 * {@code agent_stream_break_after_chunks} (set together: a missing one is 0 / whole
	 * answers), and the wire variants: {@code provisioning_answer},
	 * {@code wait_blob_method} and {@code wait_poll_interval_seconds} (set together: a
	 * missing one takes its default, {@code null} leaves the field out of the blob),
	 * {@code wait_accepts_post}, {@code rate_limit_retry_after} and
	 * {@code rate_limit_window_kind} (set together), {@code edge_error_format},
	 * {@code meta_sequence}, {@code compression}, {@code genesis_claim_instructions}.
	 */
	Mono<ServerResponse> settings(ServerRequest request) {
		return withBody(request, (body) -> {
			if (body.has("wire_profile")) {
				this.admin.wireProfile(constant(WireProfile.class, body, "wire_profile"));
			}
			if (body.has("edge_token_ttl_seconds")) {
				this.admin.edgeTokenTtl(duration(body, "edge_token_ttl_seconds"));
			}
			if (body.has("genesis_limit_per_minute")) {
				this.admin.genesisRateLimit(body.get("genesis_limit_per_minute").asInt());
			}
			if (body.has("d1_rows_read_cap") || body.has("d1_rows_written_cap")) {
				this.admin.d1Caps(body.path("d1_rows_read_cap").asLong(this.usageLimits.rowsReadCap()),
						body.path("d1_rows_written_cap").asLong(this.usageLimits.rowsWrittenCap()));
			}
			if (body.has("claimed_d1_rows_read_bucket") || body.has("claimed_d1_rows_written_bucket")) {
				this.admin.claimedD1Buckets(
						body.path("claimed_d1_rows_read_bucket").asLong(this.usageLimits.claimedRowsReadBucket()),
						body.path("claimed_d1_rows_written_bucket")
							.asLong(this.usageLimits.claimedRowsWrittenBucket()));
			}
			if (body.has("edge_requests_per_minute")) {
				this.admin.edgeRateLimit(body.get("edge_requests_per_minute").asInt());
			}
			if (body.has("edge_requests_all_time")) {
				this.admin.edgePlanLimit(body.get("edge_requests_all_time").asLong());
			}
			if (body.has("query_time_limit_seconds")) {
				this.admin.queryTimeLimit(duration(body, "query_time_limit_seconds"));
			}
			if (body.has("agent_cold_start")) {
				this.admin.agentColdStart(body.get("agent_cold_start").asBoolean());
			}
			if (body.has("agent_cold_start_retry_after_seconds")) {
				this.admin.agentColdStartRetryAfter(duration(body, "agent_cold_start_retry_after_seconds"));
			}
			if (body.has("agent_chunk_delay_ms") || body.has("agent_stream_break_after_chunks")) {
				JsonNode breakAfter = body.path("agent_stream_break_after_chunks");
				this.admin.agentStream(Duration.ofMillis(body.path("agent_chunk_delay_ms").asLong(0)),
						breakAfter.isNumber() ? breakAfter.asInt() : null);
			}
			wireVariants(body);
		});
	}

	/**
	 * The wire variants' keys of {@code PUT /__emulator/settings}.
	 */
	private void wireVariants(JsonNode body) {
		if (body.has("provisioning_answer")) {
			this.admin.provisioningAnswer(constant(ProvisioningAnswer.class, body, "provisioning_answer"));
		}
		if (body.has("wait_blob_method") || body.has("wait_poll_interval_seconds")) {
			JsonNode method = body.path("wait_blob_method");
			JsonNode interval = body.path("wait_poll_interval_seconds");
			this.admin.waitBlob(
					method.isMissingNode() ? WaitSettings.DEFAULT_METHOD : (method.isNull() ? null : method.asString()),
					interval.isMissingNode() ? WaitSettings.DEFAULT_POLL_INTERVAL_SECONDS
							: (interval.isNull() ? null : interval.asInt()));
		}
		if (body.has("wait_accepts_post")) {
			this.admin.waitAcceptsPost(body.get("wait_accepts_post").asBoolean());
		}
		if (body.has("rate_limit_retry_after") || body.has("rate_limit_window_kind")) {
			this.admin.rateLimitSignals(body.path("rate_limit_retry_after").asBoolean(true),
					body.path("rate_limit_window_kind").asBoolean(true));
		}
		if (body.has("edge_error_format")) {
			this.admin.edgeErrorFormat(constant(EdgeErrorFormat.class, body, "edge_error_format"));
		}
		if (body.has("meta_sequence")) {
			JsonNode pattern = body.get("meta_sequence");
			if (!pattern.isNull() && !pattern.isArray()) {
				throw new IllegalArgumentException("meta_sequence is an array of booleans, e.g. [true, false]");
			}
			boolean[] present = new boolean[pattern.size()];
			for (int i = 0; i < present.length; i++) {
				present[i] = pattern.get(i).asBoolean();
			}
			this.admin.metaSequence(present);
		}
		if (body.has("compression")) {
			this.admin.compression(constant(Compression.class, body, "compression"));
		}
		if (body.has("genesis_claim_instructions")) {
			this.admin.genesisClaimInstructions(body.get("genesis_claim_instructions").asBoolean());
		}
	}

	/**
	 * {@code POST /__emulator/faults/waf}: {@code {"path_prefix": "/edge/database"}} or
	 * {@code {"user_agent": "ReactorNetty"}}.
	 */
	Mono<ServerResponse> waf(ServerRequest request) {
		return withBody(request, (body) -> {
			if (!body.has("path_prefix") && !body.has("user_agent")) {
				throw new IllegalArgumentException(
						"Send {\"path_prefix\": \"/edge/...\"} or {\"user_agent\": \"...\"}");
			}
			if (body.has("path_prefix")) {
				this.admin.wafBlockPath(body.get("path_prefix").asString());
			}
			if (body.has("user_agent")) {
				this.admin.wafBlockUserAgent(body.get("user_agent").asString());
			}
		});
	}

	/**
	 * {@code POST /__emulator/waits}: {@code {"status": "denied"}} with one of
	 * {@code "wait_token"}, {@code "tenant_id"} (its claim waits) or
	 * {@code "kind": "codex"}.
	 */
	Mono<ServerResponse> finishWaits(ServerRequest request) {
		return withBody(request, (body) -> {
			WaitOutcome outcome = constant(WaitOutcome.class, body, "status");
			if (body.has("wait_token")) {
				this.admin.finishWait(body.get("wait_token").asString(), outcome);
			}
			else if (body.has("tenant_id")) {
				this.admin.finishClaimWait(body.get("tenant_id").asString(), outcome);
			}
			else if ("codex".equals(body.path("kind").asString(""))) {
				this.admin.finishCodexWait(outcome);
			}
			else {
				throw new IllegalArgumentException(
						"Name the wait: \"wait_token\", \"tenant_id\" (its claim waits) or \"kind\": \"codex\"");
			}
		});
	}

	private static <E extends Enum<E>> E constant(Class<E> type, JsonNode body, String field) {
		String value = required(body, field).asString();
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("'" + field + "' is one of "
					+ Arrays.stream(type.getEnumConstants())
						.map((constant) -> constant.name().toLowerCase(Locale.ROOT))
						.toList()
					+ ", not '" + value + "'");
		}
	}

	Mono<ServerResponse> latency(ServerRequest request) {
		return withBody(request, (body) -> this.admin.latency(Duration.ofMillis(body.path("fixed_ms").asLong(0)),
				Duration.ofMillis(body.path("jitter_ms").asLong(0))));
	}

	Mono<ServerResponse> fail(ServerRequest request) {
		return withBody(request,
				(body) -> this.admin.failRequests(required(body, "path_prefix").asString(),
						required(body, "status").asInt(), required(body, "rate").asDouble(),
						body.path("retry_after").asBoolean(true)));
	}

	Mono<ServerResponse> drop(ServerRequest request) {
		return withBody(request, (body) -> {
			String pathPrefix = required(body, "path_prefix").asString();
			int times = required(body, "times").asInt();
			if (body.path("reset").asBoolean(false)) {
				this.admin.resetConnectionAfterCommit(pathPrefix, times);
			}
			else {
				this.admin.dropConnectionAfterCommit(pathPrefix, times);
			}
		});
	}

	Mono<ServerResponse> approveCodex(ServerRequest request) {
		this.admin.approveCodexConnection();
		return this.responses.ok(Map.of("success", true));
	}

	Mono<ServerResponse> reset(ServerRequest request) {
		this.admin.reset();
		return this.responses.ok(Map.of("success", true));
	}

	Mono<ServerResponse> requestCount(ServerRequest request) {
		String method = request.queryParam("method").orElse("GET");
		String path = request.queryParam("path")
			.orElseThrow(() -> new IllegalArgumentException("Pass ?method=POST&path=/edge/session"));
		return this.responses.ok(Map.of("count", this.requests.count(method, path)));
	}

	private Mono<ServerResponse> withBody(ServerRequest request, Consumer<JsonNode> action) {
		return this.bodies.json(request).flatMap((body) -> {
			if (!body.isObject()) {
				throw new IllegalArgumentException("Send a JSON object body");
			}
			action.accept(body);
			return this.responses.ok(Map.of("success", true));
		});
	}

	private static JsonNode required(JsonNode body, String field) {
		JsonNode value = body.path(field);
		if (value.isMissingNode() || value.isNull()) {
			throw new IllegalArgumentException("'" + field + "' is required");
		}
		return value;
	}

	private static Duration duration(JsonNode body, String secondsField) {
		if (body.has("duration")) {
			return Duration.parse(body.get("duration").asString());
		}
		return Duration.ofMillis(Math.round(required(body, secondsField).asDouble() * 1000));
	}

}
