/**
 * A local Cohesivity: control plane, edge plane and an admin API, backed by real SQLite.
 * <p>
 * This package is the emulator's whole public API: {@link CohesivityEmulator} and its
 * {@link CohesivityEmulator.Builder builder}, {@link EmulatorAdmin},
 * {@link EmulatorTenant}, {@link WireProfile} and {@link EmulatorMain}. Its sub-packages
 * are the emulator's rooms, one per concern; their types are public only because Java
 * needs them across packages, and they are internal — they may change in any release.
 */
@NullMarked
package ai.cohesivity.emulator;

import org.jspecify.annotations.NullMarked;
