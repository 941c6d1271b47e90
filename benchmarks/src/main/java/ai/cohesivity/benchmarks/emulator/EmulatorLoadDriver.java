package ai.cohesivity.benchmarks.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpMethod;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ai.cohesivity.emulator.CohesivityEmulator;

/**
 * Drives the emulator with concurrent clients over loopback HTTP and reports requests per
 * second and latency percentiles for an indexed {@code SELECT} on {@code /edge/database}
 * (edge token as Bearer) and, as a baseline on the same HTTP stack,
 * {@code GET /__emulator/health}.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am compile exec:java \
 *     -Dexec.mainClass=ai.cohesivity.benchmarks.emulator.EmulatorLoadDriver \
 *     -Dexec.args="--clients 32 --duration 10 --warmup 3 --rows 10000"
 * </pre>
 *
 * Options: {@code --url} targets a running emulator instead of an embedded one;
 * {@code --clients}, {@code --duration} (measured seconds per endpoint) and
 * {@code --warmup} (seconds), {@code --rounds}, {@code --rows}, {@code --client-threads}.
 */
public final class EmulatorLoadDriver {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SELECT = "SELECT id, sku, price FROM items WHERE sku = ?";

	private static final String SERVER_THREADS = "cohesivity-emulator-";

	private static final String CLIENT_THREADS = "load-driver-";

	private final ThreadCpuMeter cpu = new ThreadCpuMeter();

	private final HttpClient http;

	private final int clients;

	private EmulatorLoadDriver(HttpClient http, int clients) {
		this.http = http;
		this.clients = clients;
	}

