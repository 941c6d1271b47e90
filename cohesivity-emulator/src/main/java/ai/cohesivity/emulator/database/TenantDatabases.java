package ai.cohesivity.emulator.database;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import ai.cohesivity.emulator.tenants.ProvisionedResource;
import ai.cohesivity.emulator.tenants.ResourceListener;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * Every tenant's SQLite database: opened when {@code database} is provisioned (or
 * restored at start-up), dropped with its data when it is deleted. In memory, or as
 * {@code <tenant-id>.db} in the data directory.
 */
public final class TenantDatabases implements ResourceListener, AutoCloseable {

	private static final String DATABASE = "database";

	private final Map<String, TenantDatabase> databases = new ConcurrentHashMap<>();

	private final @Nullable Path dataDirectory;

	private final Executor pool;

	private final JsonMapper mapper;

	private final SpillDirectory spill = new SpillDirectory();

	/**
	 * Creates the databases' home.
	 * @param dataDirectory where database files live, {@code null} for memory
	 * @param pool the threads that run queries (each database runs one at a time)
	 * @param mapper writes the answers
	 */
	public TenantDatabases(@Nullable Path dataDirectory, Executor pool, JsonMapper mapper) {
		this.dataDirectory = dataDirectory;
		this.pool = pool;
		this.mapper = mapper;
	}

	@Override
	public void provisioned(Tenant tenant, ProvisionedResource resource) {
		if (DATABASE.equals(resource.name())) {
			this.databases.computeIfAbsent(tenant.id(), (id) -> {
				Path file = (this.dataDirectory != null) ? this.dataDirectory.resolve(id + ".db") : null;
				return TenantDatabase.open(id, file, this.pool, this.mapper, this.spill);
			});
		}
	}

	@Override
	public void deprovisioned(Tenant tenant, String resource) {
		if (DATABASE.equals(resource)) {
			TenantDatabase database = this.databases.remove(tenant.id());
			if (database != null) {
				database.drop();
			}
		}
	}

	@Nullable TenantDatabase of(Tenant tenant) {
		return this.databases.get(tenant.id());
	}

	Collection<TenantDatabase> all() {
		return new ArrayList<>(this.databases.values());
	}

	/**
	 * Closes every database (their files stay) and deletes answers not sent.
	 */
	@Override
	public void close() {
		for (TenantDatabase database : this.databases.values()) {
			database.close();
		}
		this.spill.close();
	}

}
