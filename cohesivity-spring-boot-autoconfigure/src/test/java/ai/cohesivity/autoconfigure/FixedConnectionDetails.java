/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

/**
 * {@link CohesivityConnectionDetails} an application could define as a bean, from fixed
 * values.
 *
 * @param getBaseUrl the base URL
 * @param getManagementKey the management key
 * @param getApplicationKey the application key
 * @param getTenantId the tenant id
 */
record FixedConnectionDetails(String getBaseUrl, String getManagementKey, String getApplicationKey,
		String getTenantId) implements CohesivityConnectionDetails {

	@Override
	public String toString() {
		return "FixedConnectionDetails[baseUrl=" + this.getBaseUrl + ", tenantId=" + this.getTenantId + "]";
	}

}
