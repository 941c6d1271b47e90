/**
 * A local Cohesivity: control plane, edge plane and an admin API, backed by real SQLite.
 */
@NullMarked
package ai.cohesivity.emulator;

import org.jspecify.annotations.NullMarked;
