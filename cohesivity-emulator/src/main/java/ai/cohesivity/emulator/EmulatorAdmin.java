package ai.cohesivity.emulator;

import java.time.Duration;
import java.time.Instant;

/**
 * Test controls of a running {@link CohesivityEmulator}: drive tenants through their
 * lifecycle, move the clock, change limits and the wire profile, inject faults, reset.
 * Every method is also reachable over HTTP under {@code /__emulator/} (see
 * {@code docs/emulator.md}).
 */
public final class EmulatorAdmin {

	private final EmulatorServices services;

	private final Runnable resetHook;

	EmulatorAdmin(EmulatorServices services, Runnable resetHook) {
		this.services = services;
		this.resetHook = resetHook;
	}

	/**
	 * Approves the tenant's claim, as the human would on the approval page: the tenant
	 * becomes {@code claimed}, loses its expiry and any pause, and pending
	 * {@code /api/wait} polls answer {@code claimed}.
	 * @param tenantId the tenant to claim
	 */
	public void approveClaim(String tenantId) {
		this.services.registry().claim(tenant(tenantId));
	}

	/**
	 * Pauses the tenant as a breached ephemeral cap would: edge calls answer 403 paused.
	 * @param tenantId the tenant to pause
	 */
	public void pause(String tenantId) {
		tenant(tenantId).pause(this.services.clock().instant(), "all_time_cap");
		this.services.registry().changed();
	}

	/**
	 * Expires the tenant now: edge calls answer 410, management calls 410
	 * {@code tenant_expired}.
	 * @param tenantId the tenant to expire
	 */
	public void expire(String tenantId) {
		tenant(tenantId).expire();
		this.services.registry().changed();
	}

	/**
	 * Lifts a pause or an expiry (an expired ephemeral tenant gets a fresh 72-hour
	 * window).
	 * @param tenantId the tenant to resume
	 */
	public void resume(String tenantId) {
		tenant(tenantId).resume(this.services.clock().instant());
		this.services.registry().changed();
	}

	/**
	 * Sets the lifetime of edge tokens minted from now on (default 60 s).
	 * @param ttl the token lifetime, at least one second
	 */
	public void edgeTokenTtl(Duration ttl) {
		if (ttl.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("The edge token TTL must be at least one second, not " + ttl);
		}
		this.services.settings().edgeTokenTtl = ttl;
	}

	/**
	 * The emulator's current time: the base clock moved by
	 * {@link #advanceClock(Duration)}.
	 * @return the time the emulator goes by
	 */
	public Instant now() {
		return this.services.clock().instant();
	}

	/**
	 * Moves the emulator clock forward: tokens, tenant expiry and rate-limit windows
	 * follow it.
	 * @param amount how far to move, not negative
	 */
	public void advanceClock(Duration amount) {
		this.services.clock().advance(amount);
	}

	/**
	 * Switches the wire profile for the following requests.
	 * @param profile the profile to answer with
	 */
	public void wireProfile(WireProfile profile) {
		this.services.settings().wireProfile = profile;
	}

	/**
	 * Delays every non-admin request by {@code fixed} plus a random share of
	 * {@code jitter}.
	 * @param fixed the fixed delay
	 * @param jitter the upper bound of the random extra delay
	 */
	public void latency(Duration fixed, Duration jitter) {
		this.services.faults().latency(fixed, jitter);
	}

	/**
	 * Fails the given share of requests whose path starts with {@code pathPrefix} with
	 * {@code status}, before any work is done. Deterministic: with rate 0.5 every second
	 * request fails. A rate of 0 removes the rule.
	 * @param pathPrefix the path prefix, e.g. {@code /edge/database}
	 * @param status a 4xx or 5xx status
	 * @param rate the share of requests to fail, between 0 and 1
	 */
	public void failRequests(String pathPrefix, int status, double rate) {
		this.services.faults().failRequests(pathPrefix, status, rate);
	}

	/**
	 * Closes the connection without an answer, after the request's work has been done (a
	 * write is committed), for the next {@code times} requests whose path starts with
	 * {@code pathPrefix}.
	 * @param pathPrefix the path prefix, e.g. {@code /edge/database}
	 * @param times how many requests to drop
	 */
	public void dropConnectionAfterCommit(String pathPrefix, int times) {
		this.services.faults().dropConnectionAfterCommit(pathPrefix, times);
	}

