/**
 * The Cohesivity data plane ({@code /edge/*}): edge session tokens and the
 * {@link ai.cohesivity.edge.EdgeClient} every edge offering client sends through.
 */
@NullMarked
package ai.cohesivity.edge;

import org.jspecify.annotations.NullMarked;
