package ai.cohesivity.emulator.tenants;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.cohesivity.emulator.support.CredentialGenerator;
import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.support.StateChanges;

/**
 * All tenants of the emulator, found by id, management key or application key, and the
 * changes of their lifecycle and resources. Every change is reported to
 * {@link StateChanges} (which saves it when the emulator has a data directory) and
 * resource changes to the {@link ResourceListener}.
 */
public final class TenantRegistry {

	/** How long an ephemeral tenant lives unclaimed. */
	public static final Duration EPHEMERAL_LIFETIME = Duration.ofHours(72);

	static final String RUNTIME_PROFILE = "v1-1";

	private static final Logger logger = LoggerFactory.getLogger(TenantRegistry.class);

	private final Map<String, Tenant> byId = new ConcurrentHashMap<>();

	private final Map<String, Tenant> byManagementKey = new ConcurrentHashMap<>();

	private final Map<String, Tenant> byApplicationKey = new ConcurrentHashMap<>();

	private final EmulatorClock clock;

	private final CredentialGenerator credentials;

	private final StateChanges changes;

	private final ResourceListener resources;

	/**
	 * Creates an empty registry.
	 * @param clock the emulator clock
	 * @param credentials makes ids and keys
	 * @param changes told after every change
	 * @param resources told when a tenant gains or loses a resource
	 */
	public TenantRegistry(EmulatorClock clock, CredentialGenerator credentials, StateChanges changes,
			ResourceListener resources) {
		this.clock = clock;
		this.credentials = credentials;
		this.changes = changes;
		this.resources = resources;
	}

	/**
	 * Takes back the tenants saved in the data directory, with their resources.
	 * @param tenants the saved tenants
	 */
	public void restore(Collection<Tenant> tenants) {
		for (Tenant tenant : tenants) {
			register(tenant);
			for (ProvisionedResource resource : tenant.resources()) {
				this.resources.provisioned(tenant, resource);
			}
		}
	}

	/**
	 * Creates an ephemeral tenant, as genesis does.
	 * @return the new tenant
	 */
	public synchronized Tenant create() {
		Instant now = this.clock.instant();
		String id = this.credentials.tenantId(this.byId::containsKey);
		Tenant tenant = new Tenant(id, this.credentials.managementKey(), this.credentials.applicationKey(),
				RUNTIME_PROFILE, now, now.plus(EPHEMERAL_LIFETIME));
		register(tenant);
		this.changes.changed();
		logger.info("Created tenant {}", id);
		return tenant;
	}

	private void register(Tenant tenant) {
		this.byId.put(tenant.id(), tenant);
		this.byManagementKey.put(tenant.managementKey(), tenant);
		this.byApplicationKey.put(tenant.applicationKey(), tenant);
	}

	/**
	 * A tenant by id.
	 * @param tenantId the id
	 * @return the tenant, or {@code null}
	 */
	public @Nullable Tenant byId(String tenantId) {
		return this.byId.get(tenantId);
	}

	/**
	 * A tenant by management key.
	 * @param key the key
	 * @return the tenant, or {@code null}
	 */
	public @Nullable Tenant byManagementKey(String key) {
		return this.byManagementKey.get(key);
	}

	/**
	 * A tenant by application key.
	 * @param key the key
	 * @return the tenant, or {@code null}
	 */
	public @Nullable Tenant byApplicationKey(String key) {
		return this.byApplicationKey.get(key);
	}

	/**
	 * A tenant that must exist.
	 * @param tenantId the id
	 * @return the tenant
	 * @throws IllegalArgumentException when there is no such tenant
	 */
	public Tenant require(String tenantId) {
		Tenant tenant = this.byId.get(tenantId);
		if (tenant == null) {
			throw new IllegalArgumentException("No tenant with id '" + tenantId + "' in this emulator");
		}
		return tenant;
	}

	/**
	 * Every tenant, oldest first.
	 * @return the tenants
	 */
	public List<Tenant> all() {
		List<Tenant> tenants = new ArrayList<>(this.byId.values());
		tenants.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
		return tenants;
	}

	/**
	 * Records a provisioned resource.
	 * @param tenant the tenant
	 * @param resource the resource
	 */
	public synchronized void provisioned(Tenant tenant, ProvisionedResource resource) {
		tenant.putResource(resource);
		this.resources.provisioned(tenant, resource);
		this.changes.changed();
		logger.info("Provisioned {} for tenant {}", resource.name(), tenant.id());
	}

	/**
	 * Removes a resource; removing {@code database} drops its data, as deprovisioning
	 * does.
	 * @param tenant the tenant
	 * @param resource the offering
	 */
	public synchronized void deprovisioned(Tenant tenant, String resource) {
		tenant.removeResource(resource);
		this.resources.deprovisioned(tenant, resource);
		this.changes.changed();
		logger.info("Deprovisioned {} for tenant {}", resource, tenant.id());
	}

	/**
	 * Claims a tenant: lifecycle {@code claimed}, no expiry, pause lifted.
	 * @param tenant the tenant
	 */
	public synchronized void claim(Tenant tenant) {
		tenant.claim(this.clock.instant());
		this.changes.changed();
		logger.info("Claimed tenant {}", tenant.id());
	}

	/**
	 * Pauses a tenant, as a breached ephemeral cap does.
	 * @param tenant the tenant
	 * @param reasonKind the {@code pause_reason.kind}
	 */
	public void pause(Tenant tenant, String reasonKind) {
		tenant.pause(this.clock.instant(), reasonKind);
		this.changes.changed();
	}

	/**
	 * Expires a tenant now.
	 * @param tenant the tenant
	 */
	public void expire(Tenant tenant) {
		tenant.expire();
		this.changes.changed();
	}

	/**
	 * Lifts a pause or an expiry (an expired ephemeral tenant gets a fresh window).
	 * @param tenant the tenant
	 */
	public void resume(Tenant tenant) {
		tenant.resume(this.clock.instant());
		this.changes.changed();
	}

}
