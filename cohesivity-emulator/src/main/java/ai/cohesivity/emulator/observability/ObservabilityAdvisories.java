package ai.cohesivity.emulator.observability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.emulator.accounts.EmulatorAccount;
import ai.cohesivity.emulator.accounts.Wallet;
import ai.cohesivity.emulator.support.WireFormats;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * The derived advisories of {@code /api/observability}: a low or exhausted wallet, paused
 * tenants, a lack-of-credit pause, buckets under pressure, a subscription that will
 * cancel.
 */
final class ObservabilityAdvisories {

	private final ObservabilitySources sources;

	ObservabilityAdvisories(ObservabilitySources sources) {
		this.sources = sources;
	}

	List<Map<String, Object>> of(Instant now, List<Tenant> accountTenants, List<Map<String, Object>> sharedBuckets) {
		List<Map<String, Object>> advisories = new ArrayList<>();
		String baseUrl = this.sources.baseUrl().get();
		Wallet wallet = this.sources.wallet(now);
		String topupUrl = baseUrl + "/api/billing/topup";
		if (wallet.balanceCents() <= 0) {
			advisories
				.add(advisory("fluid_exhausted", "top_up", topupUrl, Map.of("balance_cents", wallet.balanceCents())));
		}
		else if (wallet.balanceCents() * 5 < wallet.monthlyGrantCents()) {
			advisories.add(advisory("fluid_low", "top_up", topupUrl, Map.of("balance_cents", wallet.balanceCents())));
		}
		for (Tenant tenant : accountTenants) {
			if (tenant.isPaused()) {
				advisories.add(advisory("paused_tenant", "resume_tenant", baseUrl + "/api/status",
						Map.of("tenant_id", tenant.id())));
			}
		}
		for (Map<String, Object> bucket : sharedBuckets) {
			if (((Number) bucket.get("pct_account")).doubleValue() >= 80) {
				advisories.add(advisory("shared_bucket_pressure", "review_usage", null,
						Map.of("service", bucket.get("service"), "metric", bucket.get("metric"))));
			}
		}
		EmulatorAccount.Subscription subscription = this.sources.account().subscription();
		if (subscription != null && subscription.cancelAtPeriodEnd()) {
			advisories.add(advisory("subscription_will_cancel", "resubscribe", baseUrl + "/api/billing/subscription",
					Map.of("current_period_end", WireFormats.timestamp(subscription.periodEnd()))));
		}
		return advisories;
	}

	private static Map<String, Object> advisory(String code, String action, @Nullable String targetUrl,
			Map<String, Object> fields) {
		Map<String, Object> advisory = new LinkedHashMap<>();
		advisory.put("code", code);
		advisory.put("action", action);
		advisory.put("target_url", targetUrl);
		advisory.putAll(fields);
		return advisory;
	}

}
