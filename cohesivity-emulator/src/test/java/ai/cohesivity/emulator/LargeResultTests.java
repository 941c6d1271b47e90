package ai.cohesivity.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result of tens of megabytes (D1 answers up to its limits) streams out of an emulator
 * whose heap is smaller than the answer: the emulator holds at most a megabyte of it in
 * memory and streams the rest from disk, plain or gzipped. The emulator runs in its own
 * JVM, started as {@code java -jar} would start it, with {@code -Xmx64m}.
 */
class LargeResultTests {

	private static final int ROWS = 100_000;

	/** About 420 bytes of JSON per row: some 42 MB in all. */
	private static final String QUERY = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
			+ ROWS + ") SELECT i, hex(zeroblob(200)) AS pad FROM n";

	private Process emulator;

	private HttpTestClient client;

	@BeforeEach
	void startAnEmulatorWithASmallHeap(@TempDir Path logs) throws IOException {
		Path log = logs.resolve("emulator.log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		this.emulator = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
				EmulatorMain.class.getName(), "--port", "0")
			.redirectError(log.toFile())
			.start();
		BufferedReader out = new BufferedReader(
				new InputStreamReader(this.emulator.getInputStream(), StandardCharsets.UTF_8));
		String line = out.readLine();
		assertThat(line).as("the emulator's first line (log: %s)", log).isNotNull();
		Matcher url = Pattern.compile("running at (http://127\\.0\\.0\\.1:\\d+)").matcher(line);
		assertThat(url.find()).as(line).isTrue();
		String baseUrl = url.group(1);
		this.client = new HttpTestClient(() -> baseUrl);
	}

	@AfterEach
	void stop() throws InterruptedException {
		this.emulator.destroy();
		if (!this.emulator.waitFor(10, TimeUnit.SECONDS)) {
			this.emulator.destroyForcibly();
		}
	}

	@Test
	void aResultLargerThanTheHeapStreamsPlainAndGzipped() throws IOException {
		JsonNode tenant = this.client.post("/__emulator/tenants").json();
		String id = tenant.get("tenant_id").asString();
		assertThat(this.client.post("/__emulator/tenants/" + id + "/resources/database").status()).isEqualTo(200);
		String token = this.client.edgeToken(tenant.get("coh_application_key").asString());
		Map<String, Object> body = Map.of("query", QUERY, "params", List.of());

		HttpResponse<InputStream> plain = this.client.sendForStream("POST", "/edge/database", body, "Authorization",
				"Bearer " + token);
		assertThat(plain.statusCode()).isEqualTo(200);
		long length = Long.parseLong(plain.headers().firstValue("Content-Length").orElseThrow());
		assertThat(length).isGreaterThan(40_000_000L);
		try (InputStream in = plain.body()) {
			assertThat(countRows(in)).isEqualTo(ROWS);
		}

		HttpResponse<InputStream> gzipped = this.client.sendForStream("POST", "/edge/database", body, "Authorization",
				"Bearer " + token, "Accept-Encoding", "gzip");
		assertThat(gzipped.statusCode()).isEqualTo(200);
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (InputStream in = new GZIPInputStream(gzipped.body())) {
			assertThat(countRows(in)).isEqualTo(ROWS);
		}
		assertThat(this.emulator.isAlive()).isTrue();
	}

	/**
	 * Reads {@code {"rows":[…],"rowCount":n}} as a stream, checks that {@code rowCount}
	 * matches the rows, and answers how many there were.
	 */
	private static long countRows(InputStream in) {
		long rows = 0;
		long rowCount = -1;
		try (JsonParser parser = HttpTestClient.JSON.createParser(in)) {
			assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("rows".equals(name) && value == JsonToken.START_ARRAY) {
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						parser.skipChildren();
						rows++;
					}
				}
				else if ("rowCount".equals(name)) {
					rowCount = parser.getLongValue();
				}
				else {
					parser.skipChildren();
				}
			}
		}
		assertThat(rowCount).isEqualTo(rows);
		return rows;
	}

}
