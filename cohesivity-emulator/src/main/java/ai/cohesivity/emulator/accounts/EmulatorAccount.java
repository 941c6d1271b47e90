package ai.cohesivity.emulator.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.emulator.support.WireFormats;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * The one Cohesivity account that claimed tenants join: plan and subscription, the fluid
 * wallet's ledger (monthly grant, top-ups, charges), the managed agent and the Codex
 * connection, and account notifications.
 */
public final class EmulatorAccount {

	public static final long USER_ID = 1;

	public static final String EMAIL = "developer@localhost";

	public static final long FREE_MONTHLY_GRANT_CENTS = 500;

	private final AtomicLong ids = new AtomicLong();

	private volatile String plan = "free";

	private volatile @Nullable Subscription subscription;

	private final List<LedgerEntry> ledger = new CopyOnWriteArrayList<>();

	private final List<Notification> notifications = new CopyOnWriteArrayList<>();

	private volatile @Nullable ManagedAgent agent;

	private volatile boolean codexConnected;

	private volatile @Nullable String databasePausedMonth;

	public String plan() {
		return this.plan;
	}

	public @Nullable Subscription subscription() {
		return this.subscription;
	}

	public synchronized void subscribe(String plan, Instant now) {
		this.plan = plan;
		this.subscription = new Subscription(plan, "active", now, now.plus(Duration.ofDays(30)), false);
	}

	/**
	 * Cancels the subscription at the end of its period; answers whether there was one to
	 * cancel.
	 */
	public synchronized boolean cancelSubscription() {
		Subscription current = this.subscription;
		if (current == null || current.cancelAtPeriodEnd()) {
			return false;
		}
		this.subscription = new Subscription(current.plan(), "active", current.periodStart(), current.periodEnd(),
				true);
		return true;
	}

	public LedgerEntry record(Instant now, String kind, long amountCents, String description,
			@Nullable String tenantId) {
		LedgerEntry entry = new LedgerEntry(this.ids.incrementAndGet(), now, kind, amountCents, description, tenantId);
		this.ledger.add(entry);
		return entry;
	}

	public List<LedgerEntry> ledger() {
		return new ArrayList<>(this.ledger);
	}

	/**
	 * Top-ups credited in the month that contains {@code now}.
	 */
	public long topupCentsThisMonth(Instant now) {
		return sum("topup", now, true);
	}

	public long topupCentsAllTime() {
		return sum("topup", Instant.EPOCH, false);
	}

	public long chargedCentsThisMonth(Instant now) {
		return sum("charge", now, true);
	}

	private long sum(String kind, Instant now, boolean thisMonthOnly) {
		String month = UsageLedger.month(now);
		long total = 0;
		for (LedgerEntry entry : this.ledger) {
			if (entry.kind().equals(kind) && (!thisMonthOnly || UsageLedger.month(entry.ts()).equals(month))) {
				total += entry.amountCents();
			}
		}
		return total;
	}

	public Notification notify(Instant now, String code, String severity, String message, @Nullable String tenantId) {
		Notification notification = new Notification(this.ids.incrementAndGet(), now, code, severity, message,
				tenantId);
		this.notifications.add(notification);
		return notification;
	}

	public List<Notification> notifications() {
		return new ArrayList<>(this.notifications);
	}

	public @Nullable ManagedAgent agent() {
		return this.agent;
	}

	public void agent(@Nullable ManagedAgent agent) {
		this.agent = agent;
	}

	public boolean codexConnected() {
		return this.codexConnected;
	}

	public void codexConnected(boolean connected) {
		this.codexConnected = connected;
	}

	/**
	 * Whether {@code database} is paused for the account in the month of {@code now},
	 * because a monthly bucket ran out and the wallet could not buy more.
	 */
	public boolean isDatabasePaused(Instant now) {
		String month = this.databasePausedMonth;
		return month != null && month.equals(UsageLedger.month(now));
	}

	/**
	 * Whether a tenant's calls to an offering are paused for lack of credit: a claimed
	 * tenant's {@code database} while the account's database is paused (§8.4).
	 * @param tenant the calling tenant
	 * @param resource the offering
	 * @param now the emulator's time
	 * @return whether the calls answer 402
	 */
	public boolean pausesOffering(Tenant tenant, String resource, Instant now) {
		return "database".equals(resource) && tenant.isClaimed() && isDatabasePaused(now);
	}

	public void databasePausedInMonth(@Nullable String month) {
		this.databasePausedMonth = month;
	}

	/**
	 * Where the managed agent's model runs: the connected Codex subscription, else the AI
	 * Gateway.
	 */
	public String modelSource() {
		return this.codexConnected ? "codex" : "ai-gateway";
	}

