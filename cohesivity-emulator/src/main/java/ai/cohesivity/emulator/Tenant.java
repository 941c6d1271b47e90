package ai.cohesivity.emulator;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * One emulated tenant: credentials, lifecycle, pause state, provisioned resources,
 * all-time usage counters and (once {@code database} is provisioned) its own SQLite
 * database.
 */
final class Tenant {

	static final String EPHEMERAL = "ephemeral";

	static final String CLAIMED = "claimed";

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

	private volatile @Nullable TenantDatabase database;

	Tenant(String id, String managementKey, String applicationKey, String runtimeProfile, Instant createdAt,
			@Nullable Instant expiresAt) {
		this.id = id;
		this.managementKey = managementKey;
		this.applicationKey = applicationKey;
		this.runtimeProfile = runtimeProfile;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	String id() {
		return this.id;
	}

	String managementKey() {
		return this.managementKey;
	}

	String applicationKey() {
		return this.applicationKey;
	}

	String runtimeProfile() {
		return this.runtimeProfile;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	String lifecycle() {
		return this.lifecycle;
	}

	boolean isClaimed() {
		return CLAIMED.equals(this.lifecycle);
	}

	@Nullable Instant expiresAt() {
		return this.expiresAt;
	}

	@Nullable Instant claimedAt() {
		return this.claimedAt;
	}

	@Nullable Instant pausedAt() {
		return this.pausedAt;
	}

	String pauseReasonKind() {
		return this.pauseReasonKind;
	}

	boolean isExpired(Instant now) {
		if (this.expiredByAdmin) {
			return true;
		}
		Instant expiry = this.expiresAt;
		return EPHEMERAL.equals(this.lifecycle) && expiry != null && !now.isBefore(expiry);
	}

	boolean isPaused() {
		return this.pausedAt != null;
	}

	/**
	 * The tenant's state as the wire names it: {@code active}, {@code paused} or
	 * {@code expired}.
	 */
	String state(Instant now) {
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

	void restoreState(String lifecycle, @Nullable Instant claimedAt, @Nullable Instant pausedAt, String pauseReasonKind,
			boolean expiredByAdmin, long rowsRead, long rowsWritten, long edgeRequests) {
		this.lifecycle = lifecycle;
		this.claimedAt = claimedAt;
		this.pausedAt = pausedAt;
		this.pauseReasonKind = pauseReasonKind;
		this.expiredByAdmin = expiredByAdmin;
		this.rowsRead.set(rowsRead);
		this.rowsWritten.set(rowsWritten);
		this.edgeRequests.set(edgeRequests);
	}

	boolean isExpiredByAdmin() {
		return this.expiredByAdmin;
	}

	@Nullable ProvisionedResource resource(String name) {
		return this.resources.get(name);
	}

	Collection<ProvisionedResource> resources() {
		return this.resources.values();
	}

	void putResource(ProvisionedResource resource) {
		this.resources.put(resource.name(), resource);
	}

	@Nullable ProvisionedResource removeResource(String name) {
		return this.resources.remove(name);
	}

	AtomicLong rowsRead() {
		return this.rowsRead;
	}

	AtomicLong rowsWritten() {
		return this.rowsWritten;
	}

	AtomicLong edgeRequests() {
		return this.edgeRequests;
	}

	@Nullable TenantDatabase database() {
		return this.database;
	}

	void database(@Nullable TenantDatabase database) {
		this.database = database;
	}

	@Override
	public String toString() {
		return "Tenant[" + this.id + ", " + this.lifecycle + "]";
	}

}
