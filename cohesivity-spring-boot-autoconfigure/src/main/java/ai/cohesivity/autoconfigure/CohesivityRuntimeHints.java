/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

import ai.cohesivity.autoconfigure.agents.CohesivityAgentsProperties;
import ai.cohesivity.autoconfigure.billing.CohesivityBillingProperties;
import ai.cohesivity.autoconfigure.database.CohesivityDatabaseProperties;
import ai.cohesivity.autoconfigure.health.CohesivityHealthProperties;
import ai.cohesivity.autoconfigure.metrics.CohesivityMetricsProperties;
import ai.cohesivity.autoconfigure.observability.CohesivityObservabilityProperties;

/**
 * What the auto-configuration needs in a native image: binding of every
 * {@code cohesivity.*} properties class (also where one is bound outside a bean, which
 * Boot's own AOT processing would not see), and Logback's {@code LoggerContext} kept
 * findable by name, so that key redaction, which is switched on by that lookup, is not
 * silently off in a native image.
 */
class CohesivityRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindableRuntimeHintsRegistrar
			.forTypes(CohesivityProperties.class, CohesivityDatabaseProperties.class, CohesivityHealthProperties.class,
					CohesivityMetricsProperties.class, CohesivityObservabilityProperties.class,
					CohesivityAgentsProperties.class, CohesivityBillingProperties.class)
			.registerHints(hints, classLoader);
		if (ClassUtils.isPresent(LogRedaction.LOGBACK_CONTEXT, classLoader)) {
			hints.reflection().registerType(TypeReference.of(LogRedaction.LOGBACK_CONTEXT));
		}
	}

}
