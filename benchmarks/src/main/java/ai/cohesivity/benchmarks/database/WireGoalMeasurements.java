/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import ai.cohesivity.benchmarks.GoalResult;
import ai.cohesivity.benchmarks.GoalResult.Goal;
import ai.cohesivity.benchmarks.GoalResult.Side;
import ai.cohesivity.database.EdgeDatabaseTemplate;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient;
import ai.cohesivity.edge.EdgeClient;

import org.springframework.jdbc.core.DataClassRowMapper;

/**
 * The round-trip goals of the client against an emulator in a JVM of its own (so that
 * this process's CPU time is the client's): client CPU per query with concurrent callers
 * against raw Reactor Netty, p50 latency of one blocking caller and throughput of many
 * reactive callers against a raw {@code WebClient}, HTTP requests per query and token
 * mints per half token lifetime. Every side alternates with the others in rounds, so that
 * background load on a shared machine hits all alike.
 */
public final class WireGoalMeasurements {

	private final EmulatorDatabase database;

	private final ClosedLoopLoad load;

	private final RawEdgeDatabaseCalls rawWebClient;

	private final RawEdgeDatabaseCalls rawGzipWebClient;

	private final RawHttpClientCalls rawHttpClient;

	private final Duration warmup;

	private final Duration length;

	private final int rounds;

	/**
	 * Creates the measurements.
	 * @param database the notes database and the starter's clients
	 * @param warmup the unmeasured time per side before the rounds
	 * @param length the measured time per side, split over the rounds
	 * @param rounds the number of alternating rounds
	 */
	public WireGoalMeasurements(EmulatorDatabase database, Duration warmup, Duration length, int rounds) {
		this.database = database;
		this.load = new ClosedLoopLoad(database.rows());
		String token = database.edgeToken();
		this.rawWebClient = new RawEdgeDatabaseCalls(database.baseUrl(), token);
		this.rawGzipWebClient = RawEdgeDatabaseCalls.askingForGzip(database.baseUrl(), token);
		this.rawHttpClient = new RawHttpClientCalls(database.baseUrl(), token);
		this.warmup = warmup;
		this.length = length;
		this.rounds = rounds;
	}

	/**
	 * Client CPU per query with concurrent reactive callers: the starter's
	 * {@code sql(…).bind(…).mapProperties(Note.class).one()} against raw Reactor Netty
	 * with a cached token; a raw {@code WebClient} alongside.
	 * @param callers the number of concurrent callers
	 * @return the result, in this process's CPU µs per call
	 */
	public GoalResult clientCpu(int callers) {
		ReactiveEdgeDatabaseClient client = this.database.reactiveClient();
		LoadMeasurement[] totals = alternate(
				List.of((slice) -> this.load.concurrent(slice, callers, this.rawHttpClient::findByTitle),
						(slice) -> this.load.concurrent(slice, callers, this.rawWebClient::findByTitle),
						(slice) -> this.load.concurrent(slice, callers,
								(title) -> client.sql(EmulatorDatabase.SELECT_BY_TITLE)
									.bind(0, title)
									.mapProperties(Note.class)
									.one())));
		return GoalResult.oursOverBaseline("Client CPU per query, " + callers + " concurrent callers",
				"client process CPU µs per call",
				new Side("raw Reactor Netty `HttpClient`, cached token, row read by hand",
						totals[0].cpuMicrosPerCall()),
				new Side("reactive `sql(…).bind(…).mapProperties(Note.class).one()`", totals[2].cpuMicrosPerCall()),
				Goal.atMost(1.3),
				List.of(new Side("raw `WebClient`, cached token", totals[1].cpuMicrosPerCall()),
						new Side("calls/s, raw `HttpClient`", totals[0].callsPerSecond()),
						new Side("calls/s, raw `WebClient`", totals[1].callsPerSecond()),
						new Side("calls/s, ours", totals[2].callsPerSecond())));
	}

