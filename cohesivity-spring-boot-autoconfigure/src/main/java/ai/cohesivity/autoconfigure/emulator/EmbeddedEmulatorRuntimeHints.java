/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.emulator;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.util.ClassUtils;

/**
 * Keeps what {@link EmbeddedEmulator} reaches by name usable in a native image: the
 * emulator's main class, its builder and its tenant record, whose public methods are
 * looked up and invoked reflectively. Registered only when the emulator is on the class
 * path at build time.
 */
class EmbeddedEmulatorRuntimeHints implements RuntimeHintsRegistrar {

	private static final List<String> REFLECTIVE_TYPES = List.of(EmbeddedEmulator.EMULATOR_CLASS,
			EmbeddedEmulator.BUILDER_CLASS, EmbeddedEmulator.TENANT_CLASS);

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		if (!ClassUtils.isPresent(EmbeddedEmulator.EMULATOR_CLASS, classLoader)) {
			return;
		}
		for (String type : REFLECTIVE_TYPES) {
			hints.reflection().registerType(TypeReference.of(type), MemberCategory.INVOKE_PUBLIC_METHODS);
		}
	}

}
