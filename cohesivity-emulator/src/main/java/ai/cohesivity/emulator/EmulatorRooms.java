package ai.cohesivity.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import ai.cohesivity.emulator.accounts.BillingHandler;
import ai.cohesivity.emulator.accounts.EmulatorAccount;
import ai.cohesivity.emulator.accounts.StatusHandler;
import ai.cohesivity.emulator.accounts.UsageLedger;
import ai.cohesivity.emulator.accounts.UsageLimits;
import ai.cohesivity.emulator.accounts.UsageMeter;
import ai.cohesivity.emulator.accounts.UsageRollups;
import ai.cohesivity.emulator.agents.AgentSettings;
import ai.cohesivity.emulator.agents.AgentsHandler;
import ai.cohesivity.emulator.agents.ChatCompletionsHandler;
import ai.cohesivity.emulator.claims.ClaimHandler;
import ai.cohesivity.emulator.claims.Claims;
import ai.cohesivity.emulator.claims.WaitHandler;
import ai.cohesivity.emulator.claims.WaitSettings;
import ai.cohesivity.emulator.claims.WaitTickets;
import ai.cohesivity.emulator.database.DatabaseSettings;
import ai.cohesivity.emulator.database.EdgeDatabaseHandler;
import ai.cohesivity.emulator.database.QueryWatchdog;
import ai.cohesivity.emulator.database.TenantDatabases;
import ai.cohesivity.emulator.edge.EdgeAuthentication;
import ai.cohesivity.emulator.edge.EdgeSessionHandler;
import ai.cohesivity.emulator.edge.EdgeSettings;
import ai.cohesivity.emulator.edge.EdgeTokens;
import ai.cohesivity.emulator.faults.FaultPlan;
import ai.cohesivity.emulator.faults.RequestCounter;
import ai.cohesivity.emulator.http.ErrorAnswers;
import ai.cohesivity.emulator.http.JsonResponses;
import ai.cohesivity.emulator.http.RequestBodies;
import ai.cohesivity.emulator.http.WireVariants;
import ai.cohesivity.emulator.observability.ObservabilityHandler;
import ai.cohesivity.emulator.observability.ObservabilitySources;
import ai.cohesivity.emulator.routes.EmulatorRoutes;
import ai.cohesivity.emulator.store.TenantStore;
import ai.cohesivity.emulator.support.BaseUrl;
import ai.cohesivity.emulator.support.CredentialGenerator;
import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.tenants.GenesisHandler;
import ai.cohesivity.emulator.tenants.GenesisRateLimiter;
import ai.cohesivity.emulator.tenants.ManagementAuthentication;
import ai.cohesivity.emulator.tenants.Provisioning;
import ai.cohesivity.emulator.tenants.ResourcesHandler;
import ai.cohesivity.emulator.tenants.TenantRegistry;
import ai.cohesivity.emulator.tenants.TenantSettings;

/**
 * Builds the emulator's rooms from a {@link CohesivityEmulator.Builder} and wires each
 * handler to exactly the collaborators it uses; owns the threads and files they need
 * until {@link #close()}.
 */
final class EmulatorRooms implements AutoCloseable {

	final BaseUrl baseUrl = new BaseUrl();

	final TenantRegistry registry;

	final Provisioning provisioning;

	final RequestCounter requests = new RequestCounter();

	final EmulatorAdmin admin;

	final HttpHandler httpHandler;

	private final ExecutorService databasePool;

	private final TenantDatabases databases;

	private final @Nullable TenantStore store;

	private final EmulatorAccount account = new EmulatorAccount();

	private final UsageLedger usage = new UsageLedger();

	private final Scheduler timer;

	private final Scheduler blockingWork;

	private final QueryWatchdog watchdog;

	EmulatorRooms(CohesivityEmulator.Builder options) {
		JsonMapper mapper = JsonMapper.builder().build();
		EmulatorClock clock = new EmulatorClock(options.clock);
		CredentialGenerator credentials = new CredentialGenerator();
		JsonResponses responses = new JsonResponses(mapper);
		RequestBodies bodies = new RequestBodies(mapper);
		WireVariants wireVariants = new WireVariants();
		Path dataDirectory = options.dataDirectory;
		this.store = (dataDirectory != null) ? new TenantStore(createDirectories(dataDirectory), mapper) : null;
		this.databasePool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
				daemonThreads("cohesivity-emulator-sqlite-"));
		this.databases = new TenantDatabases(dataDirectory, this.databasePool, mapper);
		this.registry = new TenantRegistry(clock, credentials, this::saveState, this.databases);
		if (this.store != null) {
			try {
				this.registry.restore(this.store.load(this.account, this.usage));
			}
			catch (RuntimeException ex) {
				this.databases.close();
				this.databasePool.shutdownNow();
				throw ex;
			}
		}
		this.timer = Schedulers.newSingle("cohesivity-emulator-timer", true);
		this.blockingWork = Schedulers.newBoundedElastic(2, 1000, "cohesivity-emulator-blocking", 60, true);

