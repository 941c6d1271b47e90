/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.CohesivityUnauthorizedException;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.core.ScriptedServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link EdgeTokenProvider} against a scripted server.
 */
class EdgeTokenProviderTests {

	private static final String APP_KEY = "coh_app_abcdefghij0123456789";

	private static final String MAN_KEY = "coh_man_0123456789abcdefghij";

	private ScriptedServer server;

	private final MutableClock clock = new MutableClock();

	private final CountingMetrics metrics = new CountingMetrics();

	private EdgeTokenProvider provider;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
	}

	@AfterEach
	void stop() {
		if (this.provider != null) {
			this.provider.close();
		}
		this.server.close();
	}

	private EdgeTokenProvider provider(Clock clock) {
		this.provider = EdgeTokenProvider.builder(this.server.connection(MAN_KEY, APP_KEY))
			.configurer(ScriptedServer.configurer(RetrySettings.defaults()))
			.metrics(this.metrics)
			.clock(clock)
			.build();
		return this.provider;
	}

	private void mintWithSequence(int expiresIn, long delayMillis) {
		AtomicInteger sequence = new AtomicInteger();
		this.server.respond("/edge/session",
				(request) -> new MockResponse.Builder(
						ScriptedServer.token("token-" + sequence.incrementAndGet(), expiresIn))
					.headersDelay(delayMillis, TimeUnit.MILLISECONDS)
					.build());
	}

	@Test
	void hundredConcurrentCallersShareOneMint() {
		mintWithSequence(60, 300);
		EdgeTokenProvider provider = provider(Clock.systemUTC());
		List<String> tokens = Flux.range(0, 100)
			.flatMap((i) -> provider.token(), 100)
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(tokens).hasSize(100).containsOnly("token-1");
		assertThat(this.server.count("/edge/session")).isEqualTo(1);
		assertThat(this.metrics.succeeded).hasValue(1);
		assertThat(this.server.requests().get(0).getUrl().queryParameter("key")).isEqualTo(APP_KEY);
	}

	@Test
	void cachedTokenIsReusedUntilItsSafetyMargin() {
		mintWithSequence(60, 0);
		EdgeTokenProvider provider = provider(this.clock);
		assertThat(provider.token().block()).isEqualTo("token-1");
		this.clock.advance(Duration.ofSeconds(29));
		assertThat(provider.token().block()).isEqualTo("token-1");
		assertThat(this.server.count("/edge/session")).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(27));
		assertThat(provider.token().block()).isEqualTo("token-2");
		assertThat(this.server.count("/edge/session")).isEqualTo(2);
	}

	@Test
	void tokenDueForRefreshIsStillServedWhileTheRefreshRuns() {
		mintWithSequence(60, 0);
		EdgeTokenProvider provider = provider(this.clock);
		provider.token().block();
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(provider.token().block()).isEqualTo("token-1");
		await().atMost(Duration.ofSeconds(5)).until(() -> this.server.count("/edge/session") == 2);
		await().atMost(Duration.ofSeconds(5)).until(() -> "token-2".equals(provider.token().block()));
	}

	@Test
	void expiresInIsHonouredWithAFloorAndADefault() {
		this.server.enqueue("/edge/session", ScriptedServer.json(200, "{\"token\":\"short\",\"expires_in\":0.2}"));
		EdgeTokenProvider provider = provider(this.clock);
		provider.token().block();
		EdgeTokenState token = provider.state();
		assertThat(Duration.between(this.clock.instant(), token.expiresAt())).isEqualTo(Duration.ofSeconds(1));
		assertThat(Duration.between(this.clock.instant(), token.validUntil())).isEqualTo(Duration.ofMillis(750));
		this.clock.advance(Duration.ofSeconds(2));
		this.server.enqueue("/edge/session", ScriptedServer.json(200, "{\"token\":\"no-ttl\"}"));
		provider.token().block();
		EdgeTokenState defaulted = provider.state();
		assertThat(Duration.between(this.clock.instant(), defaulted.expiresAt())).isEqualTo(Duration.ofSeconds(60));
		assertThat(Duration.between(this.clock.instant(), defaulted.refreshAt())).isEqualTo(Duration.ofSeconds(30));
		assertThat(Duration.between(this.clock.instant(), defaulted.validUntil())).isEqualTo(Duration.ofSeconds(55));
	}

	@Test
	void lifetimeCountsFromTheRequestNotFromTheSlowAnswer() {
		Instant requestedAt = this.clock.instant();
		this.server.respond("/edge/session", (request) -> {
			this.clock.advance(Duration.ofSeconds(10));
			return ScriptedServer.token("slow", 60);
		});
		provider(this.clock).token().block(Duration.ofSeconds(10));
		EdgeTokenState token = this.provider.state();
		assertThat(token.expiresAt()).isEqualTo(requestedAt.plus(Duration.ofSeconds(60)));
		assertThat(token.refreshAt()).isEqualTo(requestedAt.plus(Duration.ofSeconds(30)));
		assertThat(token.validUntil()).isEqualTo(requestedAt.plus(Duration.ofSeconds(55)));
	}

	@Test
	void usedTokenIsRefreshedAheadOfExpiryOnTheProvidersOwnScheduler() {
		mintWithSequence(1, 0);
		EdgeTokenProvider provider = provider(Clock.systemUTC());
		provider.token().block();
		for (int round = 0; round < 3; round++) {
			int mintsBefore = this.server.count("/edge/session");
			provider.token().block();
			await().atMost(Duration.ofSeconds(5)).until(() -> this.server.count("/edge/session") > mintsBefore);
		}
		assertThat(this.metrics.succeeded.get()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void callerThatJoinsAMintInFlightCountsAsAUseSoTheNewTokenIsRefreshed() {
		mintWithSequence(1, 300);
		EdgeTokenProvider provider = provider(this.clock);
		List<String> tokens = Flux.merge(provider.token(), provider.token())
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(tokens).containsExactly("token-1", "token-1");
		assertThat(this.server.count("/edge/session")).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.server.count("/edge/session") == 2);
	}

	@Test
	void callerThatFoundNoTokenJustBeforeAMintFinishedReceivesItsResult() throws Exception {
		mintWithSequence(60, 0);
		CountDownLatch callerSawNoToken = new CountDownLatch(1);
		CountDownLatch mintFinished = new CountDownLatch(1);
		AtomicReference<Thread> slowCaller = new AtomicReference<>();
		// Holds the slow caller right after it read the (empty) cache, until another mint
		// finished.
		Clock pausingClock = new Clock() {

			private final AtomicBoolean paused = new AtomicBoolean();

			@Override
			public Instant instant() {
				if (Thread.currentThread() == slowCaller.get() && this.paused.compareAndSet(false, true)) {
					callerSawNoToken.countDown();
					try {
						mintFinished.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
				return EdgeTokenProviderTests.this.clock.instant();
			}

			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

		};
		EdgeTokenProvider provider = provider(pausingClock);
		CompletableFuture<String> slow = new CompletableFuture<>();
		Thread thread = new Thread(() -> slow.complete(provider.token().block(Duration.ofSeconds(10))));
		slowCaller.set(thread);
		thread.start();
		assertThat(callerSawNoToken.await(10, TimeUnit.SECONDS)).isTrue();
		String first = provider.token().block(Duration.ofSeconds(10));
		mintFinished.countDown();
		assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo(first).isEqualTo("token-1");
		assertThat(this.server.count("/edge/session")).isEqualTo(1);
	}

	@Test
	void concurrentRejectionsOfOneTokenCauseOneReMint() {
		mintWithSequence(60, 200);
		EdgeTokenProvider provider = provider(Clock.systemUTC());
		String first = provider.token().block();
		List<String> replacements = Flux.range(0, 20)
			.flatMap((i) -> provider.refreshAfterRejection(first), 20)
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(replacements).containsOnly("token-2");
		assertThat(this.server.count("/edge/session")).isEqualTo(2);
		assertThat(provider.refreshAfterRejection(first).block()).isEqualTo("token-2");
		assertThat(this.server.count("/edge/session")).isEqualTo(2);
	}

	@Test
	void failedMintIsCountedAndNotCached() {
		this.server.enqueue("/edge/session", ScriptedServer.json(401,
				"{\"error\":{\"code\":401,\"message\":\"[Cohesivity] Invalid application key\"}}"));
		this.server.enqueue("/edge/session", ScriptedServer.token("ok", 60));
		EdgeTokenProvider provider = provider(this.clock);
		assertThatExceptionOfType(CohesivityUnauthorizedException.class).isThrownBy(() -> provider.token().block())
			.withMessage("Invalid application key");
		assertThat(this.metrics.failed).hasValue(1);
		assertThat(provider.token().block()).isEqualTo("ok");
	}

	@Test
	void closedProviderRefusesToMint() {
		mintWithSequence(60, 0);
		EdgeTokenProvider provider = provider(this.clock);
		provider.close();
		assertThatExceptionOfType(CohesivityException.class).isThrownBy(() -> provider.token().block())
			.withMessageContaining("closed");
		assertThat(this.server.count("/edge/session")).isZero();
	}

	@Test
	void mintLandingAfterCloseReachesItsCallerButIsNotKept() throws Exception {
		mintWithSequence(60, 300);
		EdgeTokenProvider provider = provider(this.clock);
		CompletableFuture<String> pending = provider.token().toFuture();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.server.count("/edge/session") == 1);
		provider.close();
		assertThat(pending.get(10, TimeUnit.SECONDS)).isEqualTo("token-1");
		assertThat(provider.state().validUntil()).isNull();
		assertThatExceptionOfType(CohesivityException.class).isThrownBy(() -> provider.token().block())
			.withMessageContaining("closed");
		assertThat(this.server.count("/edge/session")).isEqualTo(1);
	}

	@Test
	void stateShowsTheScheduleAndTheMintsButNeverTheToken() {
		mintWithSequence(60, 0);
		this.server.enqueue("/edge/session", ScriptedServer.json(401,
				"{\"error\":{\"code\":401,\"message\":\"[Cohesivity] Invalid application key\"}}"));
		EdgeTokenProvider provider = provider(this.clock);
		assertThat(provider.state()).isEqualTo(new EdgeTokenState(null, null, null, null, 0, 0));
		assertThatExceptionOfType(CohesivityUnauthorizedException.class).isThrownBy(() -> provider.token().block());
		Instant mintedAt = this.clock.instant();
		provider.token().block();
		EdgeTokenState state = provider.state();
		assertThat(state.mints()).isEqualTo(1);
		assertThat(state.failedMints()).isEqualTo(1);
		assertThat(state.lastMint()).isEqualTo(mintedAt);
		assertThat(state.validUntil()).isEqualTo(mintedAt.plus(Duration.ofSeconds(55)));
		assertThat(state.hasUsableTokenAt(mintedAt)).isTrue();
		assertThat(state.hasUsableTokenAt(mintedAt.plus(Duration.ofSeconds(56)))).isFalse();
		assertThat(state.toString()).doesNotContain("token-1");
		assertThat(provider.toString()).doesNotContain("token-1");
		assertThat(Arrays.stream(EdgeTokenProvider.class.getMethods()).map(Method::getName))
			.as("public methods of the provider")
			.containsOnlyOnceElementsOf(List.of("builder", "state", "ensureSession", "close"))
			.doesNotContain("token", "currentToken", "refreshAfterRejection");
	}

	@Test
	void ensureSessionMintsWhenNoTokenIsCachedThenAnswersFromTheCache() {
		mintWithSequence(60, 0);
		EdgeTokenProvider provider = provider(this.clock);
		Instant mintedAt = this.clock.instant();
		EdgeTokenState minted = provider.ensureSession().block(Duration.ofSeconds(10));
		assertThat(this.server.count("/edge/session")).isEqualTo(1);
		assertThat(minted.mints()).isEqualTo(1);
		assertThat(minted.lastMint()).isEqualTo(mintedAt);
		assertThat(minted.validUntil()).isEqualTo(mintedAt.plus(Duration.ofSeconds(55)));
		assertThat(minted.toString()).doesNotContain("token-1");
		this.clock.advance(Duration.ofSeconds(20));
		assertThat(provider.ensureSession().block(Duration.ofSeconds(10))).isEqualTo(minted);
		assertThat(provider.token().block()).isEqualTo("token-1");
		assertThat(this.server.count("/edge/session")).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(36));
		EdgeTokenState renewed = provider.ensureSession().block(Duration.ofSeconds(10));
		assertThat(renewed.mints()).isEqualTo(2);
		assertThat(renewed.validUntil()).isEqualTo(this.clock.instant().plus(Duration.ofSeconds(55)));
		assertThat(this.server.count("/edge/session")).isEqualTo(2);
	}

	@Test
	void ensureSessionJoinsTheMintUnderWay() {
		mintWithSequence(60, 300);
		EdgeTokenProvider provider = provider(this.clock);
		List<Object> results = Flux.merge(provider.token(), provider.ensureSession(), provider.ensureSession())
			.collectList()
			.block(Duration.ofSeconds(10));
		assertThat(results).hasSize(3).contains("token-1");
		assertThat(this.server.count("/edge/session")).isEqualTo(1);
		assertThat(provider.state().mints()).isEqualTo(1);
	}

	@Test
	void ensureSessionReportsARefusedKeyAndCachesNothing() {
		this.server.enqueue("/edge/session", ScriptedServer.json(401,
				"{\"error\":{\"code\":401,\"message\":\"[Cohesivity] Invalid application key\"}}"));
		EdgeTokenProvider provider = provider(this.clock);
		assertThatExceptionOfType(CohesivityUnauthorizedException.class)
			.isThrownBy(() -> provider.ensureSession().block(Duration.ofSeconds(10)))
			.withMessage("Invalid application key");
		assertThat(provider.state()).isEqualTo(new EdgeTokenState(null, null, null, null, 0, 1));
		provider.close();
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> provider.ensureSession().block(Duration.ofSeconds(10)))
			.withMessageContaining("closed");
		assertThat(this.server.count("/edge/session")).isEqualTo(1);
	}

	@Test
	void aCheckThatJoinsAMintIsNotAUseSoTheUnusedTokenLapses() {
		mintWithSequence(1, 300);
		EdgeTokenProvider provider = provider(Clock.systemUTC());
		// the caller that starts a mint is not a use of its token; a caller that joins
		// it is (see callerThatJoinsAMintInFlight…), a check that joins it is not
		Flux.merge(provider.token(), provider.ensureSession()).blockLast(Duration.ofSeconds(10));
		EdgeTokenState checked = provider.state();
		// the refresh was due at half the lifetime; the unused token lapses instead
		await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(checked.expiresAt()));
		assertThat(this.server.count("/edge/session")).isEqualTo(1);
		assertThat(provider.state().mints()).isEqualTo(1);
		assertThat(provider.ensureSession().block(Duration.ofSeconds(10)).mints()).isEqualTo(2);
	}

	static final class CountingMetrics implements EdgeTokenMetrics {

		final AtomicInteger succeeded = new AtomicInteger();

		final AtomicInteger failed = new AtomicInteger();

		@Override
		public void mintSucceeded() {
			this.succeeded.incrementAndGet();
		}

		@Override
		public void mintFailed() {
			this.failed.incrementAndGet();
		}

	}

	static final class MutableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-11-25T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@Test
	void aTokenSupplierForOtherHttpClientsSharesTheCachedToken() {
		this.server.respond("/edge/session", (request) -> ScriptedServer.token("shared-token", 60));
		EdgeTokenProvider tokens = provider(Clock.systemUTC());
		java.util.function.Supplier<String> supplier = tokens.tokenSupplier();
		assertThat(supplier.get()).isEqualTo("shared-token");
		assertThat(supplier.get()).isEqualTo("shared-token");
		assertThat(this.server.count("/edge/session")).isOne();
		assertThat(tokens.state().mints()).isOne();
	}

}
