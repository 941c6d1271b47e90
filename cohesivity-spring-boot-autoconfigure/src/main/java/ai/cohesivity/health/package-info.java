/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * The {@code cohesivity} health indicator: a cached, time-boxed, reactive readiness
 * signal for the tenant.
 */
@NullMarked
package ai.cohesivity.health;

import org.jspecify.annotations.NullMarked;
