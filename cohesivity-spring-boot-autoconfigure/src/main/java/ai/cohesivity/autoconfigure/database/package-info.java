/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * Auto-configuration for the Cohesivity edge database: {@code cohesivity.database.*}, the
 * template, the reactive client, schema/data initialization and optional provisioning at
 * start-up.
 */
@NullMarked
package ai.cohesivity.autoconfigure.database;

import org.jspecify.annotations.NullMarked;
