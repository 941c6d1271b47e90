package ai.cohesivity.emulator.tenants;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * One emulated tenant: credentials, lifecycle, pause state, provisioned resources and
 * all-time usage counters. Its database, once {@code database} is provisioned, belongs to
 * the database room.
 */
public final class Tenant {

	/** The lifecycle of a tenant genesis created. */
	public static final String EPHEMERAL = "ephemeral";

	/** The lifecycle of a tenant an account claimed. */
	public static final String CLAIMED = "claimed";

	private final String id;

	private final String managementKey;

	private final String applicationKey;

	private final String runtimeProfile;

	private final Instant createdAt;

	private volatile String lifecycle = EPHEMERAL;

	private volatile @Nullable Instant expiresAt;

	private volatile @Nullable Instant claimedAt;

	private volatile @Nullable Instant pausedAt;

	private volatile String pauseReasonKind = "all_time_cap";

	private volatile boolean expiredByAdmin;

	private final Map<String, ProvisionedResource> resources = new ConcurrentHashMap<>();

	private final AtomicLong rowsRead = new AtomicLong();

	private final AtomicLong rowsWritten = new AtomicLong();

	private final AtomicLong edgeRequests = new AtomicLong();

	/**
	 * Creates an ephemeral tenant (or one about to be restored from the data directory).
	 * @param id the tenant id
	 * @param managementKey the management key
	 * @param applicationKey the application key
	 * @param runtimeProfile the runtime profile
	 * @param createdAt when it was created
	 * @param expiresAt when it expires, {@code null} for none
	 */
	public Tenant(String id, String managementKey, String applicationKey, String runtimeProfile, Instant createdAt,
			@Nullable Instant expiresAt) {
		this.id = id;
		this.managementKey = managementKey;
		this.applicationKey = applicationKey;
		this.runtimeProfile = runtimeProfile;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/**
	 * The tenant id ({@code word-word-word}).
	 * @return the id
	 */
	public String id() {
		return this.id;
	}

	/**
	 * The management key ({@code coh_man_...}).
	 * @return the key
	 */
	public String managementKey() {
		return this.managementKey;
	}

	/**
	 * The application key ({@code coh_app_...}).
	 * @return the key
	 */
	public String applicationKey() {
		return this.applicationKey;
	}

	/**
	 * The runtime profile ({@code v1-1}).
	 * @return the profile
	 */
	public String runtimeProfile() {
		return this.runtimeProfile;
	}

	/**
	 * When the tenant was created.
	 * @return the creation time
	 */
	public Instant createdAt() {
		return this.createdAt;
	}

	/**
	 * {@link #EPHEMERAL} or {@link #CLAIMED}.
	 * @return the lifecycle
	 */
	public String lifecycle() {
		return this.lifecycle;
	}

	/**
	 * Whether an account claimed the tenant.
	 * @return whether it is claimed
	 */
	public boolean isClaimed() {
		return CLAIMED.equals(this.lifecycle);
	}

	/**
	 * When the ephemeral tenant expires.
	 * @return the expiry, {@code null} once claimed
	 */
	public @Nullable Instant expiresAt() {
		return this.expiresAt;
	}

	/**
	 * When the tenant was claimed.
	 * @return the claim time, {@code null} while ephemeral
	 */
	public @Nullable Instant claimedAt() {
		return this.claimedAt;
	}

	/**
	 * When the tenant was paused.
	 * @return the pause time, {@code null} while not paused
	 */
	public @Nullable Instant pausedAt() {
		return this.pausedAt;
	}

	/**
	 * Why the tenant was paused, as {@code pause_reason.kind} names it.
	 * @return the reason kind, e.g. {@code all_time_cap}
	 */
	public String pauseReasonKind() {
		return this.pauseReasonKind;
	}

	/**
	 * Whether the tenant is expired at {@code now} (or was expired through the admin
	 * API).
	 * @param now the emulator's time
	 * @return whether it is expired
	 */
	public boolean isExpired(Instant now) {
		if (this.expiredByAdmin) {
			return true;
		}
		Instant expiry = this.expiresAt;
		return EPHEMERAL.equals(this.lifecycle) && expiry != null && !now.isBefore(expiry);
	}

	/**
	 * Whether the tenant is paused.
	 * @return whether it is paused
	 */
	public boolean isPaused() {
		return this.pausedAt != null;
	}

	/**
	 * The tenant's state as the wire names it: {@code active}, {@code paused} or
	 * {@code expired}.
	 * @param now the emulator's time
	 * @return the state
	 */
	public String state(Instant now) {
		if (isExpired(now)) {
			return "expired";
		}
		return isPaused() ? "paused" : "active";
	}

	synchronized void claim(Instant now) {
		this.lifecycle = CLAIMED;
		this.claimedAt = now;
		this.expiresAt = null;
		this.pausedAt = null;
	}

	synchronized void pause(Instant now, String reasonKind) {
		if (this.pausedAt == null) {
			this.pausedAt = now;
		}
		this.pauseReasonKind = reasonKind;
	}

	synchronized void expire() {
		this.expiredByAdmin = true;
	}

	/**
	 * Back to active: lifts a pause and, for a tenant that expired, opens a fresh 72-hour
	 * window.
	 */
	synchronized void resume(Instant now) {
		this.pausedAt = null;
		if (isExpired(now)) {
			this.expiredByAdmin = false;
			if (EPHEMERAL.equals(this.lifecycle)) {
				this.expiresAt = now.plus(TenantRegistry.EPHEMERAL_LIFETIME);
			}
		}
	}

	/**
	 * Restores the state saved in the data directory.
	 * @param lifecycle the lifecycle
	 * @param claimedAt when it was claimed
	 * @param pausedAt when it was paused
	 * @param pauseReasonKind why it was paused
	 * @param expiredByAdmin whether the admin API expired it
	 * @param rowsRead all-time rows read
	 * @param rowsWritten all-time rows written
	 * @param edgeRequests all-time edge requests
	 */
	public void restoreState(String lifecycle, @Nullable Instant claimedAt, @Nullable Instant pausedAt,
			String pauseReasonKind, boolean expiredByAdmin, long rowsRead, long rowsWritten, long edgeRequests) {
		this.lifecycle = lifecycle;
		this.claimedAt = claimedAt;
		this.pausedAt = pausedAt;
		this.pauseReasonKind = pauseReasonKind;
		this.expiredByAdmin = expiredByAdmin;
		this.rowsRead.set(rowsRead);
		this.rowsWritten.set(rowsWritten);
		this.edgeRequests.set(edgeRequests);
	}

	/**
	 * Whether the admin API expired the tenant (saved in the data directory).
	 * @return whether it was expired by hand
	 */
	public boolean isExpiredByAdmin() {
		return this.expiredByAdmin;
	}

	/**
	 * A provisioned resource.
	 * @param name the offering
	 * @return the resource, or {@code null} when it is not provisioned
	 */
	public @Nullable ProvisionedResource resource(String name) {
		return this.resources.get(name);
	}

	/**
	 * The provisioned resources.
	 * @return the resources
	 */
	public Collection<ProvisionedResource> resources() {
		return this.resources.values();
	}

	/**
	 * Records a provisioned resource (the registry does, and the data directory on
	 * restore).
	 * @param resource the resource
	 */
	public void putResource(ProvisionedResource resource) {
		this.resources.put(resource.name(), resource);
	}

	@Nullable ProvisionedResource removeResource(String name) {
		return this.resources.remove(name);
	}

	/**
	 * All-time D1 rows read.
	 * @return the counter
	 */
	public AtomicLong rowsRead() {
		return this.rowsRead;
	}

	/**
	 * All-time D1 rows written.
	 * @return the counter
	 */
	public AtomicLong rowsWritten() {
		return this.rowsWritten;
	}

	/**
	 * All-time edge requests.
	 * @return the counter
	 */
	public AtomicLong edgeRequests() {
		return this.edgeRequests;
	}

	@Override
	public String toString() {
		return "Tenant[" + this.id + ", " + this.lifecycle + "]";
	}

}
