/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.core.KeyRedactor;

/**
 * {@link CohesivityConnectionDetails} backed by {@link CohesivityProperties}.
 */
public class PropertiesCohesivityConnectionDetails implements CohesivityConnectionDetails {

	private final CohesivityProperties properties;

	/**
	 * Create connection details from properties.
	 * @param properties the properties
	 */
	public PropertiesCohesivityConnectionDetails(CohesivityProperties properties) {
		this.properties = properties;
	}

	@Override
	public String getBaseUrl() {
		return this.properties.getBaseUrl();
	}

	@Override
	public @Nullable String getManagementKey() {
		return this.properties.getManagementKey();
	}

	@Override
	public @Nullable String getApplicationKey() {
		return this.properties.getApplicationKey();
	}

	@Override
	public @Nullable String getTenantId() {
		return this.properties.getTenantId();
	}

	@Override
	public String toString() {
		return "PropertiesCohesivityConnectionDetails[baseUrl=" + getBaseUrl() + ", tenantId=" + getTenantId()
				+ ", managementKey=" + KeyRedactor.mask(getManagementKey()) + ", applicationKey="
				+ KeyRedactor.mask(getApplicationKey()) + "]";
	}

}
