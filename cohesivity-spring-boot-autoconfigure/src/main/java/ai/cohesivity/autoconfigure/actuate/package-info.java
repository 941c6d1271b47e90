/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * Auto-configuration for the {@code cohesivity} Actuator endpoint and info contributor.
 */
@NullMarked
package ai.cohesivity.autoconfigure.actuate;

import org.jspecify.annotations.NullMarked;
