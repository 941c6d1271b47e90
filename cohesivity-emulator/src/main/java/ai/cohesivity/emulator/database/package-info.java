/**
 * The edge database ({@code /edge/database}): one real SQLite database per tenant, run
 * one request at a time off the event loop, with D1's restrictions and limits, statement
 * splitting as SQLite sees it, parameter binding and answers written straight from the
 * result set. Internal: public only because Java needs it across the emulator's packages;
 * not API.
 */
@NullMarked
package ai.cohesivity.emulator.database;

import org.jspecify.annotations.NullMarked;
