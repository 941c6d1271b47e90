/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;

import ai.cohesivity.core.CohesivityNetworkException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Cohesivity answers after 2 s and the client waits 1 s: reads fail with a typed timeout
 * after at most {@code max-attempts} requests each, a write after one request with its
 * outcome unknown; more concurrent timeouts need no more threads, and connections do not
 * pile up; once the latency goes, the same clients answer again.
 */
@ExtendWith(SuiteSecrets.class)
class SlowCohesivityTests {

	private static final Duration LATENCY = Duration.ofSeconds(2);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

	@RegisterExtension
	static final TenantFixture fixture = TenantFixture
		.withDatabase("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)", "INSERT INTO items (name) VALUES ('a')")
		.settings((settings) -> settings.withReadTimeout(READ_TIMEOUT));

	@Test
	void typedTimeoutsNoExhaustionAndRecovery() {
		// warm: connections, event loops and the retry timer exist before we count
		readConcurrently(16).forEach((outcome) -> assertThat(outcome).isEqualTo("a"));
		int threadsBefore = Figures.threads();
		long filesBefore = Figures.openFiles();
		fixture.emulator().admin().latency(LATENCY, Duration.ZERO);
		long before = fixture.emulator().requestCount("POST", "/edge/database");
		long start = System.nanoTime();
		List<String> few = readConcurrently(4);
		Duration fewElapsed = Figures.since(start);
		long fewRequests = fixture.emulator().requestCount("POST", "/edge/database") - before;
		int threadsAfterFew = Figures.threads();
		before = fixture.emulator().requestCount("POST", "/edge/database");
		start = System.nanoTime();
		List<String> many = readConcurrently(16);
		Duration manyElapsed = Figures.since(start);
		long manyRequests = fixture.emulator().requestCount("POST", "/edge/database") - before;
		int threadsAfterMany = Figures.threads();
		before = fixture.emulator().requestCount("POST", "/edge/database");
		DataAccessResourceFailureException write = catchThrowableOfType(DataAccessResourceFailureException.class,
				() -> fixture.clients().database().update("INSERT INTO items (name) VALUES ('slow')"));
		SuiteSecrets.raised(write);
		long writeRequests = fixture.emulator().requestCount("POST", "/edge/database") - before;
		fixture.emulator().admin().latency(Duration.ZERO, Duration.ZERO);
		start = System.nanoTime();
		List<String> recovered = readConcurrently(16);
		Duration recoveryElapsed = Figures.since(start);
		int threadsAfter = Figures.threads();
		long filesAfter = Figures.openFiles();
		Figures.print("slow Cohesivity (2 s latency, 1 s read timeout)", "timed-out reads (4 at once)", few.size(),
				"their requests", fewRequests, "elapsed", fewElapsed, "timed-out reads (16 at once)", many.size(),
				"their requests", manyRequests, "elapsed", manyElapsed, "write requests", writeRequests,
				"threads before / after 4 / after 16 / after recovery",
				threadsBefore + " / " + threadsAfterFew + " / " + threadsAfterMany + " / " + threadsAfter,
				"open files before / after recovery", filesBefore + " / " + filesAfter, "reads after recovery",
				recovered.size() + " in " + recoveryElapsed.toMillis() + " ms", "read error", many.get(0),
				"write error", write.getMessage());
		assertThat(few).allMatch((outcome) -> outcome
			.startsWith("DataAccessResourceFailureException caused by " + "CohesivityNetworkException")
				&& outcome.contains("timed out"));
		assertThat(many).allMatch((outcome) -> outcome
			.startsWith("DataAccessResourceFailureException caused by " + "CohesivityNetworkException")
				&& outcome.contains("timed out"));
		assertThat(fewRequests).as("at most max-attempts requests per read").isLessThanOrEqualTo(4 * 3);
		assertThat(manyRequests).as("at most max-attempts requests per read").isLessThanOrEqualTo(16 * 3);
		assertThat(writeRequests).as("a write is sent once").isOne();
		assertThat(write.getCause()).isInstanceOf(CohesivityNetworkException.class);
		assertThat(write.getMessage()).contains("timed out").contains("outcome is unknown");
		assertThat(threadsAfterMany).as("four times the timeouts, no more threads (other threads of the JVM may end)")
			.isLessThanOrEqualTo(threadsAfterFew);
		assertThat(recovered).as("the same clients answer once the latency is gone").containsOnly("a").hasSize(16);
		assertThat(filesAfter).as("timed-out connections are closed, not kept").isLessThanOrEqualTo(filesBefore + 16);
	}

	/**
	 * Reads on the reactive client, all at once; each outcome is the answer or the error
	 * and its cause.
	 */
	private static List<String> readConcurrently(int calls) {
		return Flux.range(0, calls)
			.flatMap((i) -> fixture.clients()
				.reactiveDatabase()
				.sql("SELECT name FROM items WHERE id = 1")
				.mapValue(String.class)
				.one()
				.onErrorResume((failure) -> {
					SuiteSecrets.raised(failure);
					Throwable cause = failure.getCause();
					return Mono.just(failure.getClass().getSimpleName() + " caused by "
							+ ((cause != null) ? cause.getClass().getSimpleName() + ": " + cause.getMessage() : "-"));
				}), calls)
			.collectList()
			.block(Duration.ofSeconds(60));
	}

}
