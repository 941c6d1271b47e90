package ai.cohesivity.emulator.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import ai.cohesivity.emulator.http.JsonResponses;
import ai.cohesivity.emulator.support.BaseUrl;
import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.support.WireFormats;
import ai.cohesivity.emulator.tenants.ManagementAuthentication;
import ai.cohesivity.emulator.tenants.ProvisionedResource;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * {@code GET /api/status}: the calling tenant's account, resources, bucket usage and
 * notifications, plus the runtime fields of §1.6.
 */
public final class StatusHandler {

	private final ManagementAuthentication management;

	private final EmulatorClock clock;

	private final EmulatorAccount account;

	private final UsageRollups rollups;

	private final UsageLimits limits;

	private final BaseUrl baseUrl;

	private final JsonResponses responses;

	/**
	 * Creates the handler.
	 * @param management resolves the calling tenant
	 * @param clock the emulator clock
	 * @param account the account (plan, notifications, wallet)
	 * @param rollups sums usage (for the wallet)
	 * @param limits the caps and buckets
	 * @param baseUrl the emulator's origin, for the top-up link
	 * @param responses writes JSON answers
	 */
	public StatusHandler(ManagementAuthentication management, EmulatorClock clock, EmulatorAccount account,
			UsageRollups rollups, UsageLimits limits, BaseUrl baseUrl, JsonResponses responses) {
		this.management = management;
		this.clock = clock;
		this.account = account;
		this.rollups = rollups;
		this.limits = limits;
		this.baseUrl = baseUrl;
		this.responses = responses;
	}

	/**
	 * The routes of this handler.
	 * @return {@code GET /api/status}
	 */
	public RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route().GET("/api/status", this::status).build();
	}

	Mono<ServerResponse> status(ServerRequest request) {
		Tenant tenant = this.management.tenantOf(request);
		Instant now = this.clock.instant();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("account", account(tenant, now));
		List<Map<String, Object>> resources = new ArrayList<>();
		for (ProvisionedResource resource : tenant.resources()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("resource_name", resource.name());
			item.put("status", "active");
			item.put("provisioned_at", WireFormats.timestamp(resource.provisionedAt()));
			item.putAll(resource.config());
			resources.add(item);
		}
		body.put("resources", resources);
		body.put("bucket_usage", bucketUsage(tenant));
		body.put("account_bucket_usage", tenant.isClaimed() ? bucketUsage(tenant) : Map.of());
		body.put("notifications",
				this.account.notifications()
					.stream()
					.filter((notification) -> tenant.id().equals(notification.tenantId()))
					.map(EmulatorAccount.Notification::toMap)
					.toList());
		body.put("runtime_version", tenant.runtimeProfile());
		body.put("runtime_supported", true);
		body.put("runtime_is_stable", true);
		body.put("runtime_is_latest_live", true);
		body.put("runtime_notification", null);
		body.put("upgrade_available", false);
		body.put("upgrade_target_profile", null);
		return this.responses.ok(body);
	}

	private Map<String, Object> account(Tenant tenant, Instant now) {
		Map<String, Object> account = new LinkedHashMap<>();
		String state = tenant.state(now);
		account.put("tenant_id", tenant.id());
		account.put("status", state);
		account.put("lifecycle", tenant.lifecycle());
		account.put("tenant_lifecycle", tenant.lifecycle());
		account.put("expires_at", (tenant.expiresAt() != null) ? WireFormats.timestamp(tenant.expiresAt()) : null);
		account.put("runtime_profile", tenant.runtimeProfile());
		account.put("plan", tenant.isClaimed() ? this.account.plan() : "ephemeral");
		account.put("paused", tenant.isPaused());
		if (tenant.isPaused()) {
			Map<String, Object> reason = new LinkedHashMap<>();
			reason.put("kind", tenant.pauseReasonKind());
			reason.put("recommended_action", "claim_to_lift");
			account.put("pause_reason", reason);
		}
		else {
			account.put("pause_reason", null);
		}
		if (tenant.isClaimed()) {
			Map<String, Object> billing = new LinkedHashMap<>();
			billing.put("balance_cents", Wallet.of(this.account, this.rollups, now).balanceCents());
			billing.put("topup_url", this.baseUrl.of("/billing/topup"));
			account.put("billing", billing);
		}
		return account;
	}

	private Map<String, Object> bucketUsage(Tenant tenant) {
		Map<String, Object> buckets = new LinkedHashMap<>();
		if (tenant.resource("database") != null) {
			Map<String, Object> database = new LinkedHashMap<>();
			database.put("rows_read_used_all_time", tenant.rowsRead().get());
			database.put("rows_read_limit_all_time", this.limits.rowsReadLimit(tenant.isClaimed()));
			database.put("rows_written_used_all_time", tenant.rowsWritten().get());
			database.put("rows_written_limit_all_time", this.limits.rowsWrittenLimit(tenant.isClaimed()));
			database.put("requests_used_all_time", tenant.edgeRequests().get());
			database.put("requests_limit_all_time", null);
			buckets.put("database", database);
		}
		return buckets;
	}

}
