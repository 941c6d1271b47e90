/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * The start-up benchmark's baseline: a small Spring MVC + Actuator application without
 * the starter, and the {@link ai.cohesivity.benchmarks.startup.plain.StartupProbe} that
 * every side of the benchmark reports its start-up with.
 */
@NullMarked
package ai.cohesivity.benchmarks.startup.plain;

import org.jspecify.annotations.NullMarked;
