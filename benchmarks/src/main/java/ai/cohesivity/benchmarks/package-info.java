/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * The benchmarks whose results go to {@code docs/benchmarks.md}: {@link WireGoals} runs
 * the measurements of the client's goals, each against a baseline measured in the same
 * run; the sub-packages hold the edge database benchmarks, the start-up measurement and
 * the emulator's load driver.
 */
@NullMarked
package ai.cohesivity.benchmarks;

import org.jspecify.annotations.NullMarked;
