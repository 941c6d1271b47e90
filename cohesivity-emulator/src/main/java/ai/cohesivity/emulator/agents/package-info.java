/**
 * Managed agents and Codex on the claimed account ({@code /api/agents},
 * {@code /api/managed-agents}, {@code /api/codex/*}) and the agent's OpenAI-compatible
 * chat endpoint on the edge. Internal: public only because Java needs it across the
 * emulator's packages; not API.
 */
@NullMarked
package ai.cohesivity.emulator.agents;

import org.jspecify.annotations.NullMarked;
