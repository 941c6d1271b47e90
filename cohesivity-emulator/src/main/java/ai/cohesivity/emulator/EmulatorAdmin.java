package ai.cohesivity.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.emulator.accounts.UsageLimits;
import ai.cohesivity.emulator.accounts.UsageMeter;
import ai.cohesivity.emulator.agents.AgentSettings;
import ai.cohesivity.emulator.claims.Claims;
import ai.cohesivity.emulator.claims.WaitSettings;
import ai.cohesivity.emulator.database.DatabaseSettings;
import ai.cohesivity.emulator.edge.EdgeAuthentication;
import ai.cohesivity.emulator.edge.EdgeSettings;
import ai.cohesivity.emulator.faults.FaultPlan;
import ai.cohesivity.emulator.faults.RequestCounter;
import ai.cohesivity.emulator.http.WireVariants;
import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.tenants.GenesisRateLimiter;
import ai.cohesivity.emulator.tenants.ProvisioningReply;
import ai.cohesivity.emulator.tenants.Tenant;
import ai.cohesivity.emulator.tenants.TenantRegistry;
import ai.cohesivity.emulator.tenants.TenantSettings;

/**
 * Test controls of a running {@link CohesivityEmulator}: drive tenants through their
 * lifecycle, move the clock, change limits and the wire profile, switch on the documented
 * variants of the wire (provisioning answers, wait blobs and statuses, 429 signals, error
 * shapes, the WAF's HTML page, {@code meta} present or absent, gzip, free-text lines in
 * the dotfile), inject faults, reset. Every method is also reachable over HTTP under
 * {@code /__emulator/} (see {@code docs/emulator.md}).
 */
public final class EmulatorAdmin {

	private final TenantRegistry registry;

	private final Claims claims;

	private final EmulatorClock clock;

	private final TenantSettings tenantSettings;

	private final GenesisRateLimiter genesisLimiter;

	private final EdgeSettings edgeSettings;

	private final EdgeAuthentication edge;

	private final DatabaseSettings databaseSettings;

	private final UsageLimits usageLimits;

	private final UsageMeter meter;

	private final AgentSettings agentSettings;

	private final WaitSettings waitSettings;

	private final WireVariants wireVariants;

	private final FaultPlan faults;

	private final RequestCounter requests;

