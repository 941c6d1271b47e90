/**
 * Cohesivity billing on a claimed account: plans, top-ups, the subscription and its
 * cancellation ({@link ai.cohesivity.billing.BillingClient}).
 */
@NullMarked
package ai.cohesivity.billing;

import org.jspecify.annotations.NullMarked;
