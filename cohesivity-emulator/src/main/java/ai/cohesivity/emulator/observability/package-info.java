/**
 * {@code GET /api/observability}: the claimed account's document — wallet, shared
 * buckets, tenants, cost, notifications, events, ledger and advisories — built from what
 * the tenants really did, with the per-plan caps and paging. Internal: public only
 * because Java needs it across the emulator's packages; not API.
 */
@NullMarked
package ai.cohesivity.emulator.observability;

import org.jspecify.annotations.NullMarked;
