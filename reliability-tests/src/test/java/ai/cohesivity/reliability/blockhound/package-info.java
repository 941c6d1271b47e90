/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * The reactive paths under BlockHound (the suite's {@code blockhound} Surefire execution,
 * a JVM of its own started with {@code -XX:+AllowRedefinitionToAddDeleteMethods}).
 */
@NullMarked
package ai.cohesivity.reliability.blockhound;

import org.jspecify.annotations.NullMarked;
