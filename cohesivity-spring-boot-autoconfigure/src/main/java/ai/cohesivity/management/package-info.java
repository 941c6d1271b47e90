/**
 * The Cohesivity control plane ({@code /api/*}): tenant creation (genesis), resource
 * provisioning, tenant status and the claim flow.
 */
@NullMarked
package ai.cohesivity.management;

import org.jspecify.annotations.NullMarked;
