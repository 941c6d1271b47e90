/**
 * Auto-configuration of the managed-agents clients and, with Spring AI, of a
 * {@code ChatModel} backed by the agent.
 */
@NullMarked
package ai.cohesivity.autoconfigure.agents;

import org.jspecify.annotations.NullMarked;
