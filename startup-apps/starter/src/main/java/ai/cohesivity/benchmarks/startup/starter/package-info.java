/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * The start-up benchmark's "ours" side: the baseline application plus the starter.
 */
@NullMarked
package ai.cohesivity.benchmarks.startup.starter;

import org.jspecify.annotations.NullMarked;
