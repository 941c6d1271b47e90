/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * Auto-configuration for the {@code cohesivity} health component
 * ({@code cohesivity.health.*}, {@code management.health.cohesivity.enabled}).
 */
@NullMarked
package ai.cohesivity.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
