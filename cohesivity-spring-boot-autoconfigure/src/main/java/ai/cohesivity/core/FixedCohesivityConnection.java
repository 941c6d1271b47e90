/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import org.jspecify.annotations.Nullable;

/**
 * A {@link CohesivityConnection} from fixed values.
 */
record FixedCohesivityConnection(String baseUrl, @Nullable String managementKey,
		@Nullable String applicationKey) implements CohesivityConnection {

	@Override
	public String toString() {
		return "CohesivityConnection[baseUrl=" + this.baseUrl + ", managementKey="
				+ KeyRedactor.mask(this.managementKey) + ", applicationKey=" + KeyRedactor.mask(this.applicationKey)
				+ "]";
	}

}
