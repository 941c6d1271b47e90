/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.database;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.cohesivity.database.InTransactionPolicy;
import ai.cohesivity.management.ResourcesClient;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Configuration properties for the Cohesivity edge database
 * ({@code cohesivity.database.*}).
 */
@ConfigurationProperties("cohesivity.database")
public class CohesivityDatabaseProperties implements InitializingBean {

	/**
	 * Whether to auto-configure the edge database template and reactive client.
	 */
	private boolean enabled = true;

	/**
	 * Whether to provision the "database" offering at start-up (POST
	 * /api/resources/database, idempotent on the server). Needs the management key.
	 */
	private boolean provisionOnStartup;

	/**
	 * D1 write region used when provisioning at start-up: wnam, enam, weur, eeur, apac,
	 * oc, or an alias (us-west, us, eu, eu-east, australia). Cohesivity's default (apac)
	 * when not set.
	 */
	private @Nullable String writeRegion;

	/**
	 * What the template does when it is asked to write inside an active Spring-managed
	 * transaction (@Transactional), which the edge database cannot join: "warn" (log once
	 * per application), "fail" (refuse before sending) or "ignore".
	 */
	private InTransactionPolicy inTransaction = InTransactionPolicy.WARN;

	private final Init init = new Init();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isProvisionOnStartup() {
		return this.provisionOnStartup;
	}

	public void setProvisionOnStartup(boolean provisionOnStartup) {
		this.provisionOnStartup = provisionOnStartup;
	}

	public @Nullable String getWriteRegion() {
		return this.writeRegion;
	}

	public void setWriteRegion(@Nullable String writeRegion) {
		this.writeRegion = writeRegion;
	}

	public InTransactionPolicy getInTransaction() {
		return this.inTransaction;
	}

	public void setInTransaction(InTransactionPolicy inTransaction) {
		this.inTransaction = inTransaction;
	}

	/**
	 * Refuses a write region that is neither a D1 region nor an alias, at start-up, also
	 * when provisioning is off (it would otherwise be accepted until the day provisioning
	 * runs).
	 * @throws InvalidConfigurationPropertyValueException naming the regions and aliases
	 */
	@Override
	public void afterPropertiesSet() {
		String region = this.writeRegion;
		if (region == null || region.isBlank()) {
			return;
		}
		try {
			ResourcesClient.validate("database", Map.of("write_region", region));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException("cohesivity.database.write-region", region,
					ex.getMessage());
		}
	}

	public Init getInit() {
		return this.init;
	}

	/**
	 * Schema and data scripts run at start-up, like {@code spring.sql.init}.
	 */
	public static class Init {

		/**
		 * When to run the scripts: "local" (only against a loopback base URL, that is the
		 * local emulator), "always" (also against the real Cohesivity), or "never".
		 */
		private InitMode mode = InitMode.LOCAL;

		/**
		 * Locations of the schema scripts, run first (default
		 * "optional:classpath:cohesivity/schema.sql"). Prefix a location with "optional:"
		 * to skip it when missing; patterns such as "classpath*:db/*.sql" run in
		 * file-name order.
		 */
		private List<String> schemaLocations = new ArrayList<>(List.of("optional:classpath:cohesivity/schema.sql"));

		/**
		 * Locations of the data scripts, run after the schema scripts (default
		 * "optional:classpath:cohesivity/data.sql").
		 */
		private List<String> dataLocations = new ArrayList<>(List.of("optional:classpath:cohesivity/data.sql"));

		/**
		 * Whether a failing statement is logged and skipped instead of stopping the
		 * start-up.
		 */
		private boolean continueOnError;

		/**
		 * Encoding of the scripts.
		 */
		private Charset encoding = StandardCharsets.UTF_8;

		public InitMode getMode() {
			return this.mode;
		}

		public void setMode(InitMode mode) {
			this.mode = mode;
		}

		public List<String> getSchemaLocations() {
			return this.schemaLocations;
		}

		public void setSchemaLocations(List<String> schemaLocations) {
			this.schemaLocations = schemaLocations;
		}

		public List<String> getDataLocations() {
			return this.dataLocations;
		}

		public void setDataLocations(List<String> dataLocations) {
			this.dataLocations = dataLocations;
		}

		public boolean isContinueOnError() {
			return this.continueOnError;
		}

		public void setContinueOnError(boolean continueOnError) {
			this.continueOnError = continueOnError;
		}

		public Charset getEncoding() {
			return this.encoding;
		}

		public void setEncoding(Charset encoding) {
			this.encoding = encoding;
		}

	}

	/**
	 * When the schema and data scripts run.
	 */
	public enum InitMode {

		/**
		 * Only when the base URL is a loopback address (the local emulator), the way
		 * {@code spring.sql.init.mode=embedded} only touches embedded databases.
		 */
		LOCAL,

		/**
		 * Always, also against the real Cohesivity.
		 */
		ALWAYS,

		/**
		 * Never.
		 */
		NEVER

	}

}
