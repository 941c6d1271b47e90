/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import org.jspecify.annotations.Nullable;

/**
 * The tenant is paused ({@code 403}, {@code tenant_state: paused}), for example because
 * an ephemeral tenant reached a lifetime cap; {@link #pauseReasonKind()} and
 * {@link #recommendedAction()} say why and what lifts the pause.
 */
public class CohesivityTenantPausedException extends CohesivityApiException {

	/**
	 * Create a new exception from a parsed error envelope.
	 * @param envelope the parsed error response
	 */
	public CohesivityTenantPausedException(ErrorEnvelope envelope) {
		super(envelope);
	}

	/**
	 * Return the {@code pause_reason.kind}, for example {@code all_time_cap}.
	 * @return the pause reason kind or {@code null}
	 */
	public @Nullable String pauseReasonKind() {
		return envelope().pauseReasonKind();
	}

	/**
	 * Return the {@code pause_reason.recommended_action}, for example
	 * {@code claim_to_lift}.
	 * @return the recommended action or {@code null}
	 */
	public @Nullable String recommendedAction() {
		return envelope().recommendedAction();
	}

}
