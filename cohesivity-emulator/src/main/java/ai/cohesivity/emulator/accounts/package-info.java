/**
 * Accounts and billing: the one account claimed tenants join (plan, subscription, the
 * fluid wallet's ledger, notifications, managed agent, Codex connection), usage metering
 * with the ephemeral caps and the claimed account's monthly buckets, {@code /api/billing}
 * and {@code /api/status}. Internal: public only because Java needs it across the
 * emulator's packages; not API.
 */
@NullMarked
package ai.cohesivity.emulator.accounts;

import org.jspecify.annotations.NullMarked;
