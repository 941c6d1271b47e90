/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * The soak: the mixed workload under scheduled faults for a long time, outside
 * {@code verify} ({@code -Psoak}).
 */
@NullMarked
package ai.cohesivity.reliability.soak;

import org.jspecify.annotations.NullMarked;
