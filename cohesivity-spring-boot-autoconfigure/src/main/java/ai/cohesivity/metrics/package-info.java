/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * Micrometer meters that show the Cohesivity tenant and its account: gauges backed by
 * lookups into the observability poller's last snapshot, and the poller's own counters.
 */
@NullMarked
package ai.cohesivity.metrics;

import org.jspecify.annotations.NullMarked;
