/**
 * Cohesivity Managed Agents: provisioning the account's private agent and reading the
 * catalog ({@link ai.cohesivity.agents.ManagedAgentsClient}), connecting a Codex
 * subscription as its model source ({@link ai.cohesivity.agents.CodexClient}), talking to
 * it over the OpenAI-compatible chat endpoint
 * ({@link ai.cohesivity.agents.AgentChatClient}), and a Spring AI {@code ChatModel} on
 * top ({@link ai.cohesivity.agents.ManagedAgentChatModel}, when Spring AI is on the
 * classpath).
 */
@NullMarked
package ai.cohesivity.agents;

import org.jspecify.annotations.NullMarked;
