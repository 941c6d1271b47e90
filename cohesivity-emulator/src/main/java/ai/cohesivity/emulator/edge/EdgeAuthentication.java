package ai.cohesivity.emulator.edge;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.reactive.function.server.ServerRequest;

import ai.cohesivity.emulator.http.Authorizations;
import ai.cohesivity.emulator.support.BaseUrl;
import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.tenants.Tenant;
import ai.cohesivity.emulator.tenants.TenantRegistry;

/**
 * Admits an edge request: resolves the tenant from the Bearer edge token or the
 * {@code ?key=} application key, then applies §1.4 in order — 410 expired, 403 paused,
 * 403 not provisioned, 402 offering paused for lack of credit (claimed accounts, §8.4),
 * 429 plan limit ({@code all_time}), 429 rate limit ({@code utc_minute}).
 */
public final class EdgeAuthentication {

	private final TenantRegistry registry;

	private final EdgeTokens tokens;

	private final EdgeSettings settings;

	private final EmulatorClock clock;

	private final OfferingPauses offeringPauses;

	private final BaseUrl baseUrl;

	private final Map<String, MinuteWindow> minuteWindows = new ConcurrentHashMap<>();

	/**
	 * Creates the authentication.
	 * @param registry the tenants
	 * @param tokens the minted edge tokens
	 * @param settings the request limits
	 * @param clock the emulator clock
	 * @param offeringPauses whether a claimed account's offering is paused for lack of
	 * credit
	 * @param baseUrl the emulator's origin, for {@code topup_url}
	 */
	public EdgeAuthentication(TenantRegistry registry, EdgeTokens tokens, EdgeSettings settings, EmulatorClock clock,
			OfferingPauses offeringPauses, BaseUrl baseUrl) {
		this.registry = registry;
		this.tokens = tokens;
		this.settings = settings;
		this.clock = clock;
		this.offeringPauses = offeringPauses;
		this.baseUrl = baseUrl;
	}

	/**
	 * The tenant by application key only, as {@code POST /edge/session} takes it.
	 */
	Tenant tenantByKey(ServerRequest request) {
		String key = request.queryParam("key").orElse(null);
		Tenant tenant = (key != null) ? this.registry.byApplicationKey(key) : null;
		if (tenant == null) {
			throw EdgeErrors.invalidApplicationKey();
		}
		requireLive(tenant, this.clock.instant());
		return tenant;
	}

	/**
	 * The tenant of an edge call to {@code resource}, admitted and counted.
	 * @param request the request
	 * @param resource the offering, e.g. {@code database}
	 * @return the tenant
	 */
	public Tenant admit(ServerRequest request, String resource) {
		return admit(request, resource, true);
	}

	/**
	 * The tenant of an edge call to an account-level service (managed agents), admitted
	 * and counted; no per-tenant resource is needed.
	 * @param request the request
	 * @param service the service, e.g. {@code managed-agents}
	 * @return the tenant
	 */
	public Tenant admitAccountService(ServerRequest request, String service) {
		return admit(request, service, false);
	}

	private Tenant admit(ServerRequest request, String resource, boolean requireProvisioned) {
		Tenant tenant = resolve(request);
		Instant now = this.clock.instant();
		requireLive(tenant, now);
		if (requireProvisioned && tenant.resource(resource) == null) {
			throw EdgeErrors.notProvisioned(resource);
		}
		if (this.offeringPauses.isPaused(tenant, resource, now)) {
			throw EdgeErrors.offeringPaused(resource, this.baseUrl.of("/api/billing/topup"));
		}
		long allTimeLimit = this.settings.requestsAllTime();
		if (allTimeLimit > 0 && tenant.edgeRequests().get() >= allTimeLimit) {
			throw EdgeErrors.planLimitExceeded(resource);
		}
		int perMinute = this.settings.requestsPerMinute();
		if (perMinute > 0 && !this.minuteWindows.computeIfAbsent(tenant.id(), (id) -> new MinuteWindow())
			.tryAcquire(now, perMinute)) {
			long retryAfter = Math.max(1,
					now.until(now.truncatedTo(ChronoUnit.MINUTES).plusSeconds(60), ChronoUnit.SECONDS));
			throw EdgeErrors.rateLimited(resource, retryAfter);
		}
		tenant.edgeRequests().incrementAndGet();
		return tenant;
	}

	private Tenant resolve(ServerRequest request) {
		String token = Authorizations.bearer(request);
		if (token != null) {
			String tenantId = this.tokens.tenantIdOf(token);
			Tenant tenant = (tenantId != null) ? this.registry.byId(tenantId) : null;
			if (tenant == null) {
				throw EdgeErrors.invalidEdgeToken();
			}
			return tenant;
		}
		String key = request.queryParam("key").orElse(null);
		Tenant tenant = (key != null) ? this.registry.byApplicationKey(key) : null;
		if (tenant == null) {
			throw EdgeErrors.invalidApplicationKey();
		}
		return tenant;
	}

	private static void requireLive(Tenant tenant, Instant now) {
		if (tenant.isExpired(now)) {
			throw EdgeErrors.expired();
		}
		if (tenant.isPaused()) {
			throw EdgeErrors.paused(tenant);
		}
	}

	/**
	 * Revokes every edge token minted so far (they answer 401 from now on).
	 * @return how many live tokens were revoked
	 */
	public int revokeTokens() {
		return this.tokens.revokeAll();
	}

	/**
	 * Forgets the per-minute windows.
	 */
	public void reset() {
		this.minuteWindows.clear();
	}

	/**
	 * Requests counted in the current UTC minute.
	 */
	private static final class MinuteWindow {

		private long minute = -1;

		private int count;

		synchronized boolean tryAcquire(Instant now, int limit) {
			long current = now.getEpochSecond() / 60;
			if (current != this.minute) {
				this.minute = current;
				this.count = 0;
			}
			if (this.count >= limit) {
				return false;
			}
			this.count++;
			return true;
		}

	}

}