		// Tenants and keys
		TenantSettings tenantSettings = new TenantSettings();
		GenesisRateLimiter genesisLimiter = new GenesisRateLimiter(tenantSettings, clock);
		ManagementAuthentication management = new ManagementAuthentication(this.registry, clock);
		this.provisioning = new Provisioning(this.registry, clock, this.baseUrl);
		// Accounts and billing
		UsageLimits usageLimits = new UsageLimits();
		UsageRollups rollups = new UsageRollups(this.usage, this.registry);
		UsageMeter meter = new UsageMeter(clock, this.usage, this.account, usageLimits, rollups, this.registry,
				this::saveState);
		// The edge
		EdgeSettings edgeSettings = new EdgeSettings();
		EdgeTokens tokens = new EdgeTokens(credentials, clock);
		EdgeAuthentication edge = new EdgeAuthentication(this.registry, tokens, edgeSettings, clock,
				this.account::pausesOffering, this.baseUrl);
		// The database
		DatabaseSettings databaseSettings = new DatabaseSettings(options.wireProfile == WireProfile.FULL,
				options.wireProfile == WireProfile.FULL);
		this.watchdog = new QueryWatchdog(this.databases, databaseSettings, this.timer);
		// Claims, agents
		WaitSettings waitSettings = new WaitSettings();
		WaitTickets waitTickets = new WaitTickets(credentials, waitSettings, this.baseUrl);
		Claims claims = new Claims(this.registry, this.account, waitTickets, clock, this::saveState, this.baseUrl);
		AgentSettings agentSettings = new AgentSettings();
		// Faults and admin
		FaultPlan faults = new FaultPlan();
		this.admin = new EmulatorAdmin(this.registry, claims, clock, tenantSettings, genesisLimiter, edgeSettings, edge,
				databaseSettings, usageLimits, meter, agentSettings, waitSettings, wireVariants, faults, this.requests);

		List<RouterFunction<ServerResponse>> routes = List.of(
				new EdgeDatabaseHandler(edge, this.databases, databaseSettings, meter, bodies).routes(),
				new EdgeSessionHandler(edge, tokens, edgeSettings, responses).routes(),
				new GenesisHandler(this.registry, genesisLimiter, credentials, tenantSettings, claims::approvalUrl,
						this.baseUrl, mapper)
					.routes(),
				new ResourcesHandler(management, this.registry, this.provisioning, tenantSettings, responses, bodies,
						this.blockingWork)
					.routes(),
				new StatusHandler(management, clock, this.account, rollups, usageLimits, this.baseUrl, responses)
					.routes(),
				new ClaimHandler(management, this.registry, claims, waitTickets, this.baseUrl, responses).routes(),
				new WaitHandler(this.registry, claims, waitTickets, waitSettings, this.account, responses).routes(),
				new ObservabilityHandler(management,
						new ObservabilitySources(this.registry, this.account, this.usage, rollups, usageLimits, clock,
								credentials, this.baseUrl),
						mapper)
					.routes(),
				new BillingHandler(management, clock, this.account, rollups, meter, this::saveState, this.baseUrl,
						responses, bodies)
					.routes(),
				new AgentsHandler(management, this.account, rollups, waitTickets, clock, credentials, this::saveState,
						this.baseUrl, responses, bodies)
					.routes(),
				new ChatCompletionsHandler(edge, this.account, this.usage, agentSettings, clock, mapper, bodies)
					.routes(),
				new AdminHttpApi(this.admin, this.registry, this.provisioning, usageLimits, this.requests, this.baseUrl,
						responses, bodies)
					.routes());
		this.httpHandler = EmulatorRoutes.httpHandler(routes, new ErrorAnswers(mapper, wireVariants), wireVariants,
				faults, this.requests, this.timer);
	}

	/**
	 * Saves tenants, the account and the usage totals when there is a data directory.
	 */
	private void saveState() {
		TenantStore store = this.store;
		if (store != null) {
			store.save(this.registry.all(), this.account, this.usage);
		}
	}

	/**
	 * Saves the state, stops the threads and closes the databases (their files stay).
	 */
	@Override
	public void close() {
		this.watchdog.close();
		this.timer.dispose();
		this.blockingWork.dispose();
		saveState();
		this.databases.close();
		this.databasePool.shutdown();
		try {
			this.databasePool.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Path createDirectories(Path directory) {
		try {
			return Files.createDirectories(directory);
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

}
