/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What the client core reads at run time that a native image must keep: the version
 * resource behind the default {@code User-Agent} (without it every request would say
 * {@code cohesivity-spring-boot/unknown}).
 */
class CoreRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern(CohesivityVersion.RESOURCE.substring(1));
	}

}
