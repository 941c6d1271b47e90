/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * The reliability and security suite: the starter under load, faults, bad input and
 * secret checks against the emulator; each test prints the figure it measured.
 */
@NullMarked
package ai.cohesivity.reliability;

import org.jspecify.annotations.NullMarked;
