/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.emulator;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;

/**
 * {@link CohesivityConnectionDetails} that point every client at an
 * {@link EmbeddedEmulator}.
 */
class EmulatorConnectionDetails implements CohesivityConnectionDetails {

	private final EmbeddedEmulator emulator;

	EmulatorConnectionDetails(EmbeddedEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public String getBaseUrl() {
		return this.emulator.baseUrl();
	}

	@Override
	public @Nullable String getManagementKey() {
		return this.emulator.tenant().managementKey();
	}

	@Override
	public @Nullable String getApplicationKey() {
		return this.emulator.tenant().applicationKey();
	}

	@Override
	public @Nullable String getTenantId() {
		return this.emulator.tenant().tenantId();
	}

	@Override
	public String toString() {
		return "EmulatorConnectionDetails[baseUrl=" + getBaseUrl() + ", tenantId=" + getTenantId() + "]";
	}

}
