/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import ai.cohesivity.emulator.WireProfile;

/**
 * The edge database integration tests against the minimal wire profile: only
 * {@code {rows,rowCount}} and string SQL errors.
 */
class MinimalWireProfileEdgeDatabaseIntegrationTests extends AbstractEdgeDatabaseIntegrationTests {

	@Override
	WireProfile wireProfile() {
		return WireProfile.MINIMAL;
	}

}
