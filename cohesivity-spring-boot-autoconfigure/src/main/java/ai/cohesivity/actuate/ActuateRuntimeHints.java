/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.actuate;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Keeps what the {@code cohesivity} Actuator endpoint answers, written by Jackson through
 * reflection, serializable in a native image: {@link CohesivityDescriptor} and every
 * record it holds. Boot registers an endpoint's return type too, but only for an endpoint
 * bean present when the application is processed.
 */
class ActuateRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(), CohesivityDescriptor.class);
	}

}
