package ai.cohesivity.emulator;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A running emulator for a test class and an HTTP client pointed at it. Register it as a
 * static field with {@code @RegisterExtension}: {@link #sharedByTheClass()} starts one
 * emulator for the class and {@link EmulatorAdmin#reset() resets} it before each test;
 * {@link #freshForEachTest()} starts a new one for each test, for tests whose claimed
 * tenants must not meet (every claimed tenant joins the emulator's one account).
 */
final class EmulatorFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	private final boolean shared;

	private final HttpTestClient client = new HttpTestClient(this::baseUrl);

	private @Nullable CohesivityEmulator emulator;

	private EmulatorFixture(boolean shared) {
		this.shared = shared;
	}

	static EmulatorFixture sharedByTheClass() {
		return new EmulatorFixture(true);
	}

	static EmulatorFixture freshForEachTest() {
		return new EmulatorFixture(false);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (this.shared) {
			this.emulator = CohesivityEmulator.builder().start();
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		if (this.shared) {
			admin().reset();
		}
		else {
			this.emulator = CohesivityEmulator.builder().start();
		}
	}

	@Override
	public void afterEach(ExtensionContext context) {
		if (!this.shared) {
			stop();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		stop();
	}

	private void stop() {
		if (this.emulator != null) {
			this.emulator.close();
			this.emulator = null;
		}
	}

	private CohesivityEmulator emulator() {
		if (this.emulator == null) {
			throw new IllegalStateException("The emulator runs only while a test of the class runs");
		}
		return this.emulator;
	}

	/**
	 * A client for the running emulator (the same client across restarts).
	 */
	HttpTestClient client() {
		return this.client;
	}

	EmulatorAdmin admin() {
		return emulator().admin();
	}

	String baseUrl() {
		return emulator().baseUrl();
	}

	int port() {
		return emulator().port();
	}

	EmulatorTenant createTenant() {
		return emulator().createTenant();
	}

	/**
	 * A new ephemeral tenant with {@code database} provisioned.
	 */
	EmulatorTenant createTenantWithDatabase() {
		EmulatorTenant tenant = createTenant();
		provision(tenant.tenantId(), "database");
		return tenant;
	}

	EmulatorTenant tenant(String tenantId) {
		return emulator().tenant(tenantId);
	}

	void provision(String tenantId, String offering) {
		emulator().provision(tenantId, offering);
	}

	void provision(String tenantId, String offering, Map<String, ?> config) {
		emulator().provision(tenantId, offering, config);
	}

	long requestCount(String method, String path) {
		return emulator().requestCount(method, path);
	}

	/**
	 * Moves the emulator clock to the start of the next UTC minute, so that the requests
	 * that follow share one per-minute rate-limit window however slowly the machine runs
	 * them.
	 */
	void moveClockToTheStartOfAMinute() {
		Instant now = admin().now();
		admin().advanceClock(Duration.between(now, now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES)));
	}

}
