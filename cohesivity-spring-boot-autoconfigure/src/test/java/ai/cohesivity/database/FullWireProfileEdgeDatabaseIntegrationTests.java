/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import ai.cohesivity.emulator.WireProfile;

/**
 * The edge database integration tests against the full wire profile: D1 {@code meta} and
 * {@code {error:{code,message}}} SQL errors.
 */
class FullWireProfileEdgeDatabaseIntegrationTests extends AbstractEdgeDatabaseIntegrationTests {

	@Override
	WireProfile wireProfile() {
		return WireProfile.FULL;
	}

}
