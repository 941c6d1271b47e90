/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * The read-only {@code cohesivity} Actuator endpoint and the {@code cohesivity} section
 * of {@code /actuator/info}.
 */
@NullMarked
package ai.cohesivity.actuate;

import org.jspecify.annotations.NullMarked;
