/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import ai.cohesivity.edge.EdgeTokenState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edge session tokens roll over under load: 64 callers send 20,000 queries while tokens
 * live 2 s, and none fails; each rollover costs one mint. The emulator adds 40 ms to
 * every request, so the run lasts at least 20,000 × 40 ms / 64 = 12.5 s (more than ten
 * rollovers) however fast the machine is.
 */
@ExtendWith(SuiteSecrets.class)
class TokenRolloverUnderLoadTests {

	private static final int CALLERS = 64;

	private static final int QUERIES = 20_000;

	private static final Duration DEADLINE = Duration.ofSeconds(120);

	private static final Duration SETTLE = Duration.ofSeconds(5);

	@RegisterExtension
	static final TenantFixture fixture = TenantFixture
		.withDatabase("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)",
				"INSERT INTO items (name) VALUES ('a'), ('b'), ('c')")
		// every token of this tenant, the first one included, lives 2 s
		.beforeTenant((emulator) -> emulator.admin().edgeTokenTtl(Duration.ofSeconds(2)));

	@Test
	void tokensRollOverUnderLoadWithoutAFailedCall() throws Exception {
		fixture.emulator().admin().latency(Duration.ofMillis(40), Duration.ZERO);
		MintCounts before = settledMintCounts();
		long queriesBefore = fixture.emulator().requestCount("POST", "/edge/database");
		fixture.clients().wire().clear();
		AtomicInteger next = new AtomicInteger();
		AtomicLong failed = new AtomicLong();
		AtomicLong wrongAnswers = new AtomicLong();
		long deadline = System.nanoTime() + DEADLINE.toNanos();
		ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
		int threadsDuring;
		long start = System.nanoTime();
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < CALLERS; i++) {
				running.add(callers.submit(() -> {
					while (next.getAndIncrement() < QUERIES && System.nanoTime() < deadline) {
						try {
							long id = 1 + next.get() % 3;
							Long count = fixture.clients()
								.database()
								.queryForObject("SELECT count(*) FROM items WHERE id = ?", Long.class, id);
							if (count == null || count != 1) {
								wrongAnswers.incrementAndGet();
							}
						}
						catch (RuntimeException ex) {
							SuiteSecrets.raised(ex);
							failed.incrementAndGet();
						}
					}
				}));
			}
			threadsDuring = Figures.threads();
			for (Future<?> caller : running) {
				caller.get(DEADLINE.toSeconds() + 10, TimeUnit.SECONDS);
			}
		}
		finally {
			callers.shutdownNow();
			fixture.emulator().admin().latency(Duration.ZERO, Duration.ZERO);
		}
		Duration elapsed = Figures.since(start);
		long sent = Math.min(next.get(), QUERIES);
		// A background refresh may have reached the emulator (which counts a request
		// when it arrives) and still be waiting for its answer: count once it has landed.
		MintCounts counts = settledMintCounts().minus(before);
		long mints = counts.mints();
		long failedMints = counts.failed();
		long mintRequests = counts.requests();
		long queryRequests = fixture.emulator().requestCount("POST", "/edge/database") - queriesBefore;
		long tokensUsed = fixture.clients()
			.wire()
			.exchanges()
			.stream()
			.filter((exchange) -> exchange.path().equals("/edge/database"))
			.map(WireRecorder.Exchange::bearer)
			.distinct()
			.count();
		long rollovers = tokensUsed - 1;
		long rejected = fixture.clients().wire().count("/edge/database", 401);
		List<WireRecorder.Exchange> unsuccessful = fixture.clients().wire().unsuccessful("/edge/database");
		Figures.print("token rollover under load", "callers", CALLERS, "queries", sent, "failed", failed.get(),
				"wrong answers", wrongAnswers.get(), "token TTL", Duration.ofSeconds(2), "tokens used", tokensUsed,
				"rollovers", rollovers, "mints", mints, "failed mints", failedMints, "mint requests at the emulator",
				mintRequests, "401 re-sends", rejected, "query requests at the emulator", queryRequests, "threads",
				threadsDuring, "elapsed", elapsed, "queries/s", Math.round(sent / (elapsed.toNanos() / 1e9)));
		assertThat(sent).as("queries sent before the deadline").isEqualTo(QUERIES);
		assertThat(failed.get()).as("failed calls").isZero();
		assertThat(wrongAnswers.get()).isZero();
		assertThat(rollovers).as("rollovers").isGreaterThanOrEqualTo(10);
		assertThat(mints).as("mints").isLessThanOrEqualTo(rollovers + 2);
		assertThat(failedMints).as("failed mints").isZero();
		assertThat(mintRequests).as("mint requests: no mint was retried or lost").isEqualTo(mints);
		assertThat(queryRequests)
			.as("one request per query, plus one per attempt without a 2xx answer (a 401 is "
					+ "sent again with a new token, a read that failed on the way is retried)")
			.isEqualTo(QUERIES + unsuccessful.size());
	}

	/**
	 * Return the mint counts once every mint request the emulator received has been
	 * answered and taken by the provider, successfully or not (waiting at most
	 * {@link #SETTLE}). A mint that was retried or lost never settles, and the assertions
	 * report it.
	 */
	private static MintCounts settledMintCounts() throws InterruptedException {
		long deadline = System.nanoTime() + SETTLE.toNanos();
		MintCounts counts = mintCounts();
		while (System.nanoTime() < deadline) {
			if (counts.settled()) {
				return counts;
			}
			Thread.sleep(20);
			counts = mintCounts();
		}
		return counts;
	}

	/**
	 * Read the counts so that no mint started or ended in between: the provider's state
	 * before and after the emulator's count must agree.
	 */
	private static MintCounts mintCounts() {
		while (true) {
			EdgeTokenState first = fixture.clients().tokens().state();
			long requests = fixture.emulator().requestCount("POST", "/edge/session");
			EdgeTokenState second = fixture.clients().tokens().state();
			if (first.mints() == second.mints() && first.failedMints() == second.failedMints()) {
				return new MintCounts(second.mints(), second.failedMints(), requests);
			}
		}
	}

	private record MintCounts(long mints, long failed, long requests) {

		boolean settled() {
			return this.requests == this.mints + this.failed;
		}

		MintCounts minus(MintCounts before) {
			return new MintCounts(this.mints - before.mints, this.failed - before.failed,
					this.requests - before.requests);
		}

	}

}
