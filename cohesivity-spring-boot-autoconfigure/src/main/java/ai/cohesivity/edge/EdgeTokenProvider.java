/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.EdgeSessionMint;
import ai.cohesivity.core.RenewableToken;

/**
 * Mints, caches and refreshes edge session tokens ({@code POST /edge/session}) for the
 * {@link EdgeClient}s of one tenant.
 * <ul>
 * <li>Single flight: however many callers need a token at once, one mint request is sent
 * and all of them receive its result.</li>
 * <li>Proactive refresh: at about half the lifetime a replacement is minted on the
 * provider's own scheduler (never {@code @EnableScheduling}), as long as the token was
 * used after its mint began by a caller other than the one that caused the mint (an idle
 * application lets its token lapse); the current token keeps being served while the
 * refresh runs.</li>
 * <li>{@code expires_in} is honoured with a floor; a token is never handed out within its
 * safety margin before expiry.</li>
 * <li>A {@code 401} from an edge call forces one re-mint, shared by every caller rejected
 * at the same time.</li>
 * </ul>
 * The mint itself (the request, the application key, its retries) is the
 * {@link EdgeSessionMint} of a {@link CohesivityClientConfigurer}. The token values are
 * handed only to the transports of edge clients; {@link #state()} shows the schedule and
 * the mint counts without them, and {@link #ensureSession()} checks that a session can be
 * had (a health check) without handing one out. {@link #close()} stops the scheduler.
 */
