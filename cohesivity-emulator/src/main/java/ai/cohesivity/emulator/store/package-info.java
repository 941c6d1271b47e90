/**
 * The data directory's {@code tenants.json}: tenants, keys, lifecycle, resources, usage
 * counters, the account and the daily usage totals, saved after every change so that a
 * restart keeps them. Internal: public only because Java needs it across the emulator's
 * packages; not API.
 */
@NullMarked
package ai.cohesivity.emulator.store;

import org.jspecify.annotations.NullMarked;
