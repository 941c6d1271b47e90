package ai.cohesivity.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/genesis} over real HTTP.
 */
class GenesisTests {

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.sharedByTheClass();

	private final HttpTestClient client = emulator.client();

	@Test
	void answersTheDotfileAsTextByDefault() {
		HttpTestClient.Reply reply = this.client.post("/api/genesis");
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.header("Content-Type")).startsWith("text/plain");
		assertThat(reply.body()).doesNotContain("\r").endsWith("\n");
		Map<String, String> dotfile = parse(reply.body());
		assertThat(dotfile).containsOnlyKeys("tenant_id", "coh_management_key", "coh_application_key", "expires_at",
				"tenant_lifecycle", "runtime_profile");
		assertThat(dotfile.get("tenant_id")).matches("^[a-z0-9]+(?:-[a-z0-9]+)+$");
		assertThat(dotfile.get("tenant_id").split("-")).hasSize(3);
		assertThat(dotfile.get("coh_management_key")).matches("^coh_man_[a-z0-9]{20}$");
		assertThat(dotfile.get("coh_application_key")).matches("^coh_app_[a-z0-9]{20}$");
		assertThat(dotfile.get("expires_at")).matches("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$");
		assertThat(Duration.between(Instant.now(), Instant.parse(dotfile.get("expires_at"))))
			.isBetween(Duration.ofHours(71), Duration.ofHours(72));
		assertThat(dotfile.get("tenant_lifecycle")).isEqualTo("ephemeral");
		assertThat(dotfile.get("runtime_profile")).matches("^v1-[0-9]+$");
	}

	@Test
	void answersJsonOnAcceptHeaderOrFormatParameter() {
		HttpTestClient.Reply byHeader = this.client.send("POST", "/api/genesis", null, "Accept", "application/json");
		HttpTestClient.Reply byQuery = this.client.post("/api/genesis?format=json");
		for (HttpTestClient.Reply reply : new HttpTestClient.Reply[] { byHeader, byQuery }) {
			assertThat(reply.status()).isEqualTo(201);
			assertThat(reply.header("Content-Type")).startsWith("application/json");
			JsonNode json = reply.json();
			assertThat(json.propertyNames()).containsExactly("tenant_id", "coh_management_key", "coh_application_key",
					"expires_at", "tenant_lifecycle", "runtime_profile");
			assertThat(json.get("coh_management_key").asString()).matches("^coh_man_[a-z0-9]{20}$");
		}
		assertThat(byHeader.json().get("tenant_id")).isNotEqualTo(byQuery.json().get("tenant_id"));
	}

	@Test
	void genesisKeysWorkOnTheControlAndDataPlane() {
		Map<String, String> dotfile = parse(this.client.post("/api/genesis").body());
		HttpTestClient.Reply provisioned = this.client.managementPost("/api/resources/database",
				dotfile.get("coh_management_key"), null);
		assertThat(provisioned.status()).isEqualTo(201);
		String token = this.client.edgeToken(dotfile.get("coh_application_key"));
		assertThat(this.client.sql(token, "SELECT 1 AS one").json().get("rows").get(0).get("one").asInt()).isEqualTo(1);
	}

	@Test
	void refusesCurlUserAgent() {
		HttpTestClient.Reply reply = this.client.send("POST", "/api/genesis", null, "User-Agent", "curl/8.5.0");
		assertThat(reply.status()).isEqualTo(403);
		assertThat(reply.json().get("error").asString()).isEqualTo("bannedUserAgent");
	}

	@Test
	void refusesMissingUserAgent() throws IOException {
		try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
			OutputStream out = socket.getOutputStream();
			String request = "POST /api/genesis HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n"
					+ "Connection: close\r\n\r\n";
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 403").contains("\"error\":\"bannedUserAgent\"");
		}
	}

	@Test
	void limitsTenRequestsPerMinutePerClientIpThenAnswers429WithRetryAfter() {
		for (int i = 0; i < 10; i++) {
			assertThat(this.client.post("/api/genesis").status()).isEqualTo(201);
		}
		HttpTestClient.Reply limited = this.client.post("/api/genesis");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Retry-After")).isEqualTo("60");
		assertThat(limited.body()).doesNotContain("coh_management_key");
		emulator.admin().advanceClock(Duration.ofSeconds(61));
		assertThat(this.client.post("/api/genesis").status()).isEqualTo(201);
	}

	@Test
	void genesisLimitIsSettableAndResetClearsTheWindow() {
		emulator.admin().genesisRateLimit(2);
		assertThat(this.client.post("/api/genesis").status()).isEqualTo(201);
		assertThat(this.client.post("/api/genesis").status()).isEqualTo(201);
		assertThat(this.client.post("/api/genesis").status()).isEqualTo(429);
		emulator.admin().reset();
		assertThat(this.client.post("/api/genesis").status()).isEqualTo(201);
	}

	@Test
	void echoesAMachineIdOnlyWhenItMintedOne() {
		HttpTestClient.Reply first = this.client.post("/api/genesis");
		String machineId = first.header("X-Cohesivity-Machine-Id");
		assertThat(machineId).matches("^mach_[a-z0-9]+\\.[A-Za-z0-9_-]+$");
		HttpTestClient.Reply known = this.client.send("POST", "/api/genesis", null, "X-Cohesivity-Machine-Id",
				machineId);
		assertThat(known.header("X-Cohesivity-Machine-Id")).isNull();
		HttpTestClient.Reply forged = this.client.send("POST", "/api/genesis", null, "X-Cohesivity-Machine-Id",
				"mach_abc.forged");
		assertThat(forged.header("X-Cohesivity-Machine-Id")).isNotNull().isNotEqualTo("mach_abc.forged");
	}

	static Map<String, String> parse(String dotfile) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : dotfile.split("\n")) {
			int eq = line.indexOf('=');
			values.putIfAbsent(line.substring(0, eq), line.substring(eq + 1));
		}
		return values;
	}

}
