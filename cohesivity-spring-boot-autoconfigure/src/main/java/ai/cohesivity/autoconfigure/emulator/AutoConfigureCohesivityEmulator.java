/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.emulator;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Runs a {@code @SpringBootTest} against a fresh embedded Cohesivity emulator (needs
 * {@code cohesivity-emulator} on the test classpath), whatever credentials the
 * environment or a {@code .cohesivity} file hold: <pre class="code">
 * &#064;SpringBootTest
 * &#064;AutoConfigureCohesivityEmulator
 * class OrderRepositoryTests { … }
 * </pre> Each application context gets its own emulator and tenant, with the database
 * provisioned, and the emulator stops when the context closes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = { "cohesivity.emulator.enabled=true", "cohesivity.emulator.port=0",
		"cohesivity.genesis.enabled=false" })
public @interface AutoConfigureCohesivityEmulator {

}
