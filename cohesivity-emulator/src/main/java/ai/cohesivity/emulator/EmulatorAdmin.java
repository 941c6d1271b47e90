package ai.cohesivity.emulator;

import java.time.Duration;
import java.time.Instant;

import ai.cohesivity.emulator.accounts.EmulatorAccount;
import ai.cohesivity.emulator.accounts.UsageLimits;
import ai.cohesivity.emulator.accounts.UsageMeter;
import ai.cohesivity.emulator.agents.AgentSettings;
import ai.cohesivity.emulator.claims.Claims;
import ai.cohesivity.emulator.database.DatabaseSettings;
import ai.cohesivity.emulator.edge.EdgeAuthentication;
import ai.cohesivity.emulator.edge.EdgeSettings;
import ai.cohesivity.emulator.faults.FaultPlan;
import ai.cohesivity.emulator.faults.RequestCounter;
import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.support.StateChanges;
import ai.cohesivity.emulator.tenants.GenesisRateLimiter;
import ai.cohesivity.emulator.tenants.Tenant;
import ai.cohesivity.emulator.tenants.TenantRegistry;
import ai.cohesivity.emulator.tenants.TenantSettings;

/**
 * Test controls of a running {@link CohesivityEmulator}: drive tenants through their
 * lifecycle, move the clock, change limits and the wire profile, inject faults, reset.
 * Every method is also reachable over HTTP under {@code /__emulator/} (see
 * {@code docs/emulator.md}).
 */
public final class EmulatorAdmin {

	private final TenantRegistry registry;

	private final Claims claims;

	private final EmulatorAccount account;

	private final EmulatorClock clock;

	private final StateChanges changes;

	private final TenantSettings tenantSettings;

	private final GenesisRateLimiter genesisLimiter;

	private final EdgeSettings edgeSettings;

	private final EdgeAuthentication edge;

	private final DatabaseSettings databaseSettings;

	private final UsageLimits usageLimits;

	private final UsageMeter meter;

	private final AgentSettings agentSettings;

	private final FaultPlan faults;

	private final RequestCounter requests;

	EmulatorAdmin(TenantRegistry registry, Claims claims, EmulatorAccount account, EmulatorClock clock,
			StateChanges changes, TenantSettings tenantSettings, GenesisRateLimiter genesisLimiter,
			EdgeSettings edgeSettings, EdgeAuthentication edge, DatabaseSettings databaseSettings,
			UsageLimits usageLimits, UsageMeter meter, AgentSettings agentSettings, FaultPlan faults,
			RequestCounter requests) {
		this.registry = registry;
		this.claims = claims;
		this.account = account;
		this.clock = clock;
		this.changes = changes;
		this.tenantSettings = tenantSettings;
		this.genesisLimiter = genesisLimiter;
		this.edgeSettings = edgeSettings;
		this.edge = edge;
		this.databaseSettings = databaseSettings;
		this.usageLimits = usageLimits;
		this.meter = meter;
		this.agentSettings = agentSettings;
		this.faults = faults;
		this.requests = requests;
	}

	/**
	 * Approves the tenant's claim, as the human would on the approval page: the tenant
	 * becomes {@code claimed}, loses its expiry and any pause, and pending
	 * {@code /api/wait} polls answer {@code claimed}.
	 * @param tenantId the tenant to claim
	 */
	public void approveClaim(String tenantId) {
		this.claims.approve(tenant(tenantId));
	}

	/**
	 * Pauses the tenant as a breached ephemeral cap would: edge calls answer 403 paused.
	 * @param tenantId the tenant to pause
	 */
	public void pause(String tenantId) {
		this.registry.pause(tenant(tenantId), "all_time_cap");
	}

	/**
	 * Expires the tenant now: edge calls answer 410, management calls 410
	 * {@code tenant_expired}.
	 * @param tenantId the tenant to expire
	 */
	public void expire(String tenantId) {
		this.registry.expire(tenant(tenantId));
	}

	/**
	 * Lifts a pause or an expiry (an expired ephemeral tenant gets a fresh 72-hour
	 * window).
	 * @param tenantId the tenant to resume
	 */
	public void resume(String tenantId) {
		this.registry.resume(tenant(tenantId));
	}

	/**
	 * Sets the lifetime of edge tokens minted from now on (default 60 s).
	 * @param ttl the token lifetime, at least one second
	 */
	public void edgeTokenTtl(Duration ttl) {
		this.edgeSettings.edgeTokenTtl(ttl);
	}

