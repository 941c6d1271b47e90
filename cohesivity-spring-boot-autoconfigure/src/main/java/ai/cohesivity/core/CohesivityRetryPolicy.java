/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * When a failed call is tried again. Only idempotent calls are retried, and only for
 * failures that clear by themselves: a {@code 429} in a per-minute window (after its
 * {@code Retry-After}), a {@code 503} (after its {@code Retry-After} when it has one, as
 * {@code 503 agent_starting} does), a {@code 502}/{@code 503}/{@code 504} or a network
 * failure (with jittered exponential backoff). A {@code Retry-After} longer than
 * {@link RetrySettings#maxRetryAfter()} fails the call instead. A streaming call may
 * narrow the failures to Cohesivity's refusals ({@link RetryScope#REFUSALS}). A
 * non-idempotent call (genesis, a billing top-up, a write that may have reached the
 * server) is never retried by this policy.
 * <p>
 * Each HTTP call gets exactly one layer of this policy (see
 * {@link CohesivityHttpTransport}); nothing wraps a call that already has one, so the
 * attempts of one call never multiply.
 */
final class CohesivityRetryPolicy {

	private final RetrySettings settings;

	/**
	 * Create a policy.
	 * @param settings the retry settings
	 */
	CohesivityRetryPolicy(RetrySettings settings) {
		this.settings = settings;
	}

	/**
	 * Return the settings.
	 * @return the settings
	 */
	RetrySettings settings() {
		return this.settings;
	}

	/**
	 * Apply the policy to a call. The call is re-subscribed for every attempt, so it must
	 * be lazy (for example built with {@link Mono#defer}).
	 * @param <T> the result type
	 * @param call the call
	 * @param idempotent whether repeating the call is harmless
	 * @return the call with retries, or {@code call} itself when it is not idempotent
	 */
	<T> Mono<T> apply(Mono<T> call, boolean idempotent) {
		if (!idempotent || this.settings.maxAttempts() <= 1) {
			return call;
		}
		return call.retryWhen(retry((failure) -> true));
	}

	/**
	 * Apply the policy to a streaming call, whose failures are retried only while no
	 * response has arrived: once the first byte is there, a failure ends the stream.
	 * @param <T> the element type
	 * @param call the call, lazy like for {@link #apply(Mono, boolean)}
	 * @param scope which failures may be answered by sending the call again
	 * @param noResponseYet whether the failed attempt ended before a response arrived
	 * @return the call with retries, or {@code call} itself when it is never retried
	 */
	<T> Flux<T> apply(Flux<T> call, RetryScope scope, BooleanSupplier noResponseYet) {
		if (scope == RetryScope.NONE || this.settings.maxAttempts() <= 1) {
			return call;
		}
		return call.retryWhen(retry((failure) -> noResponseYet.getAsBoolean()
				&& (scope == RetryScope.TRANSIENT_FAILURES || isRefusal(failure))));
	}

	/**
	 * Whether Cohesivity answered that it did not act on the request.
	 */
	private static boolean isRefusal(Throwable failure) {
		return failure instanceof CohesivityRateLimitedException
				|| (failure instanceof CohesivityApiException api && api.status() == 503);
	}

	private Retry retry(Predicate<Throwable> retryable) {
		return Retry.from((signals) -> signals.concatMap((signal) -> {
			Duration delay = retryable.test(signal.failure())
					? delayBeforeRetry(signal.failure(), signal.totalRetries()) : null;
			if (delay == null) {
				return Mono.error(signal.failure());
			}
			return Mono.delay(delay).thenReturn(signal.totalRetries());
		}));
	}

	/**
	 * Return how long to wait before retrying an idempotent call that failed, or
	 * {@code null} when it must not be retried.
	 * @param failure the failure
	 * @param retriesSoFar how many retries already happened
	 * @return the delay or {@code null}
	 */
	@Nullable Duration delayBeforeRetry(Throwable failure, long retriesSoFar) {
		if (retriesSoFar + 1 >= this.settings.maxAttempts()) {
			return null;
		}
		if (failure instanceof CohesivityRateLimitedException rateLimited) {
			if (!rateLimited.isRetryable()) {
				return null;
			}
			Duration retryAfter = rateLimited.retryAfter();
			if (retryAfter == null) {
				return backoff(retriesSoFar);
			}
			return (retryAfter.compareTo(this.settings.maxRetryAfter()) <= 0) ? retryAfter : null;
		}
		if (failure instanceof CohesivityApiException api) {
			int status = api.status();
			Duration retryAfter = api.envelope().retryAfter();
			if (status == 503 && retryAfter != null) {
				return (retryAfter.compareTo(this.settings.maxRetryAfter()) <= 0) ? retryAfter : null;
			}
			return (status == 502 || status == 503 || status == 504) ? backoff(retriesSoFar) : null;
		}
		if (failure instanceof CohesivityNetworkException) {
			return backoff(retriesSoFar);
		}
		return null;
	}

	private Duration backoff(long retriesSoFar) {
		long base = this.settings.initialBackoff().toMillis();
		long max = this.settings.maxBackoff().toMillis();
		long exponential = (retriesSoFar >= 30) ? max : Math.min(max, base << retriesSoFar);
		long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
		return Duration.ofMillis(jittered);
	}

}
