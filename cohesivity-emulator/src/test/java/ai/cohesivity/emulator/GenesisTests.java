package ai.cohesivity.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
				"tenant_lifecycle", "runtime_profile", "base_url");
		assertThat(dotfile.get("base_url")).isEqualTo(emulator.baseUrl());
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
					"expires_at", "tenant_lifecycle", "runtime_profile", "base_url");
			assertThat(json.get("base_url").asString()).isEqualTo(emulator.baseUrl());
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

	@Test
	void everyDotfileOfTheEmulatorCarriesItsBaseUrl() {
		EmulatorTenant tenant = emulator.createTenant();
		assertThat(tenant.baseUrl()).isEqualTo(emulator.baseUrl());
		assertThat(parse(tenant.dotfile())).containsEntry("base_url", emulator.baseUrl());
		JsonNode created = this.client.post("/__emulator/tenants").json();
		assertThat(created.get("base_url").asString()).isEqualTo(emulator.baseUrl());
		assertThat(parse(created.get("dotfile").asString())).containsEntry("base_url", emulator.baseUrl());
	}

	@Test
	void claimInstructionsAddLinesThatAreNeitherKeyValueNorComments() {
		assertThat(this.client.post("/api/genesis").body().lines()).allMatch((line) -> line.contains("="));
		emulator.admin().genesisClaimInstructions(true);
		String dotfile = this.client.post("/api/genesis").body();
		List<String> lines = dotfile.lines().toList();
		assertThat(lines.subList(0, 7)).allMatch((line) -> line.matches("[a-z_]+=.*"));
		List<String> instructions = lines.subList(7, lines.size()).stream().filter((line) -> !line.isBlank()).toList();
		assertThat(instructions).hasSize(2).noneMatch((line) -> line.contains("=") || line.startsWith("#"));
		Map<String, String> keys = parse(String.join("\n", lines.subList(0, 7)));
		assertThat(instructions.get(1)).contains(keys.get("coh_management_key"));
		assertThat(this.client.post("/api/genesis?format=json").json().has("claim_instructions")).isFalse();
		// The one-click link is real: approving on its page claims the tenant.
		Matcher link = Pattern.compile(Pattern.quote(emulator.baseUrl()) + "(/c/[A-Za-z0-9_-]+)")
			.matcher(instructions.get(0));
		assertThat(link.find()).isTrue();
		assertThat(this.client.get(link.group(1)).body()).contains("Approve claim");
		assertThat(this.client.post(link.group(1)).status()).isEqualTo(200);
		assertThat(emulator.tenant(keys.get("tenant_id")).lifecycle()).isEqualTo("claimed");
	}

	@Test
	void claimInstructionsAreSwitchedOverHttp() {
		assertThat(this.client.send("PUT", "/__emulator/settings", Map.of("genesis_claim_instructions", true)).status())
			.isEqualTo(200);
		assertThat(this.client.post("/api/genesis").body()).contains("One-click claim");
		emulator.admin().reset();
		assertThat(this.client.post("/api/genesis").body()).doesNotContain("One-click claim");
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
