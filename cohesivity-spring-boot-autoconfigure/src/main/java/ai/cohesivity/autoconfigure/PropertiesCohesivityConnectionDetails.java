/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityCredentials;
import ai.cohesivity.core.CredentialsFile;
import ai.cohesivity.core.KeyRedactor;

/**
 * {@link CohesivityConnectionDetails} from {@link CohesivityProperties} (which includes
 * the environment, for example {@code COHESIVITY_APPLICATION_KEY}) with the
 * {@code .cohesivity} file as fallback: each value set as a property wins over the
 * file's.
 */
final class PropertiesCohesivityConnectionDetails implements CohesivityConnectionDetails {

	private final CohesivityProperties properties;

	private final CohesivityCredentials file;

	/**
	 * Create connection details from properties and the credentials file they point to.
	 * @param properties the properties
	 * @throws ai.cohesivity.core.CredentialsFileException if the credentials file exists
	 * but cannot be used
	 */
	PropertiesCohesivityConnectionDetails(CohesivityProperties properties) {
		this(properties, new CredentialsFile(properties.getCredentialsFile()).read());
	}

	/**
	 * Create connection details from properties and already read file credentials.
	 * @param properties the properties
	 * @param file the credentials read from the file
	 */
	PropertiesCohesivityConnectionDetails(CohesivityProperties properties, CohesivityCredentials file) {
		this.properties = properties;
		this.file = file;
	}

	/**
	 * Returns {@code cohesivity.base-url} when set, else the {@code base_url} of the
	 * credentials file (a local emulator writes one), else {@code https://cohesivity.ai}.
	 * @return the base URL
	 */
	@Override
	public String getBaseUrl() {
		String fromFile = firstNonBlank(this.properties.getBaseUrl(), this.file.baseUrl());
		return (fromFile != null) ? fromFile : CohesivityConnection.DEFAULT_BASE_URL;
	}

	@Override
	public @Nullable String getManagementKey() {
		return firstNonBlank(this.properties.getManagementKey(), this.file.managementKey());
	}

	@Override
	public @Nullable String getApplicationKey() {
		return firstNonBlank(this.properties.getApplicationKey(), this.file.applicationKey());
	}

	@Override
	public @Nullable String getTenantId() {
		return firstNonBlank(this.properties.getTenantId(), this.file.tenantId());
	}

	@Override
	public @Nullable Instant getExpiresAt() {
		return sameTenantAsFile() ? this.file.expiresAt() : null;
	}

	@Override
	public @Nullable String getTenantLifecycle() {
		return sameTenantAsFile() ? this.file.tenantLifecycle() : null;
	}

	/**
	 * Return whether any key is configured, as a property or in the file.
	 * @return whether a management or application key is available
	 */
	boolean hasAnyKey() {
		return getManagementKey() != null || getApplicationKey() != null;
	}

	private boolean sameTenantAsFile() {
		String tenant = this.properties.getTenantId();
		return tenant == null || tenant.equals(this.file.tenantId());
	}

	private static @Nullable String firstNonBlank(@Nullable String preferred, @Nullable String fallback) {
		if (preferred != null && !preferred.isBlank()) {
			return preferred.strip();
		}
		return (fallback != null && !fallback.isBlank()) ? fallback : null;
	}

	@Override
	public String toString() {
		return "PropertiesCohesivityConnectionDetails[baseUrl=" + getBaseUrl() + ", tenantId=" + getTenantId()
				+ ", managementKey=" + KeyRedactor.mask(getManagementKey()) + ", applicationKey="
				+ KeyRedactor.mask(getApplicationKey()) + "]";
	}

}
