package ai.cohesivity.emulator.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import ai.cohesivity.emulator.accounts.EmulatorAccount;
import ai.cohesivity.emulator.accounts.UsageLedger;
import ai.cohesivity.emulator.tenants.ProvisionedResource;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * Saves tenants (credentials, lifecycle, pause state, resources, usage counters), the
 * account and the daily usage totals to {@code tenants.json} in the data directory, so
 * that they survive a restart. The file holds keys: it is written owner-readable only
 * where the file system allows.
 */
public final class TenantStore {

	/** The file's name in the data directory. */
	public static final String FILE_NAME = "tenants.json";

	private final Path file;

	private final JsonMapper mapper;

	/**
	 * Creates the store.
	 * @param dataDirectory the data directory
	 * @param mapper reads and writes the file
	 */
	public TenantStore(Path dataDirectory, JsonMapper mapper) {
		this.file = dataDirectory.resolve(FILE_NAME);
		this.mapper = mapper;
	}

	/**
	 * Loads the saved state: restores the account and the usage totals and answers the
	 * tenants.
	 * @param account the account to restore
	 * @param usage the usage ledger to restore
	 * @return the saved tenants (none when there is no file yet)
	 * @throws IllegalStateException when the file cannot be read (it is left untouched)
	 */
	@SuppressWarnings("unchecked")
	public List<Tenant> load(EmulatorAccount account, UsageLedger usage) {
		if (!Files.isRegularFile(this.file)) {
			return List.of();
		}
		try {
			Map<String, Object> document = this.mapper.readValue(this.file.toFile(),
					new TypeReference<Map<String, Object>>() {
					});
			usage.restoreDailyTotals((List<Map<String, Object>>) document.getOrDefault("usage_daily", List.of()));
			Object savedAccount = document.get("account");
			if (savedAccount instanceof Map<?, ?> values) {
				account.restore((Map<String, Object>) values);
			}
			List<Tenant> tenants = new ArrayList<>();
			for (Object item : (List<Object>) document.getOrDefault("tenants", List.of())) {
				tenants.add(tenantOf((Map<String, Object>) item));
			}
			return tenants;
		}
		catch (JacksonException | ClassCastException | NullPointerException | DateTimeParseException ex) {
			// Refuse to start rather than overwrite a file we could not read.
			throw new IllegalStateException("Could not read the emulator's saved tenants from " + this.file
					+ " (left untouched): " + ex.getMessage(), ex);
		}
	}

	/**
	 * Saves the state (atomically, owner-readable only).
	 * @param tenants the tenants
	 * @param account the account
	 * @param usage the usage ledger
	 */
	public synchronized void save(Collection<Tenant> tenants, EmulatorAccount account, UsageLedger usage) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("version", 1);
		document.put("tenants", tenants.stream().map(TenantStore::mapOf).toList());
		document.put("account", account.toMap());
		document.put("usage_daily", usage.dailyTotals());
		try {
			Path temporary = this.file.resolveSibling(FILE_NAME + ".tmp");
			Files.write(temporary, this.mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
			restrictToOwner(temporary);
			try {
				Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not save the emulator's tenants to " + this.file, ex);
		}
	}

	private static void restrictToOwner(Path path) {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// Not a POSIX file system: nothing more we can do.
		}
	}

	private static Map<String, Object> mapOf(Tenant tenant) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("tenant_id", tenant.id());
		map.put("coh_management_key", tenant.managementKey());
		map.put("coh_application_key", tenant.applicationKey());
		map.put("runtime_profile", tenant.runtimeProfile());
		map.put("created_at", tenant.createdAt().toString());
		map.put("expires_at", text(tenant.expiresAt()));
		map.put("tenant_lifecycle", tenant.lifecycle());
		map.put("claimed_at", text(tenant.claimedAt()));
		map.put("paused_at", text(tenant.pausedAt()));
		map.put("pause_reason", tenant.pauseReasonKind());
		map.put("expired_by_admin", tenant.isExpiredByAdmin());
		map.put("rows_read", tenant.rowsRead().get());
		map.put("rows_written", tenant.rowsWritten().get());
		map.put("edge_requests", tenant.edgeRequests().get());
		List<Map<String, Object>> resources = new ArrayList<>();
		for (ProvisionedResource resource : tenant.resources()) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("name", resource.name());
			item.put("config", resource.config());
			item.put("provisioned_at", resource.provisionedAt().toString());
			resources.add(item);
		}
		map.put("resources", resources);
		return map;
	}

	@SuppressWarnings("unchecked")
	private static Tenant tenantOf(Map<String, Object> map) {
		Tenant tenant = new Tenant((String) map.get("tenant_id"), (String) map.get("coh_management_key"),
				(String) map.get("coh_application_key"), (String) map.get("runtime_profile"),
				Instant.parse((String) map.get("created_at")), instant(map.get("expires_at")));
		tenant.restoreState((String) map.get("tenant_lifecycle"), instant(map.get("claimed_at")),
				instant(map.get("paused_at")), (String) map.getOrDefault("pause_reason", "all_time_cap"),
				Boolean.TRUE.equals(map.get("expired_by_admin")), number(map.get("rows_read")),
				number(map.get("rows_written")), number(map.get("edge_requests")));
		for (Object item : (List<Object>) map.getOrDefault("resources", List.of())) {
			Map<String, Object> resource = (Map<String, Object>) item;
			tenant.putResource(new ProvisionedResource((String) resource.get("name"),
					(Map<String, Object>) resource.getOrDefault("config", Map.of()),
					Instant.parse((String) resource.get("provisioned_at"))));
		}
		return tenant;
	}

	private static @Nullable String text(@Nullable Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

	private static @Nullable Instant instant(@Nullable Object value) {
		return (value != null) ? Instant.parse(value.toString()) : null;
	}

	private static long number(@Nullable Object value) {
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
