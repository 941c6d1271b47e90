package ai.cohesivity.emulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gzip as Cloudflare sends it: JSON answers compressed when the request carries
 * {@code Accept-Encoding: gzip}; switchable to always (to test a client's tolerance of
 * gzip it did not ask for) or never.
 */
class GzipTests {

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.sharedByTheClass();

	private final HttpTestClient client = emulator.client();

	private String token;

	@BeforeEach
	void newTenant() {
		this.token = this.client.edgeToken(emulator.createTenantWithDatabase().applicationKey());
	}

	@Test
	void gzipsJsonWhenTheRequestAsks() {
		HttpTestClient.BinaryReply reply = query("gzip, deflate");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(reply.header("Vary")).contains("Accept-Encoding");
		assertThat(reply.header("Content-Length")).isNull();
		JsonNode answer = HttpTestClient.JSON.readTree(reply.gunzipped());
		assertThat(answer.get("rows")).hasSize(500);
		assertThat(answer.get("rowCount").asInt()).isEqualTo(500);
	}

	@Test
	void sendsPlainJsonWhenNotAskedOrRefused() {
		for (String acceptEncoding : new String[] { null, "identity", "gzip;q=0", "br" }) {
			HttpTestClient.BinaryReply reply = query(acceptEncoding);
			assertThat(reply.header("Content-Encoding")).as(acceptEncoding).isNull();
			assertThat(HttpTestClient.JSON.readTree(reply.body()).get("rowCount").asInt()).isEqualTo(500);
		}
	}

	@Test
	void alwaysGzipsJsonWhenToldToEvenErrors() {
		emulator.admin().compression(Compression.ALWAYS);
		HttpTestClient.BinaryReply reply = query(null);
		assertThat(reply.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(HttpTestClient.JSON.readTree(reply.gunzipped()).get("rowCount").asInt()).isEqualTo(500);
		HttpTestClient.BinaryReply error = this.client.sendForBytes("POST", "/edge/session?key=coh_app_nope", null);
		assertThat(error.status()).isEqualTo(401);
		assertThat(error.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(error.gunzipped()).contains("Invalid application key");
	}

	@Test
	void neverGzipsWhenOff() {
		emulator.admin().compression(Compression.OFF);
		HttpTestClient.BinaryReply reply = query("gzip");
		assertThat(reply.header("Content-Encoding")).isNull();
		assertThat(HttpTestClient.JSON.readTree(reply.body()).get("rowCount").asInt()).isEqualTo(500);
	}

	@Test
	void onlyJsonIsGzipped() {
		emulator.admin().compression(Compression.ALWAYS);
		HttpTestClient.BinaryReply dotfile = this.client.sendForBytes("POST", "/api/genesis", null);
		assertThat(dotfile.header("Content-Type")).startsWith("text/plain");
		assertThat(dotfile.header("Content-Encoding")).isNull();
		assertThat(new String(dotfile.body())).startsWith("tenant_id=");
	}

	@Test
	void switchedOverHttp() {
		assertThat(this.client.send("PUT", "/__emulator/settings", Map.of("compression", "always")).status())
			.isEqualTo(200);
		assertThat(query(null).header("Content-Encoding")).isEqualTo("gzip");
		assertThat(this.client.send("PUT", "/__emulator/settings", Map.of("compression", "brotli")).status())
			.isEqualTo(400);
	}

	private HttpTestClient.BinaryReply query(String acceptEncoding) {
		Map<String, Object> body = Map.of("query",
				"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)"
						+ " SELECT i, 'row number ' || i AS label FROM n",
				"params", List.of());
		if (acceptEncoding == null) {
			return this.client.sendForBytes("POST", "/edge/database", body, "Authorization", "Bearer " + this.token);
		}
		return this.client.sendForBytes("POST", "/edge/database", body, "Authorization", "Bearer " + this.token,
				"Accept-Encoding", acceptEncoding);
	}

}
