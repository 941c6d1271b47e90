/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.dao.TransientDataAccessResourceException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 30 % of the database requests answer {@code 503} as an overloaded gateway does, without
 * {@code Retry-After}: reads succeed through retries that are bounded
 * ({@code max-attempts}) and jittered (the waits before them differ), and writes are sent
 * once: a refused write fails with a transient error, the others land. (A {@code 503}
 * with {@code Retry-After} is waited out instead; the rate-limit case covers that wait.)
 */
@ExtendWith(SuiteSecrets.class)
class ServiceUnavailableBurstTests {

	private static final int READS = 300;

	private static final int WRITES = 100;

	@RegisterExtension
	static final TenantFixture fixture = TenantFixture.withDatabase(
			"CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO items (name) VALUES ('a')");

	@AfterEach
	void noFaults() {
		fixture.emulator().admin().failRequests("/edge/database", 503, 0);
	}

	@Test
	void readsSucceedThroughBoundedJitteredRetries() {
		long before = fixture.emulator().requestCount("POST", "/edge/database");
		fixture.clients().wire().clear();
		fixture.emulator().admin().failRequests("/edge/database", 503, 0.3, false);
		int failed = 0;
		long start = System.nanoTime();
		for (int i = 0; i < READS; i++) {
			try {
				assertThat(fixture.clients()
					.database()
					.queryForObject("SELECT name FROM items WHERE id = 1", String.class)).isEqualTo("a");
			}
			catch (RuntimeException ex) {
				SuiteSecrets.raised(ex);
				failed++;
			}
		}
		Duration elapsed = Figures.since(start);
		long requests = fixture.emulator().requestCount("POST", "/edge/database") - before;
		List<WireRecorder.Exchange> exchanges = fixture.clients()
			.wire()
			.exchanges()
			.stream()
			.filter((exchange) -> exchange.path().equals("/edge/database"))
			.toList();
		long unavailable = exchanges.stream().filter((exchange) -> exchange.status() == 503).count();
		int mostAttempts = 0;
		int attempts = 0;
		List<Long> waitsMillis = new ArrayList<>();
		for (int i = 0; i < exchanges.size(); i++) {
			WireRecorder.Exchange exchange = exchanges.get(i);
			attempts++;
			if (exchange.status() == 503 && i + 1 < exchanges.size()) {
				waitsMillis.add((exchanges.get(i + 1).sentAtNanos() - exchange.endedAtNanos()) / 1_000_000);
			}
			if (exchange.status() == 200) {
				mostAttempts = Math.max(mostAttempts, attempts);
				attempts = 0;
			}
		}
		List<Long> sortedWaits = waitsMillis.stream().sorted().toList();
		Figures.print("503 on 30 % of reads", "reads", READS, "failed", failed, "requests at the emulator", requests,
				"503 answers", unavailable, "retries", requests - READS, "most attempts for one read", mostAttempts,
				"wait before a retry (min / median / max)",
				sortedWaits.get(0) + " / " + sortedWaits.get(sortedWaits.size() / 2) + " / "
						+ sortedWaits.get(sortedWaits.size() - 1) + " ms",
				"distinct waits (ms)", sortedWaits.stream().distinct().count(), "elapsed", elapsed);
		assertThat(failed).as("failed reads").isZero();
		assertThat(requests).as("one request per read plus one per 503").isEqualTo(READS + unavailable);
		assertThat(unavailable).as("about 30 % of the requests were refused")
			.isEqualTo((long) Math.floor(requests * 0.3));
		assertThat(mostAttempts).as("attempts for one read, at most max-attempts")
			.isLessThanOrEqualTo(TenantClients.QUICK_RETRIES.maxAttempts());
		assertThat(sortedWaits.get(0)).as("shortest wait: half the initial backoff")
			.isGreaterThanOrEqualTo(TenantClients.QUICK_RETRIES.initialBackoff().toMillis() / 2);
		assertThat(sortedWaits.stream().distinct().count()).as("jittered: the waits differ").isGreaterThan(3);
	}

	@Test
	void writesAreSentOnce() {
		long rowsBefore = fixture.clients().database().queryForObject("SELECT count(*) FROM items", Long.class);
		long before = fixture.emulator().requestCount("POST", "/edge/database");
		fixture.emulator().admin().failRequests("/edge/database", 503, 0.3, false);
		int refused = 0;
		int written = 0;
		for (int i = 0; i < WRITES; i++) {
			try {
				written += fixture.clients().database().update("INSERT INTO items (name) VALUES (?)", "w" + i);
			}
			catch (TransientDataAccessResourceException ex) {
				SuiteSecrets.raised(ex);
				refused++;
			}
		}
		long requests = fixture.emulator().requestCount("POST", "/edge/database") - before;
		fixture.emulator().admin().failRequests("/edge/database", 503, 0);
		long rows = fixture.clients().database().queryForObject("SELECT count(*) FROM items", Long.class) - rowsBefore;
		Figures.print("503 on 30 % of writes", "writes", WRITES, "requests at the emulator", requests,
				"refused (TransientDataAccessResourceException)", refused, "acknowledged", written, "rows added", rows);
		assertThat(requests).as("one request per write: none retried").isEqualTo(WRITES);
		assertThat(refused).isEqualTo(30);
		assertThat(rows).as("rows: exactly the acknowledged writes").isEqualTo(written).isEqualTo(70);
	}

}
