/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * The secrets case with Log4j2 as the logging backend (the suite's {@code log4j2}
 * Surefire execution, whose class path has Log4j2 instead of Logback).
 */
@NullMarked
package ai.cohesivity.reliability.log4j2;

import org.jspecify.annotations.NullMarked;
