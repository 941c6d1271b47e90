/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * Auto-configuration for the Cohesivity Micrometer meters ({@code cohesivity.metrics.*}).
 */
@NullMarked
package ai.cohesivity.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