	EmulatorAdmin(TenantRegistry registry, Claims claims, EmulatorClock clock, TenantSettings tenantSettings,
			GenesisRateLimiter genesisLimiter, EdgeSettings edgeSettings, EdgeAuthentication edge,
			DatabaseSettings databaseSettings, UsageLimits usageLimits, UsageMeter meter, AgentSettings agentSettings,
			WaitSettings waitSettings, WireVariants wireVariants, FaultPlan faults, RequestCounter requests) {
		this.registry = registry;
		this.claims = claims;
		this.clock = clock;
		this.tenantSettings = tenantSettings;
		this.genesisLimiter = genesisLimiter;
		this.edgeSettings = edgeSettings;
		this.edge = edge;
		this.databaseSettings = databaseSettings;
		this.usageLimits = usageLimits;
		this.meter = meter;
		this.agentSettings = agentSettings;
		this.waitSettings = waitSettings;
		this.wireVariants = wireVariants;
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
	 * Revokes every edge token minted so far, of every tenant, before it expires: each is
	 * rejected with 401 from now on, as by a server that no longer knows its sessions.
	 * Clients that hold one must mint again.
	 * @return how many live tokens were revoked
	 */
	public int revokeEdgeTokens() {
		return this.edge.revokeTokens();
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
	 * {@code status}, before any work is done; a {@code 429} or {@code 503} carries
	 * {@code Retry-After: 1}. Deterministic: with rate 0.5 every second request fails. A
	 * rate of 0 removes the rule.
	 * @param pathPrefix the path prefix, e.g. {@code /edge/database}
	 * @param status a 4xx or 5xx status
	 * @param rate the share of requests to fail, between 0 and 1
	 */
	public void failRequests(String pathPrefix, int status, double rate) {
		this.faults.failRequests(pathPrefix, status, rate);
	}

	/**
	 * As {@link #failRequests(String, int, double)}, choosing whether a {@code 429} or
	 * {@code 503} carries {@code Retry-After: 1}: an overloaded gateway's {@code 503}
	 * usually does not, so a client falls back to its own backoff.
	 * @param pathPrefix the path prefix, e.g. {@code /edge/database}
	 * @param status a 4xx or 5xx status
	 * @param rate the share of requests to fail, between 0 and 1
	 * @param retryAfter whether a 429 or 503 carries {@code Retry-After: 1}
	 */
	public void failRequests(String pathPrefix, int status, double rate, boolean retryAfter) {
		this.faults.failRequests(pathPrefix, status, rate, retryAfter);
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
	 * Resets the connection (TCP RST) without an answer, after the request's work has
	 * been done (a write is committed), for the next {@code times} requests whose path
	 * starts with {@code pathPrefix}: the client reads "connection reset by peer" after
	 * it sent the whole request.
	 * @param pathPrefix the path prefix, e.g. {@code /edge/database}
	 * @param times how many requests to reset
	 */
	public void resetConnectionAfterCommit(String pathPrefix, int times) {
		this.faults.resetConnectionAfterCommit(pathPrefix, times);
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
	 * Sets the {@code Retry-After} of {@code 503 agent_starting} (default 30 seconds).
	 * @param retryAfter the wait, in whole seconds
	 */
	public void agentColdStartRetryAfter(Duration retryAfter) {
		this.agentSettings.coldStartRetryAfterSeconds((int) retryAfter.toSeconds());
	}

	/**
	 * Sets how the managed agent writes a streamed answer: a pause before each chunk, and
	 * optionally a break after some chunks (the connection is closed without
	 * {@code data: [DONE]}, as when the agent's box fails mid-answer).
	 * @param chunkDelay the pause before each chunk ({@link Duration#ZERO} by default)
	 * @param breakAfterChunks after how many chunks to break off, or {@code null} for
	 * whole answers (the default)
	 */
	public void agentStream(Duration chunkDelay, @Nullable Integer breakAfterChunks) {
		this.agentSettings.stream(chunkDelay, breakAfterChunks);
	}

	/**
	 * Returns how many streamed answers of the managed agent a client cancelled (closed
	 * its connection) before their end, since the start or the last {@link #reset()}.
	 * @return the count
	 */
	public long agentStreamsCancelled() {
		return this.agentSettings.cancelledStreams();
	}

	/**
	 * Completes a pending Codex device-code connection, as the human would in ChatGPT.
	 */
	public void approveCodexConnection() {
		this.claims.connectCodex();
	}

	/**
	 * Chooses what {@code POST /api/resources/{offering}} answers on success (default
	 * {@link ProvisioningAnswer#FULL}).
	 * @param answer the answer
	 */
	public void provisioningAnswer(ProvisioningAnswer answer) {
		this.tenantSettings.provisioningReply(switch (answer) {
			case FULL -> ProvisioningReply.FULL;
			case NO_CONTENT -> ProvisioningReply.NO_CONTENT;
			case READY -> ProvisioningReply.READY;
			case ALREADY_PROVISIONED -> ProvisioningReply.ALREADY_PROVISIONED;
		});
	}

	/**
	 * Chooses what the {@code wait} blobs of claims and Codex connections advertise
	 * (default {@code method: "POST"}, {@code poll_interval_seconds: 2}).
	 * @param method {@code GET} or {@code POST}, or {@code null} to leave {@code method}
	 * out of the blob
	 * @param pollIntervalSeconds at least 1, or {@code null} to leave
	 * {@code poll_interval_seconds} out
	 */
	public void waitBlob(@Nullable String method, @Nullable Integer pollIntervalSeconds) {
		this.waitSettings.blob(method, pollIntervalSeconds);
	}

	/**
	 * Chooses whether {@code /api/wait} answers {@code POST} (the default) or only
	 * {@code GET}: a GET-only server answers {@code POST} with {@code 405} and
	 * {@code Allow: GET}.
	 * @param accepted whether {@code POST} is answered
	 */
	public void waitAcceptsPost(boolean accepted) {
		this.waitSettings.acceptsPost(accepted);
	}

	/**
	 * Finishes the tenant's pending claim waits: {@code /api/wait} answers the outcome's
	 * status from now on; a success claims the tenant, a failure leaves it ephemeral.
	 * With no claim wait pending, the next one the tenant opens is finished so at once.
	 * @param tenantId the tenant
	 * @param outcome how the waits end
	 */
	public void finishClaimWait(String tenantId, WaitOutcome outcome) {
		this.claims.finishClaimWaits(tenant(tenantId), outcome.status());
	}

	/**
	 * Finishes the pending Codex-connect waits: a success connects Codex, a failure
	 * leaves the agent on the AI Gateway. With none pending, the next one opened is
	 * finished so at once.
	 * @param outcome how the waits end
	 */
	public void finishCodexWait(WaitOutcome outcome) {
		this.claims.finishCodexWaits(outcome.status());
	}

	/**
	 * Finishes one wait, claim or Codex.
	 * @param waitToken the token of its blob's {@code auth_header}, with or without
	 * {@code Bearer }
	 * @param outcome how it ends
	 */
	public void finishWait(String waitToken, WaitOutcome outcome) {
		this.claims.finishWait(waitToken, outcome.status());
	}

	/**
	 * Chooses which signals a per-minute {@code 429} of the data plane carries (default
	 * both): {@code Retry-After} and {@code window_kind: "utc_minute"}. Applies to the
	 * edge rate limit and to injected 429s on {@code /edge/*}.
	 * @param retryAfter whether it carries {@code Retry-After}
	 * @param windowKind whether it carries {@code window_kind}
	 */
	public void rateLimitSignals(boolean retryAfter, boolean windowKind) {
		this.wireVariants.rateLimitSignals(retryAfter, windowKind);
	}

	/**
	 * Chooses the shape of data-plane errors (default {@link EdgeErrorFormat#OBJECT}).
	 * SQL errors keep the wire profile's shape.
	 * @param format the shape
	 */
	public void edgeErrorFormat(EdgeErrorFormat format) {
		this.wireVariants.edgeErrorShape(switch (format) {
			case OBJECT -> WireVariants.ErrorShape.OBJECT;
			case CODE_AND_MESSAGE -> WireVariants.ErrorShape.CODE_AND_MESSAGE;
			case SENTENCE -> WireVariants.ErrorShape.SENTENCE;
		});
	}

	/**
	 * Makes the Cloudflare WAF refuse every request whose path starts with a prefix:
	 * {@code 403} with its HTML "error 1010" page ({@code text/html}), before the request
	 * reaches Cohesivity.
	 * @param pathPrefix the path prefix, e.g. {@code /edge/database}
	 */
	public void wafBlockPath(String pathPrefix) {
		this.faults.wafBlockPath(pathPrefix);
	}

	/**
	 * Makes the Cloudflare WAF refuse every request whose {@code User-Agent} contains a
	 * text (case-insensitively), as it refuses default HTTP-library agents.
	 * @param userAgentPart the text, e.g. {@code ReactorNetty}
	 */
	public void wafBlockUserAgent(String userAgentPart) {
		this.faults.wafBlockUserAgent(userAgentPart);
	}

	/**
	 * Makes successful {@code /edge/database} answers carry D1's {@code meta} or not by a
	 * repeating pattern, whatever the wire profile: {@code metaSequence(true, false)}
	 * alternates, starting with an answer that carries it; {@code metaSequence(true,
	 * false, false)} carries it in one answer of three. No argument goes back to the wire
	 * profile.
	 * @param present whether each answer in turn carries {@code meta}
	 */
	public void metaSequence(boolean... present) {
		List<Boolean> pattern = new ArrayList<>(present.length);
		for (boolean carries : present) {
			pattern.add(carries);
		}
		this.databaseSettings.metaSequence(pattern);
	}

	/**
	 * Chooses when JSON answers are gzipped (default {@link Compression#WHEN_ACCEPTED}).
	 * @param compression when
	 */
	public void compression(Compression compression) {
		this.wireVariants.gzip(switch (compression) {
			case OFF -> WireVariants.Gzip.OFF;
			case WHEN_ACCEPTED -> WireVariants.Gzip.WHEN_ACCEPTED;
			case ALWAYS -> WireVariants.Gzip.ALWAYS;
		});
	}

	/**
	 * Makes genesis' text answer (the {@code .cohesivity} file) end with one-click claim
	 * instructions — lines that are neither {@code key=value} nor {@code #} comments, one
	 * of them holding the management key — as the onboarding page describes the real file
	 * (default off).
	 * @param enabled whether the instructions are added
	 */
	public void genesisClaimInstructions(boolean enabled) {
		this.tenantSettings.claimInstructions(enabled);
	}

	/**
	 * Restores every setting changed through this API (wire profile and variants, token
	 * TTL, limits, caps, faults, clock offset, outcomes arranged for waits not opened),
	 * clears request counts and rate-limit windows. Tenants, their data and their waits
	 * stay.
	 */
	public void reset() {
		this.tenantSettings.reset();
		this.edgeSettings.reset();
		this.databaseSettings.reset();
		this.usageLimits.reset();
		this.agentSettings.reset();
		this.waitSettings.reset();
		this.wireVariants.reset();
		this.claims.resetArrangements();
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
