/**
 * Faults that tests ask for — latency, injected error statuses, connections dropped after
 * a commit — applied in front of every route outside {@code /__emulator/}, and the
 * request counts. Internal: public only because Java needs it across the emulator's
 * packages; not API.
 */
@NullMarked
package ai.cohesivity.emulator.faults;

import org.jspecify.annotations.NullMarked;