	/**
	 * The emulator's current time: the base clock moved by
	 * {@link #advanceClock(Duration)}.
	 * @return the time the emulator goes by
	 */
	public Instant now() {
		return this.clock.instant();
	}

	/**
	 * Moves the emulator clock forward: tokens, tenant expiry and rate-limit windows
	 * follow it.
	 * @param amount how far to move, not negative
	 */
	public void advanceClock(Duration amount) {
		this.clock.advance(amount);
	}

	/**
	 * Switches the wire profile for the following requests.
	 * @param profile the profile to answer with
	 */
	public void wireProfile(WireProfile profile) {
		boolean full = profile == WireProfile.FULL;
		this.databaseSettings.wireProfile(full, full);
	}

	/**
	 * Delays every non-admin request by {@code fixed} plus a random share of
	 * {@code jitter}.
	 * @param fixed the fixed delay
	 * @param jitter the upper bound of the random extra delay
	 */
	public void latency(Duration fixed, Duration jitter) {
		this.faults.latency(fixed, jitter);
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
		this.faults.failRequests(pathPrefix, status, rate);
	}

	/**
	 * Closes the connection without an answer, after the request's work has been done (a
	 * write is committed), for the next {@code times} requests whose path starts with
	 * {@code pathPrefix}.
	 * @param pathPrefix the path prefix, e.g. {@code /edge/database}
	 * @param times how many requests to drop
	 */
	public void dropConnectionAfterCommit(String pathPrefix, int times) {
		this.faults.dropConnectionAfterCommit(pathPrefix, times);
	}

	/**
	 * Sets how many genesis calls one client IP may make per 60 s (default 10).
	 * @param perMinute the limit, at least 1
	 */
	public void genesisRateLimit(int perMinute) {
		this.tenantSettings.genesisLimitPerMinute(perMinute);
	}

	/**
	 * Sets the ephemeral D1 caps (defaults 250,000 rows read and 50,000 rows written);
	 * breaching one pauses the tenant.
	 * @param rowsRead the rows-read cap
	 * @param rowsWritten the rows-written cap
	 */
	public void d1Caps(long rowsRead, long rowsWritten) {
		this.usageLimits.caps(rowsRead, rowsWritten);
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
		this.usageLimits.claimedBuckets(rowsRead, rowsWritten);
	}

	/**
	 * Limits edge requests per tenant per UTC minute; beyond it edge calls answer 429
	 * {@code window_kind: utc_minute} with {@code Retry-After}. 0 (the default) means
	 * unlimited.
	 * @param perMinute the limit
	 */
	public void edgeRateLimit(int perMinute) {
		this.edgeSettings.requestsPerMinute(perMinute);
	}

	/**
	 * Limits edge requests per tenant over its lifetime; beyond it edge calls answer 429
	 * {@code window_kind: all_time}. 0 (the default) means unlimited.
	 * @param requests the limit
	 */
	public void edgePlanLimit(long requests) {
		this.edgeSettings.requestsAllTime(requests);
	}

	/**
	 * Sets how long one {@code /edge/database} request may run before it is interrupted
	 * and fails (default 30 s, D1's limit). Checked once a second.
	 * @param limit the time limit, at least one second
	 */
	public void queryTimeLimit(Duration limit) {
		this.databaseSettings.queryTimeLimit(limit);
	}

	/**
	 * Makes the managed agent answer {@code 503 agent_starting} once after being
	 * provisioned or idle for 20 minutes.
	 * @param enabled whether cold starts are emulated
	 */
	public void agentColdStart(boolean enabled) {
		this.agentSettings.coldStart(enabled);
	}

	/**
	 * Completes a pending Codex device-code connection, as the human would in ChatGPT.
	 */
	public void approveCodexConnection() {
		this.account.codexConnected(true);
		this.changes.changed();
	}

	/**
	 * Restores every setting changed through this API (wire profile, token TTL, limits,
	 * caps, faults, clock offset), clears request counts and rate-limit windows. Tenants
	 * and their data stay.
	 */
	public void reset() {
		this.tenantSettings.reset();
		this.edgeSettings.reset();
		this.databaseSettings.reset();
		this.usageLimits.reset();
		this.agentSettings.reset();
		this.faults.reset();
		this.clock.resetOffset();
		this.requests.reset();
		this.genesisLimiter.reset();
		this.edge.reset();
		this.meter.reset();
	}

	private Tenant tenant(String tenantId) {
		return this.registry.require(tenantId);
	}

}
