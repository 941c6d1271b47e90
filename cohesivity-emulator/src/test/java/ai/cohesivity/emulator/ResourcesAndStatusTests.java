package ai.cohesivity.emulator;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Management auth, {@code /api/resources} and {@code /api/status} over real HTTP.
 */
class ResourcesAndStatusTests {

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.sharedByTheClass();

	private final HttpTestClient client = emulator.client();

	private EmulatorTenant tenant;

	@BeforeEach
	void newTenant() {
		this.tenant = emulator.createTenant();
	}

	@Test
	void missingOrUnknownManagementKeyIs401() {
		HttpTestClient.Reply missing = this.client.post("/api/resources/database");
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.json().get("error").asString()).isEqualTo("invalid_management_key");
		assertThat(missing.json().get("message").asString()).isNotBlank();
		HttpTestClient.Reply unknown = this.client.managementGet("/api/status", "coh_man_aaaaaaaaaaaaaaaaaaaa");
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.json().get("error").asString()).isEqualTo("invalid_management_key");
		assertThat(unknown.body()).doesNotContain("coh_man_aaaa");
		HttpTestClient.Reply applicationKey = this.client.managementGet("/api/status", this.tenant.applicationKey());
		assertThat(applicationKey.status()).isEqualTo(401);
	}

	@Test
	void provisionsDatabaseInTheDefaultRegionThenReportsAlreadyProvisioned() {
		HttpTestClient.Reply first = this.client.managementPost("/api/resources/database", this.tenant.managementKey(),
				null);
		assertThat(first.status()).isEqualTo(201);
		JsonNode body = first.json();
		assertThat(body.get("success").asBoolean()).isTrue();
		assertThat(body.get("resource").asString()).isEqualTo("database");
		assertThat(body.get("status").asString()).isEqualTo("active");
		assertThat(body.get("created").asBoolean()).isTrue();
		assertThat(body.get("already_provisioned").asBoolean()).isFalse();
		assertThat(body.get("write_region").asString()).isEqualTo("apac");
		assertThat(body.get("edge_url").asString()).isEqualTo(emulator.baseUrl() + "/edge/database");
		HttpTestClient.Reply again = this.client.managementPost("/api/resources/database", this.tenant.managementKey(),
				Map.of("write_region", "weur"));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("created").asBoolean()).isFalse();
		assertThat(again.json().get("already_provisioned").asBoolean()).isTrue();
		assertThat(again.json().get("write_region").asString()).isEqualTo("apac");
	}

	@Test
	void mapsWriteRegionAliases() {
		Map<String, String> aliases = Map.of("us-west", "wnam", "us", "enam", "eu", "weur", "eu-east", "eeur", "apac",
				"apac", "australia", "oc");
		aliases.forEach((alias, region) -> {
			EmulatorTenant fresh = emulator.createTenant();
			HttpTestClient.Reply reply = this.client.managementPost("/api/resources/database", fresh.managementKey(),
					Map.of("write_region", alias));
			assertThat(reply.json().get("write_region").asString()).as(alias).isEqualTo(region);
		});
		HttpTestClient.Reply canonical = this.client.managementPost("/api/resources/database",
				this.tenant.managementKey(), Map.of("write_region", "eeur"));
		assertThat(canonical.json().get("write_region").asString()).isEqualTo("eeur");
	}

	@Test
	void rejectsAnUnknownWriteRegionAndProvisionsNothing() {
		HttpTestClient.Reply reply = this.client.managementPost("/api/resources/database", this.tenant.managementKey(),
				Map.of("write_region", "mars"));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("error").asString()).isEqualTo("invalid_write_region");
		assertThat(reply.json().get("message").asString()).contains("mars").contains("wnam").contains("us-west");
		assertThat(this.client.managementGet("/api/status", this.tenant.managementKey()).json().get("resources"))
			.isEmpty();
	}

	@Test
	void rejectsUnknownOfferingsAndUnexpectedConfiguration() {
		HttpTestClient.Reply unknown = this.client.managementPost("/api/resources/teleporter",
				this.tenant.managementKey(), null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("error").asString()).isEqualTo("unknown_offering");
		HttpTestClient.Reply extra = this.client.managementPost("/api/resources/redis", this.tenant.managementKey(),
				Map.of("size", "xl"));
		assertThat(extra.status()).isEqualTo(400);
		assertThat(extra.json().get("error").asString()).isEqualTo("invalid_config");
		HttpTestClient.Reply vectors = this.client.managementPost("/api/resources/vector-database",
				this.tenant.managementKey(), Map.of("metric", "cosine"));
		assertThat(vectors.status()).isEqualTo(400);
		assertThat(vectors.json().get("message").asString()).contains("dimensions");
		HttpTestClient.Reply numericRegion = this.client.managementPost("/api/resources/database",
				this.tenant.managementKey(), Map.of("write_region", 7));
		assertThat(numericRegion.status()).isEqualTo(400);
		assertThat(numericRegion.json().get("message").asString()).contains("database").contains("write_region");
		HttpTestClient.Reply notJson = this.client.managementPost("/api/resources/database",
				this.tenant.managementKey(), "{not json");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.json().get("error").asString()).isEqualTo("invalid_json");
	}

	@Test
	void bulkProvisioningReportsEachResult() {
		HttpTestClient.Reply reply = this.client.managementPost("/api/resources", this.tenant.managementKey(),
				Map.of("resources", List.of("database", "redis", "vector-database"), "database",
						Map.of("write_region", "eu")));
		assertThat(reply.status()).isEqualTo(200);
		JsonNode body = reply.json();
		assertThat(body.get("success").asBoolean()).isFalse();
		assertThat(body.get("requested_count").asInt()).isEqualTo(3);
		assertThat(body.get("failed_count").asInt()).isEqualTo(1);
		assertThat(body.get("results").get(0).get("write_region").asString()).isEqualTo("weur");
		assertThat(body.get("results").get(1).get("success").asBoolean()).isTrue();
		assertThat(body.get("results").get(2).get("success").asBoolean()).isFalse();
		assertThat(body.get("results").get(2).get("error").asString()).isEqualTo("invalid_config");
	}

	@Test
	void deleteRemovesTheResourceAndItsData() {
		emulator.provision(this.tenant.tenantId(), "database");
		String token = this.client.edgeToken(this.tenant.applicationKey());
		this.client.sql(token, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
		HttpTestClient.Reply deleted = this.client.delete("/api/resources/database", "Authorization",
				"Bearer " + this.tenant.managementKey());
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.json().get("deleted").asBoolean()).isTrue();
		assertThat(this.client.sql(token, "SELECT 1").status()).isEqualTo(403);
		assertThat(
				this.client.delete("/api/resources/database", "Authorization", "Bearer " + this.tenant.managementKey())
					.status())
			.isEqualTo(404);
		emulator.provision(this.tenant.tenantId(), "database");
		HttpTestClient.Reply gone = this.client.sql(token, "SELECT * FROM notes");
		assertThat(gone.status()).isEqualTo(400);
		assertThat(gone.json().get("error").asString()).isEqualTo("no such table: notes");
	}

	@Test
	void cannotDeleteDatabaseWhileRealtimeIsActive() {
		emulator.provision(this.tenant.tenantId(), "realtime");
		HttpTestClient.Reply reply = this.client.delete("/api/resources/database", "Authorization",
				"Bearer " + this.tenant.managementKey());
		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.json().get("error").asString()).isEqualTo("resource_in_use");
	}

	@Test
	void statusShowsAccountResourcesAndUsage() {
		emulator.provision(this.tenant.tenantId(), "database", Map.of("write_region", "us"));
		String token = this.client.edgeToken(this.tenant.applicationKey());
		this.client.sql(token, "CREATE TABLE t (x)");
		this.client.sql(token, "INSERT INTO t VALUES (1), (2), (3)");
		this.client.sql(token, "SELECT * FROM t");
		JsonNode status = this.client.managementGet("/api/status", this.tenant.managementKey()).json();
		JsonNode account = status.get("account");
		assertThat(account.get("tenant_id").asString()).isEqualTo(this.tenant.tenantId());
		assertThat(account.get("status").asString()).isEqualTo("active");
		assertThat(account.get("lifecycle").asString()).isEqualTo("ephemeral");
		assertThat(account.get("tenant_lifecycle").asString()).isEqualTo("ephemeral");
		assertThat(account.get("expires_at").asString()).endsWith("Z");
		assertThat(account.get("paused").asBoolean()).isFalse();
		assertThat(status.get("resources").get(0).get("resource_name").asString()).isEqualTo("database");
		assertThat(status.get("resources").get(0).get("write_region").asString()).isEqualTo("enam");
		JsonNode database = status.get("bucket_usage").get("database");
		assertThat(database.get("rows_written_used_all_time").asLong()).isEqualTo(3);
		assertThat(database.get("rows_read_used_all_time").asLong()).isEqualTo(3);
		assertThat(database.get("rows_written_limit_all_time").asLong()).isEqualTo(50_000);
		assertThat(status.has("notifications")).isTrue();
		assertThat(status.get("runtime_version").asString()).isEqualTo("v1-1");
	}

	@Test
	void expiredTenantIs410OnTheControlPlane() {
		emulator.admin().expire(this.tenant.tenantId());
		HttpTestClient.Reply reply = this.client.managementGet("/api/status", this.tenant.managementKey());
		assertThat(reply.status()).isEqualTo(410);
		assertThat(reply.json().get("error").asString()).isEqualTo("tenant_expired");
	}

	@Test
	void unknownEndpointIsAJson404() {
		HttpTestClient.Reply reply = this.client.get("/api/nothing-here");
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.json().get("error").asString()).isEqualTo("not_found");
	}

}
