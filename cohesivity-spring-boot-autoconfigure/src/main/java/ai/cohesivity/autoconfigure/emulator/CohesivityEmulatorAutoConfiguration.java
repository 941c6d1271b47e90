/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.emulator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;

import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} that starts an in-process Cohesivity emulator
 * ({@link CohesivityEmulatorConfiguration}) when {@code cohesivity-emulator} is on the
 * classpath and either {@code cohesivity.emulator.enabled=true} or, by default, nothing
 * at all is configured (no credentials file, no {@code cohesivity.*} key, tenant id or
 * base URL). An application that defines its own connection details gets no emulator.
 * Ordered before {@link CohesivityAutoConfiguration}.
 */
@AutoConfiguration(before = CohesivityAutoConfiguration.class)
@ConditionalOnClass(name = EmbeddedEmulator.EMULATOR_CLASS)
@ConditionalOnBooleanProperty(name = "cohesivity.enabled", matchIfMissing = true)
@Conditional(OnEmulatorNeededCondition.class)
@ConditionalOnMissingBean(CohesivityConnectionDetails.class)
@Import(CohesivityEmulatorConfiguration.class)
public final class CohesivityEmulatorAutoConfiguration {

}
