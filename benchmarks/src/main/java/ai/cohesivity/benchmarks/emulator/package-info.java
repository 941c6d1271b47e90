/**
 * A load driver for the Cohesivity emulator: indexed {@code SELECT}s over HTTP from
 * concurrent clients, against a baseline endpoint on the same HTTP stack.
 */
@NullMarked
package ai.cohesivity.benchmarks.emulator;

import org.jspecify.annotations.NullMarked;
