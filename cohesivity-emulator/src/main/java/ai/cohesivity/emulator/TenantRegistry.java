package ai.cohesivity.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * All tenants of the emulator, found by id, management key or application key, and their
 * databases. Saves itself to the data directory (if any) whenever a tenant changes.
 */
final class TenantRegistry implements AutoCloseable {

	static final Duration EPHEMERAL_LIFETIME = Duration.ofHours(72);

	static final String RUNTIME_PROFILE = "v1-1";

	private static final Logger logger = LoggerFactory.getLogger(TenantRegistry.class);

	private final Map<String, Tenant> byId = new ConcurrentHashMap<>();

	private final Map<String, Tenant> byManagementKey = new ConcurrentHashMap<>();

	private final Map<String, Tenant> byApplicationKey = new ConcurrentHashMap<>();

	private final EmulatorClock clock;

	private final CredentialGenerator credentials;

	private final Executor databasePool;

	private final JsonMapper mapper;

	private final @Nullable Path dataDirectory;

	private final EmulatorAccount account;

	private final UsageLedger usage;

	private @Nullable TenantStore store;

	TenantRegistry(EmulatorClock clock, CredentialGenerator credentials, Executor databasePool, JsonMapper mapper,
			@Nullable Path dataDirectory, EmulatorAccount account, UsageLedger usage) {
		this.clock = clock;
		this.credentials = credentials;
		this.databasePool = databasePool;
		this.mapper = mapper;
		this.dataDirectory = dataDirectory;
		this.account = account;
		this.usage = usage;
	}

	/**
	 * Loads tenants saved in the data directory, if there is one, and saves every change
	 * from now on.
	 */
	void attach(TenantStore store) {
		this.store = store;
		for (Tenant tenant : store.load(this.account, this.usage)) {
			register(tenant);
			if (tenant.resource("database") != null) {
				openDatabase(tenant);
			}
		}
		if (!this.byId.isEmpty()) {
			logger.info("Loaded {} tenant(s) from {}", this.byId.size(), this.dataDirectory);
		}
	}

	synchronized Tenant create() {
		Instant now = this.clock.instant();
		String id = this.credentials.tenantId(this.byId::containsKey);
		Tenant tenant = new Tenant(id, this.credentials.managementKey(), this.credentials.applicationKey(),
				RUNTIME_PROFILE, now, now.plus(EPHEMERAL_LIFETIME));
		register(tenant);
		changed();
		logger.info("Created tenant {}", id);
		return tenant;
	}

	private void register(Tenant tenant) {
		this.byId.put(tenant.id(), tenant);
		this.byManagementKey.put(tenant.managementKey(), tenant);
		this.byApplicationKey.put(tenant.applicationKey(), tenant);
	}

	@Nullable Tenant byId(String tenantId) {
		return this.byId.get(tenantId);
	}

	@Nullable Tenant byManagementKey(String key) {
		return this.byManagementKey.get(key);
	}

	@Nullable Tenant byApplicationKey(String key) {
		return this.byApplicationKey.get(key);
	}

	Tenant require(String tenantId) {
		Tenant tenant = this.byId.get(tenantId);
		if (tenant == null) {
			throw new IllegalArgumentException("No tenant with id '" + tenantId + "' in this emulator");
		}
		return tenant;
	}

	Collection<Tenant> all() {
		List<Tenant> tenants = new ArrayList<>(this.byId.values());
		tenants.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
		return tenants;
	}

	/**
	 * Records a provisioned resource; {@code database} also gets its SQLite database.
	 */
	synchronized void provisioned(Tenant tenant, ProvisionedResource resource) {
		tenant.putResource(resource);
		if ("database".equals(resource.name()) && tenant.database() == null) {
			openDatabase(tenant);
		}
		changed();
		logger.info("Provisioned {} for tenant {}", resource.name(), tenant.id());
	}

	/**
	 * Removes a resource; removing {@code database} drops its data, as deprovisioning
	 * does.
	 */
	synchronized void deprovisioned(Tenant tenant, String resource) {
		tenant.removeResource(resource);
		if ("database".equals(resource)) {
			TenantDatabase database = tenant.database();
			tenant.database(null);
			if (database != null) {
				database.drop();
			}
		}
		changed();
		logger.info("Deprovisioned {} for tenant {}", resource, tenant.id());
	}

	/**
	 * Claims a tenant for the emulator's account: lifecycle {@code claimed}, no expiry,
	 * pause lifted.
	 */
	synchronized void claim(Tenant tenant) {
		if (tenant.isClaimed()) {
			return;
		}
		Instant now = this.clock.instant();
		tenant.claim(now);
		this.account.notify(now, "tenant_claimed", "info", "Tenant " + tenant.id() + " was claimed", tenant.id());
		changed();
		logger.info("Claimed tenant {}", tenant.id());
	}

	EmulatorAccount account() {
		return this.account;
	}

	private void openDatabase(Tenant tenant) {
		Path file = (this.dataDirectory != null) ? this.dataDirectory.resolve(tenant.id() + ".db") : null;
		tenant.database(TenantDatabase.open(tenant.id(), file, this.databasePool, this.mapper));
	}

	/**
	 * Persists the registry (when it has a data directory); call after every state
	 * change.
	 */
	void changed() {
		TenantStore store = this.store;
		if (store != null) {
			store.save(all(), this.account, this.usage);
		}
	}

	@Override
	public void close() {
		changed();
		for (Tenant tenant : this.byId.values()) {
			TenantDatabase database = tenant.database();
			if (database != null) {
				database.close();
			}
		}
	}

}
