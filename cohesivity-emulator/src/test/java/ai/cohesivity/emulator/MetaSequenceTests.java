package ai.cohesivity.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D1's {@code meta} is not promised (Q1): the emulator can send it on some answers and
 * leave it out of others, by a repeating pattern, whatever the wire profile.
 */
class MetaSequenceTests {

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.sharedByTheClass();

	private final HttpTestClient client = emulator.client();

	private String token;

	@BeforeEach
	void newTenant() {
		this.token = this.client.edgeToken(emulator.createTenantWithDatabase().applicationKey());
		assertThat(this.client.sql(this.token, "CREATE TABLE t (n INTEGER)").status()).isEqualTo(200);
	}

	@Test
	void metaPresentThenAbsentInTurn() {
		emulator.admin().metaSequence(true, false);
		assertThat(metaOfTheNextAnswers(4)).containsExactly(true, false, true, false);
		JsonNode update = this.client.sql(this.token, "INSERT INTO t VALUES (1)").json();
		assertThat(update.get("meta").get("changes").asInt()).isEqualTo(1);
		assertThat(this.client.sql(this.token, "INSERT INTO t VALUES (2)").json().has("meta")).isFalse();
	}

	@Test
	void aPatternOverridesTheFullProfileAndAnEmptyOneRestoresIt() {
		emulator.admin().wireProfile(WireProfile.FULL);
		emulator.admin().metaSequence(false, false, true);
		assertThat(metaOfTheNextAnswers(6)).containsExactly(false, false, true, false, false, true);
		emulator.admin().metaSequence();
		assertThat(metaOfTheNextAnswers(2)).containsExactly(true, true);
	}

	@Test
	void failedQueriesDoNotTakeATurn() {
		emulator.admin().metaSequence(true, false);
		assertThat(this.client.sql(this.token, "SELECT * FROM nowhere").status()).isEqualTo(400);
		assertThat(metaOfTheNextAnswers(2)).containsExactly(true, false);
	}

	@Test
	void switchedOverHttpAndClearedByReset() {
		assertThat(
				this.client.send("PUT", "/__emulator/settings", Map.of("meta_sequence", List.of(true, false))).status())
			.isEqualTo(200);
		assertThat(metaOfTheNextAnswers(2)).containsExactly(true, false);
		emulator.admin().reset();
		assertThat(metaOfTheNextAnswers(2)).containsExactly(false, false);
		assertThat(this.client.send("PUT", "/__emulator/settings", Map.of("meta_sequence", "yes")).status())
			.isEqualTo(400);
	}

	private List<Boolean> metaOfTheNextAnswers(int count) {
		List<Boolean> present = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			HttpTestClient.Reply reply = this.client.sql(this.token, "SELECT count(*) AS n FROM t");
			assertThat(reply.status()).isEqualTo(200);
			present.add(reply.json().has("meta"));
		}
		return present;
	}

}