	/**
	 * Sets how many genesis calls one client IP may make per 60 s (default 10).
	 * @param perMinute the limit, at least 1
	 */
	public void genesisRateLimit(int perMinute) {
		if (perMinute < 1) {
			throw new IllegalArgumentException("The genesis limit must be at least 1, not " + perMinute);
		}
		this.services.settings().genesisLimitPerMinute = perMinute;
	}

	/**
	 * Sets the ephemeral D1 caps (defaults 250,000 rows read and 50,000 rows written);
	 * breaching one pauses the tenant.
	 * @param rowsRead the rows-read cap
	 * @param rowsWritten the rows-written cap
	 */
	public void d1Caps(long rowsRead, long rowsWritten) {
		if (rowsRead < 0 || rowsWritten < 0) {
			throw new IllegalArgumentException("Caps must not be negative");
		}
		this.services.settings().rowsReadCap = rowsRead;
		this.services.settings().rowsWrittenCap = rowsWritten;
	}

	/**
	 * Sets the claimed account's monthly D1 buckets (defaults: the Free plan's 10,000,000
	 * rows read and 1,000,000 rows written). Beyond a bucket, usage buys overuse blocks
	 * from the wallet; when the wallet cannot pay, {@code database} answers 402 until a
	 * top-up.
	 * @param rowsRead the monthly rows-read bucket
	 * @param rowsWritten the monthly rows-written bucket
	 */
	public void claimedD1Buckets(long rowsRead, long rowsWritten) {
		if (rowsRead < 0 || rowsWritten < 0) {
			throw new IllegalArgumentException("Buckets must not be negative");
		}
		this.services.settings().claimedRowsReadBucket = rowsRead;
		this.services.settings().claimedRowsWrittenBucket = rowsWritten;
	}

	/**
	 * Limits edge requests per tenant per UTC minute; beyond it edge calls answer 429
	 * {@code window_kind: utc_minute} with {@code Retry-After}. 0 (the default) means
	 * unlimited.
	 * @param perMinute the limit
	 */
	public void edgeRateLimit(int perMinute) {
		this.services.settings().edgeRequestsPerMinute = Math.max(0, perMinute);
	}

	/**
	 * Limits edge requests per tenant over its lifetime; beyond it edge calls answer 429
	 * {@code window_kind: all_time}. 0 (the default) means unlimited.
	 * @param requests the limit
	 */
	public void edgePlanLimit(long requests) {
		this.services.settings().edgeRequestsAllTime = Math.max(0, requests);
	}

	/**
	 * Sets how long one {@code /edge/database} request may run before it is interrupted
	 * and fails (default 30 s, D1's limit). Checked once a second.
	 * @param limit the time limit, at least one second
	 */
	public void queryTimeLimit(Duration limit) {
		if (limit.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("The query time limit must be at least one second, not " + limit);
		}
		this.services.settings().queryTimeLimit = limit;
	}

	/**
	 * Makes the managed agent answer {@code 503 agent_starting} once after being
	 * provisioned or idle for 20 minutes.
	 * @param enabled whether cold starts are emulated
	 */
	public void agentColdStart(boolean enabled) {
		this.services.settings().agentColdStart = enabled;
	}

	/**
	 * Completes a pending Codex device-code connection, as the human would in ChatGPT.
	 */
	public void approveCodexConnection() {
		this.services.account().codexConnected(true);
		this.services.registry().changed();
	}

	/**
	 * Restores every setting changed through this API (wire profile, token TTL, limits,
	 * caps, faults, clock offset), clears request counts and rate-limit windows. Tenants
	 * and their data stay.
	 */
	public void reset() {
		this.services.settings().reset();
		this.services.faults().reset();
		this.services.clock().resetOffset();
		this.services.requests().reset();
		this.services.genesisLimiter().reset();
		this.services.edge().reset();
		this.resetHook.run();
	}

	private Tenant tenant(String tenantId) {
		return this.services.registry().require(tenantId);
	}

}
