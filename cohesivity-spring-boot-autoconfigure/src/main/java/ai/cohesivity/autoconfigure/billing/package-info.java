/**
 * Auto-configuration of the billing client.
 */
@NullMarked
package ai.cohesivity.autoconfigure.billing;

import org.jspecify.annotations.NullMarked;
