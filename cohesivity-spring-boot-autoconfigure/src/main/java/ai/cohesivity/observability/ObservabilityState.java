/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the {@link ObservabilityPoller} knows at one moment: the last snapshot it received
 * (kept across failed polls), when it was received, and how the latest poll went.
 * Immutable; the poller replaces it after every poll.
 *
 * @param phase how the poller is doing
 * @param snapshot the last snapshot received, or {@code null} before the first
 * @param fetchedAt when {@code snapshot} was received (the poller's clock)
 * @param lastAttemptAt when the latest poll was sent
 * @param lastFailure the latest failure, or {@code null} when the latest poll succeeded
 * @param consecutiveFailures failed polls since the last success (a refused claim does
 * not count)
 * @param nextPollAt when the next poll is due, or {@code null} when none is scheduled
 * @param inactiveReason why the poller does not poll at all, for {@link Phase#INACTIVE}
 */
public record ObservabilityState(Phase phase, @Nullable ObservabilitySnapshot snapshot, @Nullable Instant fetchedAt,
		@Nullable Instant lastAttemptAt, @Nullable PollFailure lastFailure, int consecutiveFailures,
		@Nullable Instant nextPollAt, @Nullable String inactiveReason) {

	static ObservabilityState notStarted() {
		return new ObservabilityState(Phase.NOT_STARTED, null, null, null, null, 0, null, null);
	}

	static ObservabilityState inactive(String reason) {
		return new ObservabilityState(Phase.INACTIVE, null, null, null, null, 0, null, reason);
	}

	/**
	 * Return how old the snapshot is at the given instant.
	 * @param now the instant, on the poller's clock
	 * @return the age, or {@code null} without a snapshot
	 */
	public @Nullable Duration ageAt(Instant now) {
		return (this.fetchedAt != null) ? Duration.between(this.fetchedAt, now) : null;
	}

	/**
	 * Return whether the snapshot is stale: there is none, or the latest poll did not
	 * refresh it.
	 * @return whether the snapshot is stale
	 */
	public boolean isStale() {
		return this.snapshot == null || this.phase != Phase.FRESH;
	}

	ObservabilityState attempted(Instant at) {
		return new ObservabilityState(this.phase, this.snapshot, this.fetchedAt, at, this.lastFailure,
				this.consecutiveFailures, null, this.inactiveReason);
	}

	ObservabilityState succeeded(ObservabilitySnapshot snapshot, Instant at) {
		return new ObservabilityState(Phase.FRESH, snapshot, at, this.lastAttemptAt, null, 0, null, null);
	}

	ObservabilityState failed(PollFailure failure) {
		boolean claim = failure.reason() == PollFailureReason.REQUIRES_CLAIM;
		return new ObservabilityState(claim ? Phase.REQUIRES_CLAIM : Phase.FAILING, this.snapshot, this.fetchedAt,
				this.lastAttemptAt, failure, claim ? this.consecutiveFailures : this.consecutiveFailures + 1, null,
				null);
	}

	ObservabilityState scheduled(@Nullable Instant nextPollAt) {
		return new ObservabilityState(this.phase, this.snapshot, this.fetchedAt, this.lastAttemptAt, this.lastFailure,
				this.consecutiveFailures, nextPollAt, this.inactiveReason);
	}

	ObservabilityState stopped() {
		Phase phase = (this.phase == Phase.INACTIVE) ? Phase.INACTIVE : Phase.STOPPED;
		return new ObservabilityState(phase, this.snapshot, this.fetchedAt, this.lastAttemptAt, this.lastFailure,
				this.consecutiveFailures, null, this.inactiveReason);
	}

	/**
	 * How the poller is doing.
	 */
	public enum Phase {

		/**
		 * Not started yet, or the first poll is under way.
		 */
		NOT_STARTED,

		/**
		 * The latest poll succeeded.
		 */
		FRESH,

		/**
		 * The latest poll failed; the previous snapshot, if any, is kept.
		 */
		FAILING,

		/**
		 * Cohesivity refused the ephemeral tenant ({@code 403
		 * observability_requires_claim}); the poller retries rarely until the tenant is
		 * claimed.
		 */
		REQUIRES_CLAIM,

		/**
		 * The poller does not poll (for example no management key is configured).
		 */
		INACTIVE,

		/**
		 * The poller was stopped with its application context.
		 */
		STOPPED

	}

}