	/**
	 * The p50 latency of one blocking caller: the template's
	 * {@code queryForObject(sql, new DataClassRowMapper<>(Note.class), title)} against a
	 * hand-written {@code WebClient} call with a cached token, blocked on.
	 * @return the result, in µs
	 */
	public GoalResult latency() {
		EdgeDatabaseTemplate template = this.database.template();
		Latencies raw = new Latencies();
		Latencies ours = new Latencies();
		Function<String, Note> baseline = (title) -> this.rawWebClient.findByTitle(title).block();
		Function<String, Note> starter = (title) -> template.queryForObject(EmulatorDatabase.SELECT_BY_TITLE,
				new DataClassRowMapper<>(Note.class), title);
		alternate(List.of((slice) -> this.load.sequential(slice, baseline, raw),
				(slice) -> this.load.sequential(slice, starter, ours)));
		return GoalResult.oursOverBaseline("p50 latency, one caller", "µs",
				new Side("hand-written `WebClient` call, cached token, `block()`", raw.percentileMicros(50)),
				new Side("`template.queryForObject(…, new DataClassRowMapper<>(Note.class), title)`",
						ours.percentileMicros(50)),
				Goal.atMost(1.05),
				List.of(new Side("p90, baseline", raw.percentileMicros(90)),
						new Side("p90, ours", ours.percentileMicros(90)),
						new Side("calls measured, baseline", raw.count()),
						new Side("calls measured, ours", ours.count())));
	}

	/**
	 * Throughput with concurrent reactive callers: the starter's reactive client against
	 * a raw {@code WebClient} with a cached token.
	 * @param callers the number of concurrent callers
	 * @return the result, in calls per second
	 */
	public GoalResult throughput(int callers) {
		ReactiveEdgeDatabaseClient client = this.database.reactiveClient();
		LoadMeasurement[] totals = alternate(
				List.of((slice) -> this.load.concurrent(slice, callers, this.rawWebClient::findByTitle),
						(slice) -> this.load.concurrent(slice, callers,
								(title) -> client.sql(EmulatorDatabase.SELECT_BY_TITLE)
									.bind(0, title)
									.mapProperties(Note.class)
									.one()),
						(slice) -> this.load.concurrent(slice, callers, this.rawGzipWebClient::findByTitle)));
		return GoalResult.oursOverBaseline("Throughput, " + callers + " concurrent reactive callers", "calls/s",
				new Side("raw `WebClient`, cached token, row read by hand", totals[0].callsPerSecond()),
				new Side("reactive `sql(…).bind(…).mapProperties(Note.class).one()`", totals[1].callsPerSecond()),
				Goal.atLeast(1.0),
				List.of(new Side("client CPU µs per call, baseline", totals[0].cpuMicrosPerCall()),
						new Side("client CPU µs per call, ours", totals[1].cpuMicrosPerCall()),
						new Side("calls/s, raw `WebClient` asking for gzip as ours does (Reactor Netty "
								+ "`compress(true)`)", totals[2].callsPerSecond()),
						new Side("client CPU µs per call, raw `WebClient` asking for gzip",
								totals[2].cpuMicrosPerCall())));
	}

	/**
	 * A batch of rows at an injected network latency: {@code batchUpdate} against single
	 * {@code update} calls, each into a fresh table and read back.
	 * @param rows the rows per batch
	 * @param latency the latency the emulator adds to every edge request
	 * @param rounds the measured rounds (one unmeasured round of 50 rows runs first)
	 * @return the result, in milliseconds per batch; the requests per batch alongside
	 */
	public GoalResult batchAtLatency(int rows, Duration latency, int rounds) {
		RoundTripComparison comparison = new RoundTripComparison(this.database);
		comparison.batchInsert(Math.min(rows, 50), 1, 0);
		this.database.emulator().latency(latency);
		List<Comparison> measured;
		try {
			measured = comparison.batchInsert(rows, 0, rounds);
		}
		finally {
			this.database.emulator().latency(Duration.ZERO);
		}
		Comparison time = measured.get(0);
		Comparison requests = measured.get(1);
		return GoalResult.baselineOverOurs(
				String.format("%,d-row `batchUpdate` at %d ms injected latency", rows, latency.toMillis()),
				"ms per " + rows + " rows", new Side(rows + " single `update` calls", time.baselineValue()),
				new Side("`template.batchUpdate(sql, rows)`", time.starterValue()), Goal.atLeast(50),
				List.of(new Side("HTTP requests, baseline", requests.baselineValue()),
						new Side("HTTP requests, ours", requests.starterValue())));
	}

