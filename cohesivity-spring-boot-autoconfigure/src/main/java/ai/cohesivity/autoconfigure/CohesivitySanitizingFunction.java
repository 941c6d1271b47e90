/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

import ai.cohesivity.core.KeyRedactor;

/**
 * Masks Cohesivity keys in the {@code configprops} and {@code env} Actuator endpoints,
 * also when they are configured to show values: any property whose name ends in
 * {@code management-key} or {@code application-key} (in any spelling, for example
 * {@code COHESIVITY_APPLICATION_KEY}), and any value that contains a
 * {@code coh_man_}/{@code coh_app_} key.
 */
public class CohesivitySanitizingFunction implements SanitizingFunction {

	@Override
	public SanitizableData apply(SanitizableData data) {
		if (isKeyName(data.getLowerCaseKey()) || isKeyValue(data.getValue())) {
			return data.withSanitizedValue();
		}
		return data;
	}

	private static boolean isKeyName(String lowerCaseKey) {
		String name = lowerCaseKey.replaceAll("[^a-z0-9]", "").toLowerCase(Locale.ROOT);
		return name.endsWith("managementkey") || name.endsWith("applicationkey");
	}

	private static boolean isKeyValue(@Nullable Object value) {
		return value != null && KeyRedactor.containsKey(value.toString());
	}

}
