package ai.cohesivity.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/status}: the calling tenant's account, resources, bucket usage and
 * notifications, plus the runtime fields of §1.6.
 */
final class StatusHandler {

	private final EmulatorServices services;

	StatusHandler(EmulatorServices services) {
		this.services = services;
	}

	Mono<ServerResponse> status(ServerRequest request) {
		Tenant tenant = this.services.management().tenantOf(request);
		Instant now = this.services.clock().instant();
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
				this.services.account()
					.notifications()
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
		return this.services.responses().ok(body);
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
		account.put("plan", tenant.isClaimed() ? this.services.account().plan() : "ephemeral");
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
			billing.put("balance_cents", Wallet.of(this.services, now).balanceCents());
			billing.put("topup_url", this.services.baseUrl().get() + "/billing/topup");
			account.put("billing", billing);
		}
		return account;
	}

	private Map<String, Object> bucketUsage(Tenant tenant) {
		Map<String, Object> buckets = new LinkedHashMap<>();
		if (tenant.resource("database") != null) {
			Map<String, Object> database = new LinkedHashMap<>();
			database.put("rows_read_used_all_time", tenant.rowsRead().get());
			EmulatorSettings settings = this.services.settings();
			database.put("rows_read_limit_all_time",
					tenant.isClaimed() ? settings.claimedRowsReadBucket : settings.rowsReadCap);
			database.put("rows_written_used_all_time", tenant.rowsWritten().get());
			database.put("rows_written_limit_all_time",
					tenant.isClaimed() ? settings.claimedRowsWrittenBucket : settings.rowsWrittenCap);
			database.put("requests_used_all_time", tenant.edgeRequests().get());
			database.put("requests_limit_all_time", null);
			buckets.put("database", database);
		}
		return buckets;
	}

}
