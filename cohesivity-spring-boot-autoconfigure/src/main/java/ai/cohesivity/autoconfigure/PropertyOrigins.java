/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.Environment;

/**
 * Says where a {@code cohesivity.*} property was set — a file and line, an environment
 * variable, a command-line argument — the way Spring Boot's own failure analyses do, and
 * never what it was set to.
 */
final class PropertyOrigins {

	private PropertyOrigins() {
	}

	/**
	 * Describes where a property is set.
	 * @param environment the environment
	 * @param name the property, for example {@code cohesivity.application-key}
	 * @return for example {@code property cohesivity.application-key (System Environment
	 * Property "COHESIVITY_APPLICATION_KEY")}, or {@code null} when it is not set
	 */
	static @Nullable String describe(Environment environment, String name) {
		String value = environment.getProperty(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		ConfigurationPropertyName propertyName = ConfigurationPropertyName.of(name);
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			ConfigurationProperty property = source.getConfigurationProperty(propertyName);
			if (property != null) {
				Origin origin = property.getOrigin();
				return "property " + name + ((origin != null) ? " (" + origin + ")" : "");
			}
		}
		return "property " + name;
	}

}
