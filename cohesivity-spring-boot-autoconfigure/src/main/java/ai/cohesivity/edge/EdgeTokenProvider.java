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
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.CohesivityHttpTransport;
import ai.cohesivity.core.CohesivityRequest;

/**
 * Mints, caches and refreshes edge session tokens ({@code POST /edge/session}).
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
 * <li>{@link #refreshAfterRejection(String)} forces one re-mint after a {@code 401}.</li>
 * </ul>
 * {@link #close()} stops the scheduler.
 */
public final class EdgeTokenProvider implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EdgeTokenProvider.class);

	private static final CohesivityRequest MINT = CohesivityRequest.of(HttpMethod.POST, "/edge/session");

	private final CohesivityHttpTransport transport;

	private final EdgeTokenSettings settings;

	private final EdgeTokenMetrics metrics;

	private final Clock clock;

	private final ScheduledExecutorService scheduler;

	private final Object monitor = new Object();

	private volatile @Nullable EdgeToken current;

	private volatile boolean usedSinceMint;

	private volatile boolean closed;

	private @Nullable Mono<EdgeToken> inFlight;

	private @Nullable ScheduledFuture<?> scheduledRefresh;

	/**
	 * Create a provider.
	 * @param transport the edge transport; it must add the application key to
	 * {@code /edge/session}
	 * @param settings the token schedule settings
	 * @param metrics receives mint outcomes
	 * @param clock the clock
	 */
	public EdgeTokenProvider(CohesivityHttpTransport transport, EdgeTokenSettings settings, EdgeTokenMetrics metrics,
			Clock clock) {
		this.transport = transport;
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
	 * Return a usable token, minting one if needed.
	 * @return the token value
	 */
	public Mono<String> token() {
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
			return mint(true).map(EdgeToken::value);
		});
	}

	/**
	 * Return a token to replace one the server rejected with a {@code 401}. When another
	 * caller already replaced it, the replacement is returned; otherwise one new token is
	 * minted (shared by every caller rejected at the same time).
	 * @param rejectedToken the token the server rejected
	 * @return a different token
	 */
	public Mono<String> refreshAfterRejection(String rejectedToken) {
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
			return mint(true).map(EdgeToken::value);
		});
	}

	/**
	 * Return the token currently cached, for diagnostics.
	 * @return the token or {@code null}
	 */
	public @Nullable EdgeToken currentToken() {
		return this.current;
	}

	/**
	 * Start a mint, or join the one under way. A caller (rather than a background
	 * refresh) that finds a usable token, because a mint finished since it last looked,
	 * receives that token.
	 * @param forCaller whether a caller waits for the token; a caller that joins a mint
	 * started by someone else is a use of the token that mint produces
	 * @return the mint
	 */
	private Mono<EdgeToken> mint(boolean forCaller) {
		synchronized (this.monitor) {
			if (this.closed) {
				return Mono.error(new CohesivityException("The edge token provider is closed"));
			}
			Mono<EdgeToken> existing = this.inFlight;
			EdgeToken cached = this.current;
			if (forCaller && existing == null && cached != null && cached.isUsableAt(this.clock.instant())) {
				this.usedSinceMint = true;
				return Mono.just(cached);
			}
			if (existing != null) {
				if (forCaller) {
					this.usedSinceMint = true;
				}
				return existing;
			}
			// Uses from now on count for the token this mint produces: they decide
			// whether it is
			// refreshed ahead of expiry.
			this.usedSinceMint = false;
			Mono<EdgeToken> attempt = Mono.defer(() -> {
				// The lifetime counts from the request, not from the answer: the server
				// started its
				// clock somewhere in between.
				Instant requestedAt = this.clock.instant();
				return this.transport.sendOnce(MINT).map((body) -> toToken(body, requestedAt));
			});
			AtomicReference<@Nullable Mono<EdgeToken>> self = new AtomicReference<>();
			// The in-flight mint is cleared before its result reaches any subscriber, so
			// a caller
			// that sees the result and asks again never receives this (finished) mint.
			Mono<EdgeToken> mint = this.transport.retryPolicy().apply(attempt, true).doOnNext((token) -> {
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
		mint(false).subscribe((token) -> {
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

}
