/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.database;

import ai.cohesivity.core.CohesivityNotProvisionedException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed because the tenant's edge database is not provisioned
 * (schema scripts or a runner used it): the two ways to provision it, instead of a stack
 * trace.
 */
class EdgeDatabaseNotProvisionedFailureAnalyzer extends AbstractFailureAnalyzer<CohesivityNotProvisionedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CohesivityNotProvisionedException cause) {
		String description = "The Cohesivity tenant has no provisioned service for this call: " + cause.getMessage()
				+ ".";
		String action = "Provision the edge database once: set cohesivity.database.provision-on-startup=true "
				+ "(idempotent, needs the management key), or send POST /api/resources/database with the "
				+ "management key as Bearer (for a local emulator also its admin API: "
				+ "POST /__emulator/tenants/<tenant id>/resources/database).";
		return new FailureAnalysis(description, action, cause);
	}

}