	/**
	 * HTTP requests per query in steady state: {@code queries} sequential template
	 * queries after a warm-up, every request the emulator received counted.
	 * @param queries the number of queries
	 * @return the result, in requests per query
	 */
	public GoalResult requestsPerQuery(int queries) {
		EdgeDatabaseTemplate template = this.database.template();
		Function<String, Note> query = (title) -> template.queryForObject(EmulatorDatabase.SELECT_BY_TITLE,
				new DataClassRowMapper<>(Note.class), title);
		query.apply("note-1");
		EmulatorControl emulator = this.database.emulator();
		long databaseBefore = emulator.requestCount("POST", EmulatorDatabase.PATH);
		long mintsBefore = emulator.requestCount("POST", "/edge/session");
		for (int i = 0; i < queries; i++) {
			long id = 1 + (i % this.database.rows());
			if (query.apply("note-" + id).id() != id) {
				throw new IllegalStateException("Wrong row for note-" + id);
			}
		}
		long database = emulator.requestCount("POST", EmulatorDatabase.PATH) - databaseBefore;
		long mints = emulator.requestCount("POST", "/edge/session") - mintsBefore;
		return GoalResult.oursOverBaseline("Round trips per query, steady state", "HTTP requests per query",
				new Side("one request per query", 1.0),
				new Side("`template.queryForObject(…)`, " + queries + " queries",
						(double) (database + mints) / queries),
				Goal.atMost(1.0), List.of(new Side("`/edge/database` requests", database),
						new Side("`/edge/session` requests (token mints)", mints)));
	}

	/**
	 * Token mints per half token lifetime while a client queries steadily: a client of
	 * its own (its own token provider) under a short token lifetime, counted at the
	 * emulator over {@code halfLifetimes} half lifetimes after its first query.
	 * @param ttl the token lifetime the emulator grants
	 * @param halfLifetimes the number of half lifetimes to watch
	 * @return the result, in mints per half lifetime
	 */
	public GoalResult mintsPerHalfLifetime(Duration ttl, int halfLifetimes) {
		EmulatorControl emulator = this.database.emulator();
		emulator.edgeTokenTtl(ttl);
		Duration half = ttl.dividedBy(2);
		// Ends a quarter lifetime after the last expected refresh, away from the next.
		Duration window = half.multipliedBy(halfLifetimes).plus(ttl.dividedBy(4));
		long mints;
		try (EdgeClient edgeClient = EdgeClient.builder(this.database.connection()).build()) {
			EdgeDatabaseTemplate template = new EdgeDatabaseTemplate(
					ReactiveEdgeDatabaseClient.builder(edgeClient).build());
			template.queryForObject("SELECT 1", Long.class);
			long before = emulator.requestCount("POST", "/edge/session");
			long end = System.nanoTime() + window.toNanos();
			while (System.nanoTime() < end) {
				template.queryForObject("SELECT 1", Long.class);
				sleep(Duration.ofMillis(20));
			}
			mints = emulator.requestCount("POST", "/edge/session") - before;
		}
		finally {
			emulator.edgeTokenTtl(Duration.ofHours(1));
		}
		return GoalResult.oursOverBaseline("Token mints while querying steadily", "mints per half token lifetime",
				new Side("one mint per half lifetime", 1.0),
				new Side("`EdgeTokenProvider`, token lifetime " + ttl.toSeconds() + " s, " + halfLifetimes
						+ " half lifetimes watched", (double) mints / halfLifetimes),
				Goal.atMost(1.0), List.of(new Side("mints counted", mints)));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private LoadMeasurement[] alternate(List<Function<Duration, LoadMeasurement>> sides) {
		return ClosedLoopLoad.alternate(this.warmup, this.length, this.rounds, sides);
	}

}
