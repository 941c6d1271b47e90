/**
 * Claims and waits: {@code POST /api/claim/url}, the human-facing approval page
 * ({@code /c/<code>}), and {@code /api/wait}, which claim and Codex-connect tickets are
 * polled through. Internal: public only because Java needs it across the emulator's
 * packages; not API.
 */
@NullMarked
package ai.cohesivity.emulator.claims;

import org.jspecify.annotations.NullMarked;
