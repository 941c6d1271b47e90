/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One answer of {@code GET /api/observability}: the whole account as Cohesivity saw it at
 * {@link #generatedAt()}. The model is tolerant, as the API asks of its clients: unknown
 * fields are ignored, a slice that was not included (or not sent) is {@code null} or an
 * empty list, and values that name things — advisory codes, severities, lifecycles,
 * statuses — are kept as strings, so a new value never fails the whole snapshot.
 *
 * @param auth how the call was authenticated
 * @param generatedAt when Cohesivity produced the answer
 * @param requestId Cohesivity's id of the request
 * @param account the account: plan, subscription and the shared wallet
 * @param sharedBuckets the account's shared usage buckets ({@code buckets} slice)
 * @param rateLimitsPressured the buckets at 50 % or more ({@code buckets} slice)
 * @param tenantsSummary tenant counts ({@code summary} slice)
 * @param tenants one row per tenant ({@code tenants} slice)
 * @param accountCost the account's cost rollups ({@code cost} slice)
 * @param notifications a page of notifications ({@code notifications} slice)
 * @param events a page of usage events ({@code events} slice)
 * @param ledger a page of wallet ledger entries ({@code ledger} slice)
 * @param recentEvents a page of recent events ({@code recent_events} slice)
 * @param webhookHistory a page of processed webhooks ({@code webhook_history} slice)
 * @param deployHistory deployments per tenant ({@code deploy_history} slice)
 * @param endUserSessions end-user sessions per tenant ({@code end_user_sessions} slice)
 * @param pollerHealth freshness of Cohesivity's usage pollers ({@code poller_health}
 * slice)
 * @param advisories derived advisories, with the action to take
 * @param limitsForThisResponse the plan caps that applied to this answer
 */
