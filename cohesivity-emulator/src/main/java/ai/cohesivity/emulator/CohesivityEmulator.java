package ai.cohesivity.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

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

	private final EmulatorServices services;

	private final EmulatorAdmin admin;

	private final ResourcesHandler resources;

	private final ExecutorService databasePool;

	private final Scheduler timer;

	private final Scheduler blockingWork;

	private final QueryWatchdog watchdog;

	private final LoopResources loops;

	private final DisposableServer server;

	private final String baseUrl;

	private final AtomicBoolean closed = new AtomicBoolean();

	private CohesivityEmulator(Builder builder) {
		JsonMapper mapper = JsonMapper.builder().build();
		EmulatorClock clock = new EmulatorClock(builder.clock);
		EmulatorSettings settings = new EmulatorSettings(builder.wireProfile);
		CredentialGenerator credentials = new CredentialGenerator();
		EmulatorAccount account = new EmulatorAccount();
		this.databasePool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
				daemonThreads("cohesivity-emulator-sqlite-"));
		UsageLedger usage = new UsageLedger();
		TenantRegistry registry = new TenantRegistry(clock, credentials, this.databasePool, mapper,
				builder.dataDirectory, account, usage);
		if (builder.dataDirectory != null) {
			try {
				createDirectories(builder.dataDirectory);
				registry.attach(new TenantStore(builder.dataDirectory, mapper));
			}
			catch (RuntimeException ex) {
				this.databasePool.shutdownNow();
				throw ex;
			}
		}
		EdgeTokens tokens = new EdgeTokens(credentials, clock);
		FaultPlan faults = new FaultPlan();
		RequestCounter requests = new RequestCounter();
		String[] boundUrl = new String[1];
		this.services = new EmulatorServices(registry, tokens, settings, faults, clock, account, usage, credentials,
				new WaitTickets(credentials), new JsonResponses(mapper), new RequestBodies(mapper),
				new ManagementAuthentication(registry, clock),
				new EdgeAuthentication(registry, tokens, settings, clock, () -> boundUrl[0] + "/api/billing/topup"),
				new GenesisRateLimiter(settings, clock), new MachineIds(credentials), requests, () -> boundUrl[0]);
		UsageMeter meter = new UsageMeter(this.services);
		this.admin = new EmulatorAdmin(this.services, meter::reset);
		this.blockingWork = Schedulers.newBoundedElastic(2, 1000, "cohesivity-emulator-blocking", 60, true);
		this.resources = new ResourcesHandler(this.services, this.blockingWork);
		this.timer = Schedulers.newSingle("cohesivity-emulator-timer", true);
		this.watchdog = new QueryWatchdog(registry, settings, this.timer);
		HttpHandler routes = QueryHidingWebHandlerAdapter.of(
				EmulatorRoutes.create(this.services, this.admin, meter, this.resources),
				EmulatorHandlerStrategies.create());
		HttpHandler handler = new FaultInjectingHttpHandler(routes, faults, requests, this.timer);
		int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
		this.loops = LoopResources.create("cohesivity-emulator", 1, workers, true);
		try {
			this.server = HttpServer.create()
				.host("127.0.0.1")
				.port(builder.port)
				.runOn(this.loops)
				.handle(new ReactorHttpHandlerAdapter(handler))
				.bindNow(Duration.ofSeconds(10));
		}
		catch (RuntimeException ex) {
			releaseResources();
			throw new IllegalStateException("Could not start the Cohesivity emulator on port " + builder.port, ex);
		}
		this.baseUrl = "http://127.0.0.1:" + this.server.port();
		boundUrl[0] = this.baseUrl;
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
		return toPublic(this.services.registry().create());
	}

	/**
	 * The current state of a tenant.
	 * @param tenantId the tenant id
	 * @return the tenant and its credentials
	 */
	public EmulatorTenant tenant(String tenantId) {
		return toPublic(this.services.registry().require(tenantId));
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
		provisionWith(tenantId, offering, this.services.responses().mapper().valueToTree(config));
	}

	private void provisionWith(String tenantId, String offering, JsonNode config) {
		OfferingCatalog.requireKnown(offering);
		try {
			this.resources.provision(this.services.registry().require(tenantId), offering, config);
		}
		catch (ApiError ex) {
			throw new IllegalArgumentException(String.valueOf(ex.body().get("message")), ex);
		}
	}

	/**
	 * The test controls of this emulator.
	 * @return the admin API
	 */
	public EmulatorAdmin admin() {
		return this.admin;
	}

	/**
	 * How many requests the emulator received for a method and path (query string
	 * excluded) since it started or was last {@link EmulatorAdmin#reset() reset}.
	 * @param method the HTTP method, e.g. {@code POST}
	 * @param path the path, e.g. {@code /edge/session}
	 * @return the number of requests
	 */
	public long requestCount(String method, String path) {
		return this.services.requests().count(method, path);
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
		this.watchdog.close();
		this.loops.disposeLater(Duration.ZERO, Duration.ofSeconds(5)).block(Duration.ofSeconds(6));
		this.timer.dispose();
		this.blockingWork.dispose();
		this.services.registry().close();
		this.databasePool.shutdown();
		try {
			this.databasePool.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static EmulatorTenant toPublic(Tenant tenant) {
		return new EmulatorTenant(tenant.id(), tenant.managementKey(), tenant.applicationKey(), tenant.expiresAt(),
				tenant.lifecycle(), tenant.runtimeProfile());
	}

	private static void createDirectories(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the emulator data directory " + directory, ex);
		}
	}

	private static ThreadFactory daemonThreads(String prefix) {
		AtomicInteger counter = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * Configures and starts a {@link CohesivityEmulator}.
	 */
	public static final class Builder {

		private int port;

		private @Nullable Path dataDirectory;

		private WireProfile wireProfile = WireProfile.MINIMAL;

		private Clock clock = Clock.systemUTC();

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
