package ai.cohesivity.emulator;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented shapes of a successful {@code POST /api/resources/{offering}} (Q8: any
 * 2xx is success), switched through the admin API; each one really provisions.
 */
class ProvisioningAnswerTests {

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.sharedByTheClass();

	private final HttpTestClient client = emulator.client();

	@Test
	void answersTheFullBodyByDefault() {
		EmulatorTenant tenant = emulator.createTenant();
		HttpTestClient.Reply reply = provision(tenant);
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("status").asString()).isEqualTo("active");
		assertThat(reply.json().get("created").asBoolean()).isTrue();
	}

	@Test
	void answers204WithoutABody() {
		emulator.admin().provisioningAnswer(ProvisioningAnswer.NO_CONTENT);
		EmulatorTenant tenant = emulator.createTenant();
		HttpTestClient.Reply reply = provision(tenant);
		assertThat(reply.status()).isEqualTo(204);
		assertThat(reply.body()).isEmpty();
		assertDatabaseWorks(tenant);
	}

	@Test
	void answersSuccessAndReady() {
		emulator.admin().provisioningAnswer(ProvisioningAnswer.READY);
		EmulatorTenant tenant = emulator.createTenant();
		HttpTestClient.Reply reply = provision(tenant);
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.body()).isEqualTo("{\"success\":true,\"status\":\"ready\"}");
		assertDatabaseWorks(tenant);
	}

	@Test
	void answersAlreadyProvisionedEvenTheFirstTime() {
		emulator.admin().provisioningAnswer(ProvisioningAnswer.ALREADY_PROVISIONED);
		EmulatorTenant tenant = emulator.createTenant();
		HttpTestClient.Reply reply = provision(tenant);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body()).isEqualTo("{\"already_provisioned\":true}");
		assertDatabaseWorks(tenant);
	}

	@Test
	void switchesOverHttpAndResetRestoresTheFullBody() {
		assertThat(
				this.client.send("PUT", "/__emulator/settings", Map.of("provisioning_answer", "no_content")).status())
			.isEqualTo(200);
		assertThat(provision(emulator.createTenant()).status()).isEqualTo(204);
		assertThat(this.client.send("PUT", "/__emulator/settings", Map.of("provisioning_answer", "sometimes"))
			.json()
			.get("message")
			.asString()).contains("full", "no_content", "ready", "already_provisioned");
		emulator.admin().reset();
		assertThat(provision(emulator.createTenant()).json().get("resource").asString()).isEqualTo("database");
	}

	private HttpTestClient.Reply provision(EmulatorTenant tenant) {
		return this.client.managementPost("/api/resources/database", tenant.managementKey(), null);
	}

	private void assertDatabaseWorks(EmulatorTenant tenant) {
		String token = this.client.edgeToken(tenant.applicationKey());
		assertThat(this.client.sql(token, "SELECT 1 AS one").status()).isEqualTo(200);
		JsonNode resources = this.client.managementGet("/api/status", tenant.managementKey()).json().get("resources");
		assertThat(resources).hasSize(1);
		assertThat(resources.get(0).get("resource_name").asString()).isEqualTo("database");
	}

}
