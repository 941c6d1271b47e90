/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.database;

import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * What the edge database's auto-configuration needs in a native image: the start-up
 * scripts at their default locations ({@code cohesivity/schema.sql},
 * {@code cohesivity/data.sql}, from {@link CohesivityDatabaseProperties}) kept as
 * resources. Scripts at other locations are the application's to register.
 */
class CohesivityDatabaseRuntimeHints implements RuntimeHintsRegistrar {

	private static final String OPTIONAL = "optional:";

	private static final String CLASSPATH = "classpath:";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		CohesivityDatabaseProperties.Init defaults = new CohesivityDatabaseProperties().getInit();
		Stream.concat(defaults.getSchemaLocations().stream(), defaults.getDataLocations().stream())
			.map(CohesivityDatabaseRuntimeHints::classpathResource)
			.filter(Objects::nonNull)
			.forEach(hints.resources()::registerPattern);
	}

	private static @Nullable String classpathResource(String location) {
		String path = location.startsWith(OPTIONAL) ? location.substring(OPTIONAL.length()) : location;
		return path.startsWith(CLASSPATH) ? path.substring(CLASSPATH.length()) : null;
	}

}