public final class EdgeTokenProvider implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EdgeTokenProvider.class);

	private final EdgeSessionMint mint;

	private final EdgeTokenSettings settings;

	private final EdgeTokenMetrics metrics;

	private final Clock clock;

	private final ScheduledExecutorService scheduler;

	private final Object monitor = new Object();

	private final AtomicLong mints = new AtomicLong();

	private final AtomicLong failedMints = new AtomicLong();

	private volatile @Nullable Instant lastMint;

	private volatile @Nullable EdgeToken current;

	private volatile boolean usedSinceMint;

	private volatile boolean closed;

	private @Nullable Mono<EdgeToken> inFlight;

	private @Nullable ScheduledFuture<?> scheduledRefresh;

	private EdgeTokenProvider(EdgeSessionMint mint, EdgeTokenSettings settings, EdgeTokenMetrics metrics, Clock clock) {
		this.mint = mint;
		this.settings = settings;
		this.metrics = metrics;
		this.clock = clock;
		this.scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "cohesivity-edge-token-refresh");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Return a builder of a provider for a tenant.
	 * @param connection the tenant; its application key is needed
	 * @return the builder
	 */
	public static Builder builder(CohesivityConnection connection) {
		return new Builder(connection);
	}

	/**
	 * Return the token credential that edge transports apply; package-private so that the
	 * token never leaves the edge clients' transports.
	 * @return the credential
	 */
	RenewableToken asCredential() {
		return new RenewableToken() {

			@Override
			public Mono<String> token() {
				return EdgeTokenProvider.this.token();
			}

			@Override
			public Mono<String> renewAfterRejection(String rejectedToken) {
				return refreshAfterRejection(rejectedToken);
			}

			@Override
			public String toString() {
				return EdgeTokenProvider.this.toString();
			}

		};
	}

	/**
	 * Return a usable token, minting one if needed.
	 * @return the token value
	 */
	Mono<String> token() {
		return Mono.defer(() -> {
			EdgeToken token = this.current;
			Instant now = this.clock.instant();
			if (token != null && token.isUsableAt(now)) {
				this.usedSinceMint = true;
				if (token.isDueForRefreshAt(now)) {
					refreshInBackground();
				}
				return Mono.just(token.value());
			}
			return mint(Demand.CALLER).map(EdgeToken::value);
		});
	}

	/**
	 * Return a supplier of edge tokens for an HTTP client that is not a Cohesivity client
	 * and takes a token supplier — for example the OpenAI Java SDK's
	 * {@code BearerTokenCredential.create(supplier)} pointed at the managed agent's
	 * OpenAI-compatible endpoint. Each {@code get()} returns a token that is usable for a
	 * while yet (the cached one, or a fresh mint, blocking the calling thread), shared
	 * with this provider's other clients. A token is a secret for its minute of life:
	 * never log it. Prefer the Cohesivity clients, whose transports keep it to themselves
	 * and renew it after a {@code 401}.
	 * @return the supplier; it throws the mint's {@link CohesivityException} when no
	 * token can be had
	 */
	public Supplier<String> tokenSupplier() {
		return () -> {
			String token = token().block();
			if (token == null) {
				throw new CohesivityException("No edge session token was minted");
			}
			return token;
		};
	}

	/**
	 * Make sure a usable edge session exists and return the provider's state: the cached
	 * token when it is still usable (no request), otherwise one mint ({@code POST
	 * /edge/session}, joining a mint already under way). Meant for health checks: it
	 * proves that the application key is accepted and the edge answers, without handing
	 * out the token. A check is not a use of the token: it does not keep an idle
	 * application's token refreshed ahead of expiry.
	 * @return the state, with a usable token; or the error of the failed mint (for
	 * example a {@link ai.cohesivity.core.CohesivityUnauthorizedException} for a refused
	 * application key), or a {@link CohesivityException} once the provider is closed
	 */
	public Mono<EdgeTokenState> ensureSession() {
		return Mono.defer(() -> {
			EdgeToken token = this.current;
			if (token != null && token.isUsableAt(this.clock.instant())) {
				return Mono.just(state());
			}
			return mint(Demand.CHECK).map((minted) -> state());
		});
	}

	/**
	 * Return a token to replace one the server rejected with a {@code 401}. When another
	 * caller already replaced it, the replacement is returned; otherwise one new token is
	 * minted (shared by every caller rejected at the same time).
	 * @param rejectedToken the token the server rejected
	 * @return a different token
	 */
	Mono<String> refreshAfterRejection(String rejectedToken) {
		return Mono.defer(() -> {
			EdgeToken token = this.current;
			if (token != null && !token.value().equals(rejectedToken) && token.isUsableAt(this.clock.instant())) {
				return Mono.just(token.value());
			}
			synchronized (this.monitor) {
				EdgeToken latest = this.current;
				if (latest != null && latest.value().equals(rejectedToken)) {
					this.current = null;
				}
			}
			return mint(Demand.CALLER).map(EdgeToken::value);
		});
	}

	/**
	 * Return the state of the cached token and of the mints so far, for diagnostics. It
	 * never holds the token itself.
	 * @return the state
	 */
	public EdgeTokenState state() {
		EdgeToken token = this.current;
		return new EdgeTokenState((token != null) ? token.usableUntil() : null,
				(token != null) ? token.refreshAt() : null, (token != null) ? token.expiresAt() : null, this.lastMint,
				this.mints.get(), this.failedMints.get());
	}

	/**
	 * Start a mint, or join the one under way. A caller or a check (rather than a
	 * background refresh) that finds a usable token, because a mint finished since it
	 * last looked, receives that token.
	 * @param demand who waits for the token; a caller that joins a mint started by
	 * someone else is a use of the token that mint produces, a check is not
	 * @return the mint
	 */
	private Mono<EdgeToken> mint(Demand demand) {
		synchronized (this.monitor) {
			if (this.closed) {
				return Mono.error(new CohesivityException("The edge token provider is closed"));
			}
			Mono<EdgeToken> existing = this.inFlight;
			EdgeToken cached = this.current;
			if (demand.acceptsCachedToken && existing == null && cached != null
					&& cached.isUsableAt(this.clock.instant())) {
				if (demand.usesToken) {
					this.usedSinceMint = true;
				}
				return Mono.just(cached);
			}
			if (existing != null) {
				if (demand.usesToken) {
					this.usedSinceMint = true;
				}
				return existing;
			}
			// Uses from now on count for the token this mint produces: they decide
			// whether it is
			// refreshed ahead of expiry.
			this.usedSinceMint = false;
			// The lifetime counts from the request of the attempt that succeeded, not
			// from
			// the answer: the server started its clock somewhere in between.
			Mono<EdgeToken> attempt = this.mint.mint(this.clock, this::toToken);
			AtomicReference<@Nullable Mono<EdgeToken>> self = new AtomicReference<>();
			// The in-flight mint is cleared before its result reaches any subscriber, so
			// a caller that sees the result and asks again never receives this (finished)
			// mint.
			Mono<EdgeToken> mint = attempt.doOnNext((token) -> {
				accept(token);
				clearInFlight(self.get());
			}).doOnError((failure) -> {
				clearInFlight(self.get());
				failed(failure);
			}).doOnCancel(() -> clearInFlight(self.get())).cache();
			self.set(mint);
			this.inFlight = mint;
			return mint;
		}
	}

	private void clearInFlight(@Nullable Mono<EdgeToken> mint) {
		synchronized (this.monitor) {
			if (this.inFlight == mint) {
				this.inFlight = null;
			}
		}
	}

	private EdgeToken toToken(JsonNode body, Instant requestedAt) {
		JsonNode token = body.path("token");
		if (!token.isString() || token.stringValue().isBlank()) {
			throw new CohesivityException("Malformed response to POST /edge/session: no 'token' field");
		}
		Duration ttl = ttl(body.path("expires_in"));
		Duration margin = ttl.dividedBy(4);
		if (margin.compareTo(this.settings.maximumMargin()) > 0) {
			margin = this.settings.maximumMargin();
		}
		Instant expiresAt = requestedAt.plus(ttl);
		return new EdgeToken(token.stringValue(), requestedAt.plus(ttl.dividedBy(2)), expiresAt.minus(margin),
				expiresAt);
	}

	private Duration ttl(JsonNode expiresIn) {
		if (!expiresIn.isNumber() || expiresIn.asDouble() <= 0) {
			return this.settings.defaultTtl();
		}
		Duration ttl = Duration.ofMillis((long) (expiresIn.asDouble() * 1000));
		return (ttl.compareTo(this.settings.minimumTtl()) < 0) ? this.settings.minimumTtl() : ttl;
	}

	private void accept(EdgeToken token) {
		this.mints.incrementAndGet();
		this.lastMint = this.clock.instant();
		this.metrics.mintSucceeded();
		synchronized (this.monitor) {
			if (this.closed) {
				// a mint that lands after close() reaches its callers but is not kept
				return;
			}
			this.current = token;
			scheduleRefresh(token);
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Minted an edge session token, refresh due at " + token.refreshAt() + ", expires at "
					+ token.expiresAt());
		}
	}

	private void failed(Throwable failure) {
		this.failedMints.incrementAndGet();
		this.metrics.mintFailed();
		logger.debug("Edge session token mint failed: " + failure.getMessage());
	}

	/**
	 * Schedules the refresh of a new token. Called under the monitor while the provider
	 * is open, so the scheduler is running ({@link #close()} marks the provider closed
	 * before stopping it).
	 */
	private void scheduleRefresh(EdgeToken token) {
		ScheduledFuture<?> previous = this.scheduledRefresh;
		if (previous != null) {
			previous.cancel(false);
		}
		long delay = Math.max(0, Duration.between(this.clock.instant(), token.refreshAt()).toMillis());
		this.scheduledRefresh = this.scheduler.schedule(this::scheduledRefresh, delay, TimeUnit.MILLISECONDS);
	}

	private void scheduledRefresh() {
		if (this.closed) {
			return;
		}
		if (!this.usedSinceMint) {
			logger.trace("Edge session token unused since the last mint; letting it lapse");
			return;
		}
		refreshInBackground();
	}

	private void refreshInBackground() {
		mint(Demand.REFRESH).subscribe((token) -> {
		}, (failure) -> logger.warn("Background refresh of the edge session token failed (the current token "
				+ "is served until it expires): " + failure.getMessage()));
	}

	/**
	 * Stop the refresh scheduler. Later calls to {@link #token()} fail.
	 */
	@Override
	public void close() {
		synchronized (this.monitor) {
			this.closed = true;
			this.current = null;
			ScheduledFuture<?> refresh = this.scheduledRefresh;
			if (refresh != null) {
				refresh.cancel(false);
			}
		}
		this.scheduler.shutdownNow();
	}

	@Override
	public String toString() {
		return "EdgeTokenProvider[token=" + ((this.current != null) ? "cached" : "none") + "]";
	}

	/**
	 * Who waits for a mint.
	 */
	private enum Demand {

		/** An edge call that needs the token: a use of it. */
		CALLER(true, true),

		/** {@link #ensureSession()}: any usable token will do, and it is not a use. */
		CHECK(true, false),

		/** The background refresh: a new token even while the cached one is usable. */
		REFRESH(false, false);

		private final boolean acceptsCachedToken;

		private final boolean usesToken;

		Demand(boolean acceptsCachedToken, boolean usesToken) {
			this.acceptsCachedToken = acceptsCachedToken;
			this.usesToken = usesToken;
		}

	}

	/**
	 * Builds an {@link EdgeTokenProvider}.
	 */
	public static final class Builder {

		private final CohesivityConnection connection;

		private CohesivityClientConfigurer configurer = CohesivityClientConfigurer.defaults();

		private EdgeTokenSettings settings = EdgeTokenSettings.defaults();

		private EdgeTokenMetrics metrics = EdgeTokenMetrics.none();

		private Clock clock = Clock.systemUTC();

		private Builder(CohesivityConnection connection) {
			this.connection = connection;
		}

		/**
		 * Mint through clients assembled by this configurer (transport and retry
		 * settings).
		 * @param configurer the configurer
		 * @return this builder
		 */
		public Builder configurer(CohesivityClientConfigurer configurer) {
			this.configurer = configurer;
			return this;
		}

		/**
		 * Schedule tokens with these settings.
		 * @param settings the settings
		 * @return this builder
		 */
		public Builder settings(EdgeTokenSettings settings) {
			this.settings = settings;
			return this;
		}

		/**
		 * Report mint outcomes to these metrics.
		 * @param metrics the metrics
		 * @return this builder
		 */
		public Builder metrics(EdgeTokenMetrics metrics) {
			this.metrics = metrics;
			return this;
		}

		/**
		 * Use this clock for token lifetimes.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Build the provider. Close it when done.
		 * @return the provider
		 * @throws CohesivityException when the connection has no application key or an
		 * unsafe base URL
		 */
		public EdgeTokenProvider build() {
			return new EdgeTokenProvider(this.configurer.edgeSessionMint(this.connection), this.settings, this.metrics,
					this.clock);
		}

	}

}
