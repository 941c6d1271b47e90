/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * The start-up goal: the same small Spring MVC + Actuator application with and without
 * the starter, each in fresh JVMs.
 */
@NullMarked
package ai.cohesivity.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