	/**
	 * Runs the load test and prints the results.
	 * @param args the options (see the class documentation)
	 */
	public static void main(String[] args) {
		Map<String, String> options = options(args);
		int clients = Integer.parseInt(options.getOrDefault("clients", "32"));
		Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "10")));
		Duration warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "3")));
		int rows = Integer.parseInt(options.getOrDefault("rows", "10000"));
		int clientThreads = Integer.parseInt(options.getOrDefault("client-threads", "1"));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
		CohesivityEmulator embedded = options.containsKey("url") ? null : CohesivityEmulator.builder().start();
		String baseUrl = (embedded != null) ? embedded.baseUrl() : options.get("url");
		LoopResources loops = LoopResources.create(CLIENT_THREADS.substring(0, CLIENT_THREADS.length() - 1), 1,
				clientThreads, true);
		ConnectionProvider connections = ConnectionProvider.builder("load-driver")
			.maxConnections(clients)
			.pendingAcquireMaxCount(-1)
			.build();
		try {
			HttpClient http = HttpClient.create(connections)
				.runOn(loops)
				.baseUrl(baseUrl)
				.headers((headers) -> headers.set("User-Agent", "cohesivity-load-driver/1.0"));
			String token = prepare(http, rows);
			EmulatorLoadDriver driver = new EmulatorLoadDriver(http, clients);
			System.out.printf(Locale.ROOT, "Cohesivity emulator load driver: %s, %d clients, %d s measured per"
					+ " endpoint in %d alternating rounds after %d s warm-up, %,d indexed rows, %d client event-loop"
					+ " thread(s), %d CPUs%n", baseUrl, clients, duration.toSeconds(), rounds, warmup.toSeconds(), rows,
					clientThreads, Runtime.getRuntime().availableProcessors());
			LoadPhase baseline = new LoadPhase("GET /__emulator/health", driver::health);
			HttpClient edge = http.headers((headers) -> headers.set("Authorization", "Bearer " + token)
				.set("Content-Type", "application/json"));
			LoadPhase select = new LoadPhase("indexed SELECT /edge/database", () -> driver.select(edge, rows));
			driver.drive(baseline, warmup.dividedBy(2), false);
			driver.drive(select, warmup.dividedBy(2), false);
			Duration slice = duration.dividedBy(rounds);
			for (int round = 0; round < rounds; round++) {
				driver.drive(baseline, slice, true);
				driver.drive(select, slice, true);
			}
			LoadResult baselineResult = baseline.result();
			LoadResult selectResult = select.result();
			System.out.println(baselineResult.describe());
			System.out.println(selectResult.describe());
			System.out.printf(Locale.ROOT, "SELECT throughput = %.0f%% of the baseline endpoint's%n",
					100.0 * selectResult.perSecond() / baselineResult.perSecond());
			if (embedded != null) {
				int cores = Runtime.getRuntime().availableProcessors();
				System.out.println(baselineResult.describeCpu(cores));
				System.out.println(selectResult.describeCpu(cores));
			}
		}
		finally {
			connections.disposeLater().block(Duration.ofSeconds(5));
			loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block(Duration.ofSeconds(6));
			if (embedded != null) {
				embedded.close();
			}
		}
	}

	/**
	 * Creates a tenant with an indexed table of {@code rows} rows through the admin and
	 * edge APIs, and answers a long-lived edge token.
	 */
	private static String prepare(HttpClient http, int rows) {
		JsonNode tenant = call(http, HttpMethod.POST, "/__emulator/tenants", null, Map.of());
		String tenantId = tenant.get("tenant_id").asString();
		call(http, HttpMethod.POST, "/__emulator/tenants/" + tenantId + "/resources/database", null, Map.of());
		// A long-lived token, and ephemeral caps out of the way: a long run reads far
		// more than 250,000 rows.
		call(http, HttpMethod.PUT, "/__emulator/settings", null, Map.of("edge_token_ttl_seconds", 3600,
				"d1_rows_read_cap", Long.MAX_VALUE / 2, "d1_rows_written_cap", Long.MAX_VALUE / 2));
		String token = call(http, HttpMethod.POST, "/edge/session?key=" + tenant.get("coh_application_key").asString(),
				null, null)
			.get("token")
			.asString();
		String schema = "CREATE TABLE items (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, price INTEGER NOT NULL);"
				+ " CREATE UNIQUE INDEX items_sku ON items (sku);"
				+ " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
				+ " INSERT INTO items (sku, price) SELECT 'sku-' || i, i * 7 % 1000 FROM n";
		call(http, HttpMethod.POST, "/edge/database", token, Map.of("query", schema, "params", List.of(rows)));
		JsonNode check = call(http, HttpMethod.POST, "/edge/database", token,
				Map.of("query", SELECT, "params", List.of("sku-" + rows)));
		if (check.get("rowCount").asInt() != 1) {
			throw new IllegalStateException("The indexed table was not set up: " + check);
		}
		return token;
	}

	private static JsonNode call(HttpClient http, HttpMethod method, String path, @Nullable String token,
			@Nullable Object body) {
		byte[] bytes = (body != null) ? JSON.writeValueAsBytes(body) : new byte[0];
		return http.headers((headers) -> {
			headers.set("Content-Type", "application/json");
			if (token != null) {
				headers.set("Authorization", "Bearer " + token);
			}
		})
			.request(method)
			.uri(path)
			.send(Mono.just(Unpooled.wrappedBuffer(bytes)))
			.responseSingle(
					(response, content) -> content.asString(StandardCharsets.UTF_8).defaultIfEmpty("").map((text) -> {
						if (response.status().code() >= 300) {
							throw new IllegalStateException(
									method + " " + path + " answered " + response.status() + ": " + text);
						}
						return JSON.readTree(text);
					}))
			.block(Duration.ofSeconds(30));
	}

	private Mono<Boolean> health() {
		return this.http.get()
			.uri("/__emulator/health")
			.responseSingle((response, content) -> content.asByteArray()
				.map((bytes) -> response.status().code() == 200 && bytes.length > 0));
	}

	private Mono<Boolean> select(HttpClient edge, int rows) {
		String sku = "sku-" + (1 + ThreadLocalRandom.current().nextInt(rows));
		byte[] body = JSON.writeValueAsBytes(Map.of("query", SELECT, "params", List.of(sku)));
		return edge.post()
			.uri("/edge/database")
			.send(Mono.just(Unpooled.wrappedBuffer(body)))
			.responseSingle((response, content) -> content.asString(StandardCharsets.UTF_8)
				.map((text) -> response.status().code() == 200 && text.endsWith("\"rowCount\":1}")));
	}

	/**
	 * Runs {@code clients} closed-loop clients (each sends its next request when the
	 * previous answered) for {@code length}, recording into the phase when
	 * {@code measured}. Phases alternate in rounds so that background load on a shared
	 * machine hits both alike.
	 */
	private void drive(LoadPhase phase, Duration length, boolean measured) {
		long start = System.nanoTime();
		long end = start + length.toNanos();
		List<Mono<Void>> loops = new ArrayList<>();
		for (int i = 0; i < this.clients; i++) {
			loops.add(Mono.defer(() -> {
				long sent = System.nanoTime();
				return phase.request().get().onErrorReturn(false).doOnNext((ok) -> {
					long now = System.nanoTime();
					if (measured && now <= end) {
						phase.record(ok, now - sent);
					}
				});
			}).repeat(() -> System.nanoTime() < end).then());
		}
		long serverCpu = this.cpu.cpuNanos(SERVER_THREADS);
		long clientCpu = this.cpu.cpuNanos(CLIENT_THREADS);
		Flux.merge(loops).then().block(length.plusSeconds(30));
		if (measured) {
			phase.measured(length, this.cpu.cpuNanos(SERVER_THREADS) - serverCpu,
					this.cpu.cpuNanos(CLIENT_THREADS) - clientCpu);
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Expected --option value pairs, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

}
