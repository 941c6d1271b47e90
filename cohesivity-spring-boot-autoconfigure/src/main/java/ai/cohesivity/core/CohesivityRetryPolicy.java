/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Clock;
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
 * failures that clear by themselves:
 * <ul>
 * <li>a retryable {@code 429} ({@code window_kind: utc_minute}, or a {@code Retry-After}
 * without {@code window_kind}, §16), after its {@code Retry-After}, or without one at the
 * start of the next UTC minute (plus up to a second of jitter);</li>
 * <li>a {@code 503} after its {@code Retry-After} when it has one (a managed agent's
 * {@code 503 agent_starting});</li>
 * <li>a {@code 502}/{@code 503}/{@code 504} or a network failure, with jittered
 * exponential backoff.</li>
 * </ul>
 * A wait longer than {@link RetrySettings#maxRetryAfter()} is not waited: the call fails
 * at once. A streaming call may narrow the failures to Cohesivity's refusals
 * ({@link RetryScope#REFUSALS}). A non-idempotent call (genesis, a billing top-up, a
 * write that may have reached the server) is never retried by this policy.
 * <p>
 * Each HTTP call gets exactly one layer of this policy (see
 * {@link CohesivityHttpTransport}); nothing wraps a call that already has one, so the
 * attempts of one call never multiply.
 */
final class CohesivityRetryPolicy {

	private static final long MINUTE_JITTER_MILLIS = 1000;

	private final RetrySettings settings;

	private final Clock clock;

	/**
	 * Create a policy on the system clock.
	 * @param settings the retry settings
	 */
	CohesivityRetryPolicy(RetrySettings settings) {
		this(settings, Clock.systemUTC());
	}

	/**
	 * Create a policy.
	 * @param settings the retry settings
	 * @param clock the clock that tells when the next UTC minute starts
	 */
	CohesivityRetryPolicy(RetrySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Return the clock.
	 * @return the clock
	 */
	Clock clock() {
		return this.clock;
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
			return withinLimit((retryAfter != null) ? retryAfter : untilNextUtcMinute());
		}
		if (failure instanceof CohesivityApiException api) {
			int status = api.status();
			Duration retryAfter = api.envelope().retryAfter();
			if (status == 503 && retryAfter != null) {
				return withinLimit(retryAfter);
			}
			return (status == 502 || status == 503 || status == 504) ? backoff(retriesSoFar) : null;
		}
		if (failure instanceof CohesivityNetworkException) {
			// An https request answered in plain HTTP fails the same way every time.
			return NetworkFailures.isPlainHttpAnswer(failure) ? null : backoff(retriesSoFar);
		}
		return null;
	}

	/**
	 * A wait the server asked for (or the window implies), or {@code null} when it is
	 * longer than the longest wait allowed: then the call fails at once.
	 */
	private @Nullable Duration withinLimit(Duration wait) {
		return (wait.compareTo(this.settings.maxRetryAfter()) <= 0) ? wait : null;
	}

	/**
	 * The wait until a per-minute window ({@code window_kind: utc_minute}) opens again:
	 * to the start of the next UTC minute, plus up to a second of jitter so that every
	 * client refused in one minute does not come back in the same millisecond.
	 */
	private Duration untilNextUtcMinute() {
		long nowMillis = this.clock.millis();
		long nextMinute = (Math.floorDiv(nowMillis, 60_000L) + 1) * 60_000L;
		return Duration
			.ofMillis(nextMinute - nowMillis + ThreadLocalRandom.current().nextLong(MINUTE_JITTER_MILLIS + 1));
	}

	private Duration backoff(long retriesSoFar) {
		long base = this.settings.initialBackoff().toMillis();
		long max = this.settings.maxBackoff().toMillis();
		long exponential = (retriesSoFar >= 30) ? max : Math.min(max, base << retriesSoFar);
		long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
		return Duration.ofMillis(jittered);
	}

}
