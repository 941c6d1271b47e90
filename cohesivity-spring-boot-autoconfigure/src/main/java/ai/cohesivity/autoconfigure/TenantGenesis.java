/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.InitializingBean;

import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityCredentials;
import ai.cohesivity.core.CredentialsFile;
import ai.cohesivity.management.GenesisBootstrap;
import ai.cohesivity.management.GenesisClient;

/**
 * Creates an ephemeral tenant at start-up ({@code cohesivity.genesis.enabled=true}) when
 * no key is configured as a property or in the credentials file, and writes the file. The
 * network call and the file lock happen when this bean initializes, not in a
 * {@code @Bean} method: the connection details bean depends on this one and reads the
 * created credentials from it.
 */
final class TenantGenesis implements InitializingBean {

	private final CohesivityProperties properties;

	private final CohesivityClientConfigurer configurer;

	private @Nullable CohesivityCredentials credentials;

	TenantGenesis(CohesivityProperties properties, CohesivityClientConfigurer configurer) {
		this.properties = properties;
		this.configurer = configurer;
	}

	@Override
	public void afterPropertiesSet() {
		PropertiesCohesivityConnectionDetails configured = new PropertiesCohesivityConnectionDetails(this.properties);
		if (configured.hasAnyKey()) {
			return;
		}
		GenesisClient client = new GenesisClient(this.configurer.anonymousTransport(configured.getBaseUrl()),
				JsonMapper.shared());
		this.credentials = new GenesisBootstrap(client, this.properties.getGenesis().getLockTimeout())
			.ensureCredentials(new CredentialsFile(this.properties.getCredentialsFile()));
	}

	/**
	 * Return the credentials of the tenant this bean created (or found created by a
	 * process that held the lock first).
	 * @return the credentials, or {@code null} when keys were configured already
	 */
	@Nullable CohesivityCredentials credentials() {
		return this.credentials;
	}

	@Override
	public String toString() {
		return "TenantGenesis[" + ((this.credentials != null) ? "tenant " + this.credentials.tenantId() : "not needed")
				+ "]";
	}

}
