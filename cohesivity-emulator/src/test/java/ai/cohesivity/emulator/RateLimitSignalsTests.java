package ai.cohesivity.emulator;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A per-minute {@code 429} of the data plane is retryable when it carries
 * {@code window_kind: utc_minute} or {@code Retry-After} (§16): the emulator can send
 * either one alone, on the edge rate limit and on injected 429s (the token mint
 * included).
 */
class RateLimitSignalsTests {

	@RegisterExtension
	static final EmulatorFixture emulator = EmulatorFixture.sharedByTheClass();

	private final HttpTestClient client = emulator.client();

	private EmulatorTenant tenant;

	private String token;

	@BeforeEach
	void rateLimitedTenant() {
		this.tenant = emulator.createTenantWithDatabase();
		this.token = this.client.edgeToken(this.tenant.applicationKey());
		// The two calls of each test must fall into one UTC minute.
		emulator.moveClockToTheStartOfAMinute();
		emulator.admin().edgeRateLimit(1);
		assertThat(this.client.sql(this.token, "SELECT 1").status()).isEqualTo(200);
	}

	@Test
	void byDefaultBothSignalsAreSent() {
		HttpTestClient.Reply limited = this.client.sql(this.token, "SELECT 1");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
		assertThat(limited.json().get("window_kind").asString()).isEqualTo("utc_minute");
	}

	@Test
	void retryAfterWithoutWindowKind() {
		emulator.admin().rateLimitSignals(true, false);
		HttpTestClient.Reply limited = this.client.sql(this.token, "SELECT 1");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
		assertThat(limited.json().has("window_kind")).isFalse();
		assertThat(limited.json().get("error").get("message").asString())
			.isEqualTo("[Cohesivity] Rate limit exceeded for database");
	}

	@Test
	void windowKindWithoutRetryAfter() {
		emulator.admin().rateLimitSignals(false, true);
		HttpTestClient.Reply limited = this.client.sql(this.token, "SELECT 1");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Retry-After")).isNull();
		assertThat(limited.json().get("window_kind").asString()).isEqualTo("utc_minute");
	}

	@Test
	void theVariantsApplyToInjected429sOnTheTokenMintToo() {
		emulator.admin().edgeRateLimit(0);
		emulator.admin().failRequests("/edge/session", 429, 1);
		emulator.admin().rateLimitSignals(true, false);
		HttpTestClient.Reply retryAfterOnly = mint();
		assertThat(retryAfterOnly.status()).isEqualTo(429);
		assertThat(retryAfterOnly.header("Retry-After")).isEqualTo("1");
		assertThat(retryAfterOnly.json().has("window_kind")).isFalse();
		emulator.admin().rateLimitSignals(false, true);
		HttpTestClient.Reply windowKindOnly = mint();
		assertThat(windowKindOnly.header("Retry-After")).isNull();
		assertThat(windowKindOnly.json().get("window_kind").asString()).isEqualTo("utc_minute");
	}

	@Test
	void theLifetimeLimitKeepsItsWindowKind() {
		emulator.admin().rateLimitSignals(true, false);
		emulator.admin().edgeRateLimit(0);
		emulator.admin().edgePlanLimit(1);
		HttpTestClient.Reply limited = this.client.sql(this.token, "SELECT 1");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.json().get("window_kind").asString()).isEqualTo("all_time");
	}

	@Test
	void switchedOverHttp() {
		assertThat(this.client
			.send("PUT", "/__emulator/settings",
					Map.of("rate_limit_retry_after", false, "rate_limit_window_kind", true))
			.status()).isEqualTo(200);
		HttpTestClient.Reply limited = this.client.sql(this.token, "SELECT 1");
		assertThat(limited.header("Retry-After")).isNull();
		assertThat(limited.json().get("window_kind").asString()).isEqualTo("utc_minute");
	}

	private HttpTestClient.Reply mint() {
		return this.client.post("/edge/session?key=" + this.tenant.applicationKey());
	}

}