	public String model() {
		return this.codexConnected ? "gpt-5.5" : "openai/gpt-5.4";
	}

	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("plan", this.plan);
		Subscription subscription = this.subscription;
		if (subscription != null) {
			map.put("subscription", subscription.toMap());
		}
		map.put("ledger", this.ledger.stream().map(LedgerEntry::toMap).toList());
		map.put("notifications", this.notifications.stream().map(Notification::toMap).toList());
		ManagedAgent agent = this.agent;
		if (agent != null) {
			map.put("agent", agent.toMap());
		}
		map.put("codex_connected", this.codexConnected);
		map.put("database_paused_month", this.databasePausedMonth);
		map.put("next_id", this.ids.get());
		return map;
	}

	@SuppressWarnings("unchecked")
	public void restore(Map<String, Object> map) {
		this.plan = (String) map.getOrDefault("plan", "free");
		Object subscription = map.get("subscription");
		this.subscription = (subscription instanceof Map<?, ?> values)
				? Subscription.fromMap((Map<String, Object>) values) : null;
		this.ledger.clear();
		for (Object entry : (List<Object>) map.getOrDefault("ledger", List.of())) {
			this.ledger.add(LedgerEntry.fromMap((Map<String, Object>) entry));
		}
		this.notifications.clear();
		for (Object entry : (List<Object>) map.getOrDefault("notifications", List.of())) {
			this.notifications.add(Notification.fromMap((Map<String, Object>) entry));
		}
		Object agent = map.get("agent");
		this.agent = (agent instanceof Map<?, ?> values) ? ManagedAgent.fromMap((Map<String, Object>) values) : null;
		this.codexConnected = Boolean.TRUE.equals(map.get("codex_connected"));
		this.databasePausedMonth = text(map.get("database_paused_month"));
		this.ids.set(((Number) map.getOrDefault("next_id", 0)).longValue());
	}

	private static @Nullable Instant instant(@Nullable Object value) {
		return (value != null) ? Instant.parse(value.toString()) : null;
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

	/**
	 * A paid plan's subscription.
	 */
	public record Subscription(String plan, String status, Instant periodStart, Instant periodEnd,
			boolean cancelAtPeriodEnd) {

		public Map<String, Object> toMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("plan", this.plan);
			map.put("status", this.status);
			map.put("current_period_start", WireFormats.timestamp(this.periodStart));
			map.put("current_period_end", WireFormats.timestamp(this.periodEnd));
			map.put("cancel_at_period_end", this.cancelAtPeriodEnd);
			return map;
		}

		/**
		 * The subscription as observability and the billing API show it: {@link #toMap()}
		 * plus the {@code short_url} of the page that manages it.
		 */
		public Map<String, Object> toWire(String baseUrl) {
			Map<String, Object> map = toMap();
			map.put("short_url", checkoutUrl(baseUrl, this.plan));
			return map;
		}

		public static String checkoutUrl(String baseUrl, String plan) {
			return baseUrl + "/checkout/subscription/" + plan;
		}

		public static Subscription fromMap(Map<String, Object> map) {
			return new Subscription((String) map.get("plan"), (String) map.get("status"),
					Instant.parse((String) map.get("current_period_start")),
					Instant.parse((String) map.get("current_period_end")),
					Boolean.TRUE.equals(map.get("cancel_at_period_end")));
		}

	}

	/**
	 * One movement of the fluid wallet: {@code grant}, {@code topup} or {@code charge}.
	 */
	public record LedgerEntry(long id, Instant ts, String kind, long amountCents, String description,
			@Nullable String tenantId) {

		public Map<String, Object> toMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("id", "led_" + this.id);
			map.put("ts", WireFormats.timestamp(this.ts));
			map.put("kind", this.kind);
			map.put("amount_cents", this.amountCents);
			map.put("description", this.description);
			map.put("tenant_id", this.tenantId);
			return map;
		}

		public static LedgerEntry fromMap(Map<String, Object> map) {
			return new LedgerEntry(Long.parseLong(((String) map.get("id")).substring(4)),
					Instant.parse((String) map.get("ts")), (String) map.get("kind"),
					((Number) map.get("amount_cents")).longValue(), (String) map.get("description"),
					text(map.get("tenant_id")));
		}

	}

	/**
	 * An account notification as {@code /api/observability} lists it.
	 */
	public record Notification(long id, Instant ts, String code, String severity, String message,
			@Nullable String tenantId) {

		public Map<String, Object> toMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("id", "ntf_" + this.id);
			map.put("ts", WireFormats.timestamp(this.ts));
			map.put("code", this.code);
			map.put("severity", this.severity);
			map.put("message", this.message);
			map.put("tenant_id", this.tenantId);
			map.put("metadata", Map.of());
			return map;
		}

		public static Notification fromMap(Map<String, Object> map) {
			return new Notification(Long.parseLong(((String) map.get("id")).substring(4)),
					Instant.parse((String) map.get("ts")), (String) map.get("code"), (String) map.get("severity"),
					(String) map.get("message"), text(map.get("tenant_id")));
		}

	}

	/**
	 * The account's managed agent (Hermes) box.
	 */
	public record ManagedAgent(String agentType, String plan, String status, long monthlyFeeCents, boolean trial,
			Instant provisionedAt, Instant nextChargeAt, @Nullable Instant lastUsedAt) {

		public ManagedAgent withStatus(String status) {
			return new ManagedAgent(this.agentType, this.plan, status, this.monthlyFeeCents, this.trial,
					this.provisionedAt, this.nextChargeAt, this.lastUsedAt);
		}

		public ManagedAgent usedAt(Instant now) {
			return new ManagedAgent(this.agentType, this.plan, this.status, this.monthlyFeeCents, this.trial,
					this.provisionedAt, this.nextChargeAt, now);
		}

		public Map<String, Object> toMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("agent_type", this.agentType);
			map.put("plan", this.plan);
			map.put("status", this.status);
			map.put("monthly_fee_cents", this.monthlyFeeCents);
			map.put("trial", this.trial);
			map.put("provisioned_at", WireFormats.timestamp(this.provisionedAt));
			map.put("next_charge_at", WireFormats.timestamp(this.nextChargeAt));
			map.put("last_used_at", (this.lastUsedAt != null) ? WireFormats.timestamp(this.lastUsedAt) : null);
			return map;
		}

		public static ManagedAgent fromMap(Map<String, Object> map) {
			return new ManagedAgent((String) map.get("agent_type"), (String) map.get("plan"),
					(String) map.get("status"), ((Number) map.get("monthly_fee_cents")).longValue(),
					Boolean.TRUE.equals(map.get("trial")), Instant.parse((String) map.get("provisioned_at")),
					Instant.parse((String) map.get("next_charge_at")), instant(map.get("last_used_at")));
		}

	}

}
