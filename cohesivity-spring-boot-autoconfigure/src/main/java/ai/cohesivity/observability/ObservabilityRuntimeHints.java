/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Keeps {@link ObservabilitySnapshot}, which Jackson reads from
 * {@code GET /api/observability} by reflection, bindable in a native image: constructors
 * and accessors of the snapshot and of every record it holds, and its
 * {@code @JsonCreator} factories.
 */
class ObservabilityRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(), ObservabilitySnapshot.class);
	}

}
