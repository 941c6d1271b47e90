/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * Benchmarks of the edge database client: JMH benchmarks of row mapping and statement
 * preparation, and round trips against an embedded emulator, each measured against a
 * hand-written baseline in the same run.
 * {@link ai.cohesivity.benchmarks.database.EdgeDatabaseBenchmarks} runs them all; the
 * results go to {@code docs/benchmarks.md}.
 */
@NullMarked
package ai.cohesivity.benchmarks.database;

import org.jspecify.annotations.NullMarked;
