/*
 * Copyright 2026 the Cohesivity authors.
 */

/**
 * The sample notes service: Spring MVC on the Cohesivity starter's edge database, managed
 * agent and tenant beans.
 */
@NullMarked
package ai.cohesivity.sample;

import org.jspecify.annotations.NullMarked;
