/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;

import ai.cohesivity.core.CohesivityNetworkException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The server commits a write and the connection drops before the answer: the write exists
 * exactly once, the caller is told its outcome is unknown, and nothing sends it again —
 * for a single statement and for a batch chunk. A read that meets the same fault is
 * retried and succeeds.
 */
@ExtendWith(SuiteSecrets.class)
class DroppedAfterCommitTests {

	@RegisterExtension
	static final TenantFixture fixture = TenantFixture
		.withDatabase("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)");

	@AfterEach
	void noFaults() {
		fixture.emulator().admin().dropConnectionAfterCommit("/edge/database", 0);
		fixture.emulator().admin().resetConnectionAfterCommit("/edge/database", 0);
		fixture.clients().wire().beforeSend((path) -> {
		});
	}

	@Test
	void aWriteWhoseAnswerWasLostExistsOnceAndIsReportedUnknown() {
		long before = fixture.emulator().requestCount("POST", "/edge/database");
		fixture.emulator().admin().dropConnectionAfterCommit("/edge/database", 1);
		DataAccessResourceFailureException failure = catchThrowableOfType(DataAccessResourceFailureException.class,
				() -> fixture.clients().database().update("INSERT INTO items (name) VALUES (?)", "dropped-single"));
		SuiteSecrets.raised(failure);
		long requests = fixture.emulator().requestCount("POST", "/edge/database") - before;
		long rows = fixture.clients()
			.database()
			.queryForObject("SELECT count(*) FROM items WHERE name = 'dropped-single'", Long.class);
		Figures.print("dropped connection after a committed write", "requests at the emulator", requests, "rows", rows,
				"error", failure.getClass().getSimpleName(), "message", failure.getMessage());
		assertThat(requests).as("requests: the write was not sent again").isOne();
		assertThat(rows).as("rows: the write landed once").isOne();
		assertThat(failure.getMessage()).contains("outcome is unknown");
		assertThat(failure).hasRootCauseInstanceOf(Exception.class);
		assertThat(findNetworkCause(failure).mayHaveReachedServer()).isTrue();
	}

	/**
	 * A reset (RST) rather than a close, on a connection the pool had already used: the
	 * case an HTTP client may take for a stale pooled connection and resend by itself.
	 * Reactor Netty resends only a request it had not written; this proves it for the
	 * starter's whole stack.
	 */
	@Test
	void aWriteWhosePooledConnectionWasResetExistsOnceAndIsReportedUnknown() {
		fixture.clients().database().queryForObject("SELECT count(*) FROM items", Long.class);
		long before = fixture.emulator().requestCount("POST", "/edge/database");
		fixture.emulator().admin().resetConnectionAfterCommit("/edge/database", 1);
		DataAccessResourceFailureException failure = catchThrowableOfType(DataAccessResourceFailureException.class,
				() -> fixture.clients().database().update("INSERT INTO items (name) VALUES (?)", "reset-single"));
		SuiteSecrets.raised(failure);
		long requests = fixture.emulator().requestCount("POST", "/edge/database") - before;
		long rows = fixture.clients()
			.database()
			.queryForObject("SELECT count(*) FROM items WHERE name = 'reset-single'", Long.class);
		Figures.print("connection reset after a committed write", "requests at the emulator", requests, "rows", rows,
				"error", failure.getClass().getSimpleName(), "message", failure.getMessage());
		assertThat(requests).as("requests: the write was not sent again").isOne();
		assertThat(rows).as("rows: the write landed once").isOne();
		assertThat(failure.getMessage()).contains("outcome is unknown");
		assertThat(findNetworkCause(failure).mayHaveReachedServer()).isTrue();
	}

	@Test
	void aReadWhoseAnswerWasLostIsRetried() {
		long before = fixture.emulator().requestCount("POST", "/edge/database");
		fixture.emulator().admin().dropConnectionAfterCommit("/edge/database", 1);
		Long count = fixture.clients().database().queryForObject("SELECT count(*) FROM items", Long.class);
		long requests = fixture.emulator().requestCount("POST", "/edge/database") - before;
		Figures.print("dropped connection after a read", "requests at the emulator", requests, "answer", count);
		assertThat(requests).as("requests: the read was retried once").isEqualTo(2);
		assertThat(count).isNotNull();
	}

	@Test
	void aBatchChunkWhoseAnswerWasLostIsReportedAndNotSentAgain() {
		fixture.clients().database().execute("CREATE TABLE batch (id INTEGER PRIMARY KEY, name TEXT)");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			rows.add(new Object[] { name(i) });
		}
		AtomicInteger sent = new AtomicInteger();
		fixture.clients().wire().beforeSend((path) -> {
			if (path.equals("/edge/database") && sent.incrementAndGet() == 2) {
				// the second chunk (rows 100..199) is committed and its answer lost
				fixture.emulator().admin().dropConnectionAfterCommit("/edge/database", 1);
			}
		});
		long before = fixture.emulator().requestCount("POST", "/edge/database");
		DataAccessException failure = catchThrowableOfType(DataAccessException.class,
				() -> fixture.clients().database().batchUpdate("INSERT INTO batch (name) VALUES (?)", rows));
		SuiteSecrets.raised(failure);
		long requests = fixture.emulator().requestCount("POST", "/edge/database") - before;
		long written = fixture.clients().database().queryForObject("SELECT count(*) FROM batch", Long.class);
		long secondChunk = fixture.clients()
			.database()
			.queryForObject("SELECT count(*) FROM batch WHERE name IN (?, ?)", Long.class, name(100), name(199));
		Figures.print("dropped connection after a committed batch chunk", "rows in the batch", rows.size(),
				"chunks sent", requests, "rows written", written, "error", failure.getClass().getSimpleName(),
				"message", failure.getMessage());
		assertThat(requests).as("chunks sent: the first two, the lost one not again, the third never").isEqualTo(2);
		assertThat(written).as("rows: the first two chunks, once each").isEqualTo(200);
		assertThat(secondChunk).isEqualTo(2);
		assertThat(failure.getMessage()).contains("batch rows 100..199")
			.contains("the 100 batch rows before them were written")
			.contains("unknown");
	}

	/**
	 * A name longer than the 1,000 characters a batch inlines as a literal, so that every
	 * row stays a bound parameter and each request carries 100 rows.
	 * @param row the row's index
	 * @return its name
	 */
	private static String name(int row) {
		return "row-" + row + "-" + "x".repeat(1_000);
	}

	private static CohesivityNetworkException findNetworkCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CohesivityNetworkException network) {
				return network;
			}
		}
		throw new AssertionError("no CohesivityNetworkException in " + failure);
	}

}
