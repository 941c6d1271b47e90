package ai.cohesivity.emulator;

import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys never reach a log line (at any level, including WebFlux' and Reactor Netty's DEBUG
 * output), an error body or a {@code toString()}.
 */
class SecretsTests {

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final ListAppender<ILoggingEvent> events = new ListAppender<>();

	private Level previousLevel;

	@BeforeEach
	void captureEverything() {
		this.previousLevel = this.root.getLevel();
		this.root.setLevel(Level.TRACE);
		this.events.start();
		this.root.addAppender(this.events);
	}

	@AfterEach
	void restore() {
		this.root.detachAppender(this.events);
		this.root.setLevel(this.previousLevel);
	}

	@Test
	void keysAppearInNoLogLineErrorOrToString() {
		String managementKey;
		String applicationKey;
		try (CohesivityEmulator emulator = CohesivityEmulator.builder().start()) {
			HttpTestClient client = new HttpTestClient(emulator::baseUrl);
			Map<String, String> dotfile = GenesisTests.parse(client.post("/api/genesis").body());
			managementKey = dotfile.get("coh_management_key");
			applicationKey = dotfile.get("coh_application_key");
			client.managementPost("/api/resources/database", managementKey, Map.of("write_region", "eu"));
			String token = client.edgeToken(applicationKey);
			client.sql(token, "CREATE TABLE t (x)");
			client.post("/edge/database?key=" + applicationKey, Map.of("query", "SELECT * FROM missing"));
			List<String> errors = List.of(
					client.post("/edge/session?key=" + applicationKey.replace('a', 'b') + "x").body(),
					client.managementGet("/api/status", managementKey + "x").body(),
					client.post("/api/nothing?key=" + applicationKey).body());
			emulator.admin().expire(dotfile.get("tenant_id"));
			client.post("/edge/database?key=" + applicationKey, Map.of("query", "SELECT 1"));
			client.managementGet("/api/status", managementKey);
			assertThat(errors).noneMatch((body) -> body.contains("coh_man_") || body.contains("coh_app_"));
			EmulatorTenant tenant = emulator.tenant(dotfile.get("tenant_id"));
			assertThat(tenant.toString()).doesNotContain(managementKey).doesNotContain(applicationKey);
		}
		assertThat(this.events.list).isNotEmpty();
		assertThat(this.events.list).extracting(ILoggingEvent::getFormattedMessage)
			.noneMatch((line) -> line.contains(managementKey) || line.contains(applicationKey)
					|| line.contains("coh_man_") || line.contains("coh_app_"));
	}

}
