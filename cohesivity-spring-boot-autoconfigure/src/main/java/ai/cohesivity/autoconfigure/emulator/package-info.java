/**
 * Auto-configuration of an embedded Cohesivity emulator for local development and tests.
 */
@NullMarked
package ai.cohesivity.autoconfigure.emulator;

import org.jspecify.annotations.NullMarked;
