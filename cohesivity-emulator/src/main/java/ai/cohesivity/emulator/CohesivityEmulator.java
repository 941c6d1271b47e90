package ai.cohesivity.emulator;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * A local Cohesivity: the control plane ({@code /api}), the data plane ({@code /edge})
 * with a real SQLite database per tenant, real edge-token expiry, the documented error
 * envelopes, and an admin API for tests. Binds to 127.0.0.1 only.
 *
 * <pre class="code">
 * try (CohesivityEmulator emulator = CohesivityEmulator.builder().start()) {
 *     EmulatorTenant tenant = emulator.createTenant();
 *     emulator.provision(tenant.tenantId(), "database");
 *     // point the client at emulator.baseUrl()
 * }
 * </pre>
 */
public final class CohesivityEmulator implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(CohesivityEmulator.class);

	private static final JsonMapper CONFIG_MAPPER = JsonMapper.builder().build();

	private final EmulatorRooms rooms;

	private final LoopResources loops;

	private final DisposableServer server;

	private final String baseUrl;

	private final AtomicBoolean closed = new AtomicBoolean();

	private CohesivityEmulator(Builder builder) {
		this.rooms = new EmulatorRooms(builder);
		int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
		this.loops = LoopResources.create("cohesivity-emulator", 1, workers, true);
		try {
			this.server = HttpServer.create()
				.host("127.0.0.1")
				.port(builder.port)
				.runOn(this.loops)
				.handle(new ReactorHttpHandlerAdapter(this.rooms.httpHandler))
				.bindNow(Duration.ofSeconds(10));
		}
		catch (RuntimeException ex) {
			releaseResources();
			throw new IllegalStateException("Could not start the Cohesivity emulator on port " + builder.port, ex);
		}
		this.baseUrl = "http://127.0.0.1:" + this.server.port();
		this.rooms.baseUrl.bound(this.baseUrl);
		logger.info("Cohesivity emulator listening on {} (wire profile {}, data {})", this.baseUrl, builder.wireProfile,
				(builder.dataDirectory != null) ? builder.dataDirectory : "in memory");
	}

	/**
	 * A builder for an emulator on a random free port, in memory, with the minimal wire
	 * profile.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The base URL to point clients at, e.g. {@code http://127.0.0.1:54321}.
	 * @return the base URL, without a trailing slash
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * The port the emulator listens on.
	 * @return the bound port
	 */
	public int port() {
		return this.server.port();
	}

	/**
	 * Creates an ephemeral tenant as genesis would, without genesis' rate limit.
	 * @return the new tenant and its credentials
	 */
	public EmulatorTenant createTenant() {
		return toPublic(this.rooms.registry.create());
	}

	/**
	 * The current state of a tenant.
	 * @param tenantId the tenant id
	 * @return the tenant and its credentials
	 */
	public EmulatorTenant tenant(String tenantId) {
		return toPublic(this.rooms.registry.require(tenantId));
	}

	/**
	 * Provisions an offering with its default configuration (idempotent).
	 * @param tenantId the tenant id
	 * @param offering the offering, e.g. {@code database}
	 */
	public void provision(String tenantId, String offering) {
		provisionWith(tenantId, offering, MissingNode.getInstance());
	}

	/**
	 * Provisions an offering with a configuration, validated as
	 * {@code POST /api/resources} does.
	 * @param tenantId the tenant id
	 * @param offering the offering, e.g. {@code database}
	 * @param config the configuration, e.g. {@code Map.of("write_region", "eu")}
	 */
	public void provision(String tenantId, String offering, Map<String, ?> config) {
		provisionWith(tenantId, offering, CONFIG_MAPPER.valueToTree(config));
	}

	private void provisionWith(String tenantId, String offering, JsonNode config) {
		try {
			this.rooms.provisioning.provision(this.rooms.registry.require(tenantId), offering, config);
		}
		catch (ApiError ex) {
			throw new IllegalArgumentException(ex.message(), ex);
		}
	}

	/**
	 * The test controls of this emulator.
	 * @return the admin API
	 */
	public EmulatorAdmin admin() {
		return this.rooms.admin;
	}

	/**
	 * How many requests the emulator received for a method and path (query string
	 * excluded) since it started or was last {@link EmulatorAdmin#reset() reset}.
	 * @param method the HTTP method, e.g. {@code POST}
	 * @param path the path, e.g. {@code /edge/session}
	 * @return the number of requests
	 */
	public long requestCount(String method, String path) {
		return this.rooms.requests.count(method, path);
	}

	/**
	 * Stops the server and frees its port, threads and database files (data in a data
	 * directory stays on disk). Closing twice does nothing.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.server.disposeNow(Duration.ofSeconds(5));
		releaseResources();
		logger.info("Cohesivity emulator on {} stopped", this.baseUrl);
	}

	private void releaseResources() {
		this.loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block(Duration.ofSeconds(6));
		this.rooms.close();
	}

	private EmulatorTenant toPublic(Tenant tenant) {
		return new EmulatorTenant(tenant.id(), tenant.managementKey(), tenant.applicationKey(), tenant.expiresAt(),
				tenant.lifecycle(), tenant.runtimeProfile(), this.baseUrl);
	}

	/**
	 * Configures and starts a {@link CohesivityEmulator}.
	 */
	public static final class Builder {

		int port;

		@Nullable Path dataDirectory;

		WireProfile wireProfile = WireProfile.MINIMAL;

		Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * The port to listen on; 0 (the default) picks a free one.
		 * @param port the port
		 * @return this builder
		 */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("Not a port: " + port);
			}
			this.port = port;
			return this;
		}

		/**
		 * Keeps tenants and their SQLite files in this directory, so that they survive a
		 * restart.
		 * @param dataDirectory the directory (created if missing)
		 * @return this builder
		 */
		public Builder dataDirectory(Path dataDirectory) {
			this.dataDirectory = dataDirectory;
			return this;
		}

		/**
		 * The wire profile to start with (default {@link WireProfile#MINIMAL}).
		 * @param wireProfile the profile
		 * @return this builder
		 */
		public Builder wireProfile(WireProfile wireProfile) {
			this.wireProfile = wireProfile;
			return this;
		}

		/**
		 * The base clock (default the UTC system clock); the admin API can move it
		 * forward.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Starts the emulator.
		 * @return the running emulator
		 */
		public CohesivityEmulator start() {
			return new CohesivityEmulator(this);
		}

	}

}