public record ObservabilitySnapshot(@Nullable Auth auth, @Nullable Instant generatedAt, @Nullable String requestId,
		@Nullable Account account, List<SharedBucket> sharedBuckets, List<SharedBucket> rateLimitsPressured,
		@Nullable TenantsSummary tenantsSummary, List<TenantView> tenants, @Nullable AccountCost accountCost,
		@Nullable ObservabilityPage<Notification> notifications, @Nullable ObservabilityPage<UsageEvent> events,
		@Nullable ObservabilityPage<LedgerEntry> ledger, @Nullable ObservabilityPage<RecentEvent> recentEvents,
		@Nullable ObservabilityPage<WebhookDelivery> webhookHistory, @Nullable DeployHistory deployHistory,
		@Nullable EndUserSessions endUserSessions, @Nullable PollerHealth pollerHealth, List<Advisory> advisories,
		@Nullable Limits limitsForThisResponse) {

	/**
	 * Normalize the snapshot: missing lists become empty.
	 * @param auth the auth
	 * @param generatedAt the generation time
	 * @param requestId the request id
	 * @param account the account
	 * @param sharedBuckets the shared buckets
	 * @param rateLimitsPressured the pressured buckets
	 * @param tenantsSummary the tenants summary
	 * @param tenants the tenants
	 * @param accountCost the account cost
	 * @param notifications the notifications page
	 * @param events the events page
	 * @param ledger the ledger page
	 * @param recentEvents the recent events page
	 * @param webhookHistory the webhook page
	 * @param deployHistory the deploy history
	 * @param endUserSessions the end-user sessions
	 * @param pollerHealth the poller health
	 * @param advisories the advisories
	 * @param limitsForThisResponse the limits
	 */
	public ObservabilitySnapshot {
		sharedBuckets = Tolerant.list(sharedBuckets);
		rateLimitsPressured = Tolerant.list(rateLimitsPressured);
		tenants = Tolerant.list(tenants);
		advisories = Tolerant.list(advisories);
	}

	/**
	 * Return the wallet, if the answer had one.
	 * @return the wallet or {@code null}
	 */
	public @Nullable Wallet wallet() {
		return (this.account != null) ? this.account.wallet() : null;
	}

	/**
	 * How the call was authenticated ({@code auth}, mirrored in the
	 * {@code X-Cohesivity-Account-Auth} header).
	 *
	 * @param mode {@code tenant_management_key} or {@code session}
	 * @param viaTenantId the tenant whose management key authenticated the call
	 */
	public record Auth(@Nullable String mode, @Nullable String viaTenantId) {

	}

	/**
	 * The account ({@code account}).
	 *
	 * @param userId the account owner's user id
	 * @param email the account owner's email
	 * @param name the account owner's name
	 * @param plan {@code free}, {@code plus}, {@code pro}, …
	 * @param enforcementMode {@code enforce}, …
	 * @param status {@code active}, …
	 * @param subscription the subscription, if any
	 * @param wallet the shared wallet
	 */
	public record Account(@Nullable Long userId, @Nullable String email, @Nullable String name, @Nullable String plan,
			@Nullable String enforcementMode, @Nullable String status, @Nullable Subscription subscription,
			@Nullable Wallet wallet) {

		@Override
		public String toString() {
			return "Account[plan=" + this.plan + ", status=" + this.status + "]";
		}

	}

	/**
	 * The account's subscription.
	 *
	 * @param plan the subscribed plan
	 * @param status the subscription status
	 * @param currentPeriodStart start of the current period
	 * @param currentPeriodEnd end of the current period
	 * @param cancelAtPeriodEnd whether it ends with the current period
	 * @param shortUrl a link a human can open to manage it
	 */
	public record Subscription(@Nullable String plan, @Nullable String status, @Nullable Instant currentPeriodStart,
			@Nullable Instant currentPeriodEnd, @Nullable Boolean cancelAtPeriodEnd, @Nullable String shortUrl) {

	}

	/**
	 * The shared wallet ("fluid"), in cents.
	 *
	 * @param balanceCents the balance
	 * @param reservedCents the part reserved by pending charges
	 * @param availableCents what can still be spent
	 * @param monthlyGrantCents this month's grant
	 * @param monthStart first day of the billing month
	 * @param monthEnd last day of the billing month
	 * @param thisMonthTopupCents top-ups credited this month
	 * @param thisMonthSpentCents spent this month
	 * @param spentByTenantThisMonth spent this month per tenant of the account
	 * @param spentByServiceThisMonth spent this month per service
	 */
	public record Wallet(@Nullable Long balanceCents, @Nullable Long reservedCents, @Nullable Long availableCents,
			@Nullable Long monthlyGrantCents, @Nullable String monthStart, @Nullable String monthEnd,
			@Nullable Long thisMonthTopupCents, @Nullable Long thisMonthSpentCents,
			List<TenantCost> spentByTenantThisMonth, List<ServiceCost> spentByServiceThisMonth) {

		/**
		 * Normalize the wallet.
		 * @param balanceCents the balance
		 * @param reservedCents the reserved part
		 * @param availableCents the available part
		 * @param monthlyGrantCents the monthly grant
		 * @param monthStart the month start
		 * @param monthEnd the month end
		 * @param thisMonthTopupCents this month's top-ups
		 * @param thisMonthSpentCents this month's spending
		 * @param spentByTenantThisMonth spending per tenant
		 * @param spentByServiceThisMonth spending per service
		 */
		public Wallet {
			spentByTenantThisMonth = Tolerant.list(spentByTenantThisMonth);
			spentByServiceThisMonth = Tolerant.list(spentByServiceThisMonth);
		}

	}

	/**
	 * A cost attributed to one tenant.
	 *
	 * @param tenantId the tenant
	 * @param costCents the cost in cents
	 * @param isSelf whether it is the calling tenant
	 */
	public record TenantCost(@Nullable String tenantId, @Nullable Long costCents, @Nullable Boolean isSelf) {

	}

	/**
	 * A cost attributed to one service.
	 *
	 * @param service the service (offering), for example {@code database}
	 * @param costCents the cost in cents
	 */
	public record ServiceCost(@Nullable String service, @Nullable Long costCents) {

	}

	/**
	 * A cost on one day.
	 *
	 * @param date the day ({@code yyyy-MM-dd})
	 * @param costCents the cost in cents
	 */
	public record DayCost(@Nullable String date, @Nullable Long costCents) {

	}

	/**
	 * A usage bucket shared by the account's tenants.
	 *
	 * @param service the service, for example {@code database}
	 * @param metric what is counted, for example {@code rows_written}
	 * @param window the bucket's window, for example {@code month}
	 * @param limit the bucket's size, or {@code null} when unlimited
	 * @param usedAccountTotal what the account used
	 * @param pctAccount the used share of the limit, in percent
	 * @param fluidOverflowEnabled whether use beyond the limit is paid from the wallet
	 * @param paused whether the service is paused for this bucket
	 * @param byTenant the use per tenant
	 */
	public record SharedBucket(@Nullable String service, @Nullable String metric, @Nullable String window,
			@Nullable Double limit, @Nullable Double usedAccountTotal, @Nullable Double pctAccount,
			@Nullable Boolean fluidOverflowEnabled, @Nullable Boolean paused, List<BucketShare> byTenant) {

		/**
		 * Normalize the bucket.
		 * @param service the service
		 * @param metric the metric
		 * @param window the window
		 * @param limit the limit
		 * @param usedAccountTotal the account's use
		 * @param pctAccount the used percentage
		 * @param fluidOverflowEnabled whether overflow is paid from the wallet
		 * @param paused whether paused
		 * @param byTenant use per tenant
		 */
		public SharedBucket {
			byTenant = Tolerant.list(byTenant);
		}

	}

	/**
	 * One tenant's share of a bucket.
	 *
	 * @param tenantId the tenant
	 * @param used what it used
	 * @param pctOfAccountUsed its share of the account's use, in percent
	 * @param isSelf whether it is the calling tenant
	 */
	public record BucketShare(@Nullable String tenantId, @Nullable Double used, @Nullable Double pctOfAccountUsed,
			@Nullable Boolean isSelf) {

	}

	/**
	 * Tenant counts ({@code tenants_summary}).
	 *
	 * @param total the number of tenants
	 * @param byLifecycle counts per lifecycle ({@code ephemeral}, {@code claimed}, …)
	 * @param byStatus counts per status ({@code active}, {@code paused}, …)
	 * @param pausedCount paused tenants
	 * @param runtimeDriftCount tenants not on the latest runtime
	 */
	public record TenantsSummary(@Nullable Long total, Map<String, Long> byLifecycle, Map<String, Long> byStatus,
			@Nullable Long pausedCount, @Nullable Long runtimeDriftCount) {

		/**
		 * Normalize the summary.
		 * @param total the total
		 * @param byLifecycle counts per lifecycle
		 * @param byStatus counts per status
		 * @param pausedCount paused tenants
		 * @param runtimeDriftCount drifting tenants
		 */
		public TenantsSummary {
			byLifecycle = Tolerant.map(byLifecycle);
			byStatus = Tolerant.map(byStatus);
		}

	}

	/**
	 * One tenant of the account ({@code tenants[]}).
	 *
	 * @param tenantId the tenant
	 * @param isSelf whether it is the calling tenant
	 * @param lifecycle {@code ephemeral}, {@code claimed}, …
	 * @param status {@code active}, {@code paused}, {@code expired}, …
	 * @param runtime its runtime profile
	 * @param claimedAt when it was claimed
	 * @param pausedAt when it was paused
	 * @param pauseReason why it is paused (a string or an object, as sent)
	 * @param resources its provisioned offerings
	 * @param usage its usage in the window
	 * @param currentMonthBuckets its share of this month's buckets
	 * @param pendingActions actions Cohesivity will retry
	 * @param recentEvents its events, when the {@code events} slice was included too
	 */
	public record TenantView(@Nullable String tenantId, @Nullable Boolean isSelf, @Nullable String lifecycle,
			@Nullable String status, @Nullable Runtime runtime, @Nullable Instant claimedAt, @Nullable Instant pausedAt,
			@Nullable JsonNode pauseReason, List<Resource> resources, @Nullable Usage usage,
			List<TenantBucket> currentMonthBuckets, List<PendingAction> pendingActions,
			@Nullable ObservabilityPage<UsageEvent> recentEvents) {

		/**
		 * Normalize the tenant row.
		 * @param tenantId the tenant
		 * @param isSelf whether it is the caller
		 * @param lifecycle the lifecycle
		 * @param status the status
		 * @param runtime the runtime
		 * @param claimedAt the claim time
		 * @param pausedAt the pause time
		 * @param pauseReason the pause reason
		 * @param resources the resources
		 * @param usage the usage
		 * @param currentMonthBuckets the bucket shares
		 * @param pendingActions the pending actions
		 * @param recentEvents the events
		 */
		public TenantView {
			resources = Tolerant.list(resources);
			currentMonthBuckets = Tolerant.list(currentMonthBuckets);
			pendingActions = Tolerant.list(pendingActions);
		}

	}

	/**
	 * A tenant's runtime profile.
	 *
	 * @param profile the profile, for example {@code v1-326}
	 * @param version the version
	 * @param isLatestLive whether it is the latest live runtime
	 */
	public record Runtime(@Nullable String profile, @Nullable String version, @Nullable Boolean isLatestLive) {

	}

	/**
	 * A provisioned offering of a tenant.
	 *
	 * @param resourceName the offering, for example {@code database}
	 * @param status its status, for example {@code active}
	 */
	public record Resource(@Nullable String resourceName, @Nullable String status) {

	}

	/**
	 * A tenant's usage in the window.
	 *
	 * @param window the window served
	 * @param eventCount the number of usage events
	 * @param costCents the cost in cents
	 * @param byService usage per service
	 * @param byDay usage per day
	 */
	public record Usage(@Nullable String window, @Nullable Long eventCount, @Nullable Long costCents,
			List<ServiceUsage> byService, List<DayUsage> byDay) {

		/**
		 * Normalize the usage.
		 * @param window the window
		 * @param eventCount the event count
		 * @param costCents the cost
		 * @param byService per service
		 * @param byDay per day
		 */
		public Usage {
			byService = Tolerant.list(byService);
			byDay = Tolerant.list(byDay);
		}

	}

	/**
	 * Usage of one service.
	 *
	 * @param service the service
	 * @param events the number of events
	 * @param costCents the cost in cents
	 */
	public record ServiceUsage(@Nullable String service, @Nullable Long events, @Nullable Long costCents) {

	}

	/**
	 * Usage on one day.
	 *
	 * @param date the day ({@code yyyy-MM-dd})
	 * @param events the number of events
	 * @param costCents the cost in cents
	 */
	public record DayUsage(@Nullable String date, @Nullable Long events, @Nullable Long costCents) {

	}

	/**
	 * A tenant's share of one of this month's buckets.
	 *
	 * @param service the service
	 * @param metric the metric
	 * @param thisTenantUsed what the tenant used
	 * @param accountTotalUsed what the account used
	 * @param accountLimit the bucket's size
	 * @param thisTenantPctOfAccount the tenant's share of the account's use, in percent
	 * @param fluidOverflow whether use beyond the limit is paid from the wallet
	 */
	public record TenantBucket(@Nullable String service, @Nullable String metric, @Nullable Double thisTenantUsed,
			@Nullable Double accountTotalUsed, @Nullable Double accountLimit, @Nullable Double thisTenantPctOfAccount,
			@Nullable Boolean fluidOverflow) {

	}

	/**
	 * An action Cohesivity will attempt again.
	 *
	 * @param actionType what it is
	 * @param status its status
	 * @param nextAttemptAt when it is tried next
	 */
	public record PendingAction(@Nullable String actionType, @Nullable String status, @Nullable Instant nextAttemptAt) {

	}

	/**
	 * The account's cost rollups ({@code account_cost}), in cents.
	 *
	 * @param thisMonthCents the cost this month
	 * @param lastMonthCents the cost last month
	 * @param byService this month per service
	 * @param byTenant this month per tenant
	 * @param byDay this month per day
	 */
	public record AccountCost(@Nullable Long thisMonthCents, @Nullable Long lastMonthCents, List<ServiceCost> byService,
			List<TenantCost> byTenant, List<DayCost> byDay) {

		/**
		 * Normalize the rollups.
		 * @param thisMonthCents this month
		 * @param lastMonthCents last month
		 * @param byService per service
		 * @param byTenant per tenant
		 * @param byDay per day
		 */
		public AccountCost {
			byService = Tolerant.list(byService);
			byTenant = Tolerant.list(byTenant);
			byDay = Tolerant.list(byDay);
		}

	}

	/**
	 * An account notification.
	 *
	 * @param id the id
	 * @param ts when it was raised
	 * @param code what it is about, for example {@code usage_80_percent}
	 * @param severity {@code info}, {@code warning}, {@code critical}, …
	 * @param message the human message
	 * @param tenantId the tenant it concerns, if any
	 * @param metadata code-specific data
	 */
	public record Notification(@Nullable String id, @Nullable Instant ts, @Nullable String code,
			@Nullable String severity, @Nullable String message, @Nullable String tenantId,
			@Nullable JsonNode metadata) {

	}

	/**
	 * A usage event.
	 *
	 * @param id the id
	 * @param ts when it happened
	 * @param tenantId the tenant
	 * @param service the service
	 * @param operation the operation
	 * @param source where it was recorded
	 * @param metrics what it counted, for example {@code rows_written}
	 * @param costCents what it cost, in cents
	 * @param requestId the request it belongs to
	 */
	public record UsageEvent(@Nullable String id, @Nullable Instant ts, @Nullable String tenantId,
			@Nullable String service, @Nullable String operation, @Nullable String source, @Nullable JsonNode metrics,
			@Nullable Long costCents, @Nullable String requestId) {

	}

	/**
	 * A wallet ledger entry. Cohesivity does not document the entry's fields; these are
	 * the ones observed.
	 *
	 * @param id the id
	 * @param ts when it was booked
	 * @param kind what it is, for example {@code topup}
	 * @param amountCents the amount in cents
	 * @param description a human description
	 * @param tenantId the tenant it concerns, if any
	 */
	public record LedgerEntry(@Nullable String id, @Nullable Instant ts, @Nullable String kind,
			@Nullable Long amountCents, @Nullable String description, @Nullable String tenantId) {

	}

	/**
	 * A recent customer-relevant event ({@code recent_events}), with its per-event
	 * projected fields.
	 *
	 * @param ts when it happened
	 * @param event the event type, for example {@code login_started}
	 * @param tenantId the tenant
	 * @param requestId the request
	 * @param fields every other field, as sent
	 */
	public record RecentEvent(@Nullable Instant ts, @Nullable String event, @Nullable String tenantId,
			@Nullable String requestId, Map<String, JsonNode> fields) {

		/**
		 * Read an event from its JSON fields.
		 * @param fields the event's fields
		 * @return the event
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static RecentEvent of(Map<String, JsonNode> fields) {
			Map<String, JsonNode> rest = new LinkedHashMap<>(Tolerant.map(fields));
			return new RecentEvent(Json.instant(rest.remove("ts")), Json.text(rest.remove("event")),
					Json.text(rest.remove("tenant_id")), Json.text(rest.remove("request_id")), Map.copyOf(rest));
		}

	}

	/**
	 * A processed webhook.
	 *
	 * @param eventId the webhook event id
	 * @param eventType its type
	 * @param processedAt when it was processed
	 */
	public record WebhookDelivery(@Nullable String eventId, @Nullable String eventType, @Nullable Instant processedAt) {

	}

	/**
	 * Deployments per tenant ({@code deploy_history}).
	 *
	 * @param byTenant the deployments, by tenant id
	 */
	public record DeployHistory(Map<String, List<Deployment>> byTenant) {

		/**
		 * Normalize the history.
		 * @param byTenant the deployments by tenant
		 */
		public DeployHistory {
			byTenant = Tolerant.map(byTenant);
		}

	}

	/**
	 * A deployment.
	 *
	 * @param deploymentId the deployment id
	 * @param ts when it happened
	 * @param status its status
	 */
	public record Deployment(@Nullable String deploymentId, @Nullable Instant ts, @Nullable String status) {

	}

	/**
	 * End-user sessions per tenant ({@code end_user_sessions}).
	 *
	 * @param byTenant the counts, by tenant id
	 */
	public record EndUserSessions(Map<String, SessionCounts> byTenant) {

		/**
		 * Normalize the counts.
		 * @param byTenant the counts by tenant
		 */
		public EndUserSessions {
			byTenant = Tolerant.map(byTenant);
		}

	}

	/**
	 * A tenant's end-user session counts.
	 *
	 * @param activeCount active sessions
	 * @param totalUsers known users
	 */
	public record SessionCounts(@Nullable Long activeCount, @Nullable Long totalUsers) {

	}

	/**
	 * Freshness of Cohesivity's own usage pollers ({@code poller_health}).
	 *
	 * @param bySource the freshness, by source
	 */
	public record PollerHealth(Map<String, PollerSource> bySource) {

		/**
		 * Normalize the sources.
		 * @param bySource the sources
		 */
		public PollerHealth {
			bySource = Tolerant.map(bySource);
		}

	}

	/**
	 * Freshness of one usage source.
	 *
	 * @param lastBucketEnd the end of the last bucket read
	 * @param ageMinutes its age in minutes
	 */
	public record PollerSource(@Nullable Instant lastBucketEnd, @Nullable Double ageMinutes) {

	}

	/**
	 * A derived advisory: what Cohesivity suggests doing.
	 *
	 * @param code what it is about, for example {@code fluid_low} or
	 * {@code shared_bucket_pressure} (kept as sent; new codes appear over time)
	 * @param action the suggested action, for example {@code top_up}
	 * @param targetUrl where to do it, if anywhere
	 * @param details the code-specific fields, as sent
	 */
	public record Advisory(@Nullable String code, @Nullable String action, @Nullable String targetUrl,
			Map<String, JsonNode> details) {

		/**
		 * Read an advisory from its JSON fields.
		 * @param fields the advisory's fields
		 * @return the advisory
		 */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Advisory of(Map<String, JsonNode> fields) {
			Map<String, JsonNode> rest = new LinkedHashMap<>(Tolerant.map(fields));
			return new Advisory(Json.text(rest.remove("code")), Json.text(rest.remove("action")),
					Json.text(rest.remove("target_url")), Map.copyOf(rest));
		}

	}

	/**
	 * The plan caps that applied to an answer ({@code limits_for_this_response}).
	 *
	 * @param plan the plan
	 * @param window the window served
	 * @param eventsMax events per call
	 * @param ledgerMax ledger entries per call
	 * @param notificationsMax notifications per call
	 * @param tenantsEnumeratedMax tenants listed per call
	 * @param recentEventsMax recent events per call
	 * @param rateLimitPerMinute observability calls allowed per minute
	 */
	public record Limits(@Nullable String plan, @Nullable String window, @Nullable Long eventsMax,
			@Nullable Long ledgerMax, @Nullable Long notificationsMax, @Nullable Long tenantsEnumeratedMax,
			@Nullable Long recentEventsMax, @Nullable Long rateLimitPerMinute) {

	}

}
