/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * Auto-configuration for Cohesivity account observability: the client and the one poller
 * ({@code cohesivity.observability.*}).
 */
@NullMarked
package ai.cohesivity.autoconfigure.observability;

import org.jspecify.annotations.NullMarked;
