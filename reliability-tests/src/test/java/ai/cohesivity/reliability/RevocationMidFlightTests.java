/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server revokes every edge token while 16 callers read and write: each revocation
 * costs exactly one mint (shared by every caller rejected at once), no call fails, and
 * every write lands exactly once (a {@code 401} was not executed, so sending it again
 * with the new token is safe). The next revocation comes once every call that was under
 * way at the last one has ended: a call renews its token once, and a second {@code 401}
 * of the same call is raised rather than followed.
 */
@ExtendWith(SuiteSecrets.class)
class RevocationMidFlightTests {

	private static final int CALLERS = 16;

	private static final int REVOCATIONS = 5;

	private static final int MAX_CALLS_PER_CALLER = 50_000;

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	@RegisterExtension
	static final TenantFixture fixture = TenantFixture
		.withDatabase("CREATE TABLE events (id INTEGER PRIMARY KEY, caller INTEGER, seq INTEGER)")
		// an ephemeral tenant is paused after 50,000 rows written; this case is not about
		// that
		.beforeTenant((emulator) -> emulator.admin().d1Caps(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2));

	private static Supplier<String> progress = () -> "";

	@Test
	void everyRevocationCostsOneMintAndNoCall() throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong succeeded = new AtomicLong();
		AtomicLong inserted = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		List<String> failures = new CopyOnWriteArrayList<>();
		AtomicInteger revocationsSoFar = new AtomicInteger();
		// the revocation each caller's current call started after; MAX_VALUE once it
		// stopped
		AtomicIntegerArray callStartedAfter = new AtomicIntegerArray(CALLERS);
		long deadline = System.nanoTime() + DEADLINE.toNanos();
		long mintsBefore = fixture.clients().tokens().state().mints();
		long mintRequestsBefore = fixture.emulator().requestCount("POST", "/edge/session");
		fixture.clients().wire().clear();
		ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
		long start = System.nanoTime();
		List<Long> mintsAfterEachRevocation = new ArrayList<>();
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int caller = 0; caller < CALLERS; caller++) {
				int id = caller;
				running.add(callers.submit(() -> {
					for (int seq = 0; seq < MAX_CALLS_PER_CALLER && !stop.get()
							&& System.nanoTime() < deadline; seq++) {
						callStartedAfter.set(id, revocationsSoFar.get());
						try {
							if (seq % 2 == 0) {
								fixture.clients()
									.database()
									.update("INSERT INTO events (caller, seq) VALUES (?, ?)", id, seq);
								inserted.incrementAndGet();
							}
							else {
								fixture.clients().database().queryForObject("SELECT count(*) FROM events", Long.class);
							}
							succeeded.incrementAndGet();
						}
						catch (RuntimeException ex) {
							SuiteSecrets.raised(ex);
							failures.add(ex.toString());
							failed.incrementAndGet();
						}
					}
					callStartedAfter.set(id, Integer.MAX_VALUE);
				}));
			}
			progress = () -> "revocations " + revocationsSoFar + ", calls succeeded " + succeeded + ", failed "
					+ failures.size() + ", token state " + fixture.clients().tokens().state() + ", calls started after "
					+ callStartedAfter;
			for (int revocation = 1; revocation <= REVOCATIONS; revocation++) {
				awaitProgress(succeeded::get, 40, deadline);
				long mints = fixture.clients().tokens().state().mints();
				fixture.emulator().admin().revokeEdgeTokens();
				revocationsSoFar.incrementAndGet();
				await(() -> fixture.clients().tokens().state().mints() > mints, deadline);
				// every call that was under way when the tokens were revoked has ended: a
				// call meets at most one revocation (it renews once, a second 401 is
				// raised)
				await(() -> minimum(callStartedAfter) >= revocationsSoFar.get(), deadline);
				mintsAfterEachRevocation.add(fixture.clients().tokens().state().mints() - mintsBefore);
			}
			stop.set(true);
			for (Future<?> caller : running) {
				caller.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
			}
		}
		finally {
			stop.set(true);
			callers.shutdownNow();
		}
		Duration elapsed = Figures.since(start);
		long mints = fixture.clients().tokens().state().mints() - mintsBefore;
		long mintRequests = fixture.emulator().requestCount("POST", "/edge/session") - mintRequestsBefore;
		long rejected = fixture.clients().wire().count("/edge/database", 401);
		long rows = fixture.clients().database().queryForObject("SELECT count(*) FROM events", Long.class);
		long distinctRows = fixture.clients()
			.database()
			.queryForObject("SELECT count(*) FROM (SELECT DISTINCT caller, seq FROM events)", Long.class);
		Figures.print("every token revoked mid-flight", "callers", CALLERS, "revocations", REVOCATIONS, "calls",
				succeeded.get() + failed.get(), "failed", failed.get(), "mints", mints, "mints after each revocation",
				mintsAfterEachRevocation, "mint requests at the emulator", mintRequests, "401 answers (re-sent once)",
				rejected, "writes acknowledged", inserted.get(), "rows", rows, "elapsed", elapsed, "failures",
				failures);
		assertThat(failed.get()).as("failed calls").isZero();
		assertThat(mints).as("mints: one per revocation").isEqualTo(REVOCATIONS);
		assertThat(mintsAfterEachRevocation).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(mintRequests).isEqualTo(mints);
		assertThat(rejected).as("401 answers: at least one call ran into each revocation")
			.isGreaterThanOrEqualTo(REVOCATIONS);
		assertThat(rows).as("rows: every acknowledged write exactly once").isEqualTo(inserted.get());
		assertThat(distinctRows).isEqualTo(rows);
	}

	private static int minimum(AtomicIntegerArray values) {
		int minimum = Integer.MAX_VALUE;
		for (int i = 0; i < values.length(); i++) {
			minimum = Math.min(minimum, values.get(i));
		}
		return minimum;
	}

	private static void awaitProgress(LongSupplier counter, long steps, long deadline) throws InterruptedException {
		long target = counter.getAsLong() + steps;
		await(() -> counter.getAsLong() >= target, deadline);
	}

	private static void await(BooleanSupplier condition, long deadline) throws InterruptedException {
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as(() -> "progress before the deadline: " + progress.get())
				.isLessThan(deadline);
			Thread.sleep(5);
		}
	}

}
