/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * Account observability ({@code GET /api/observability}): the client with every query
 * parameter, a tolerant snapshot model, cursor pagination and the one poller that keeps
 * the snapshot that meters, health and the Actuator endpoint read.
 */
@NullMarked
package ai.cohesivity.observability;

import org.jspecify.annotations.NullMarked;
