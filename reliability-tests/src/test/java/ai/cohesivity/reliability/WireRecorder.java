/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityWebClientCustomizer;

/**
 * Sees every request the Cohesivity clients send, from inside them (a
 * {@link CohesivityWebClientCustomizer}): the Bearer credentials (so that the secret
 * checks know every edge token that was live, and cannot pass for want of one), and for
 * each exchange its path, when it was sent and how it ended (its status, also for the
 * statuses the clients' error filter turns into exceptions).
 */
public final class WireRecorder implements CohesivityWebClientCustomizer {

	private static final int MAX_EXCHANGES = 200_000;

	private final Set<String> bearers = ConcurrentHashMap.newKeySet();

	private final ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();

	private final AtomicInteger recorded = new AtomicInteger();

	private volatile boolean recordExchanges = true;

	private volatile Consumer<String> beforeSend = (path) -> {
	};

	@Override
	public void customize(WebClient.Builder builder) {
		builder.filter((request, next) -> {
			String authorization = request.headers().getFirst(HttpHeaders.AUTHORIZATION);
			String bearer = null;
			if (authorization != null && authorization.startsWith("Bearer ")) {
				bearer = authorization.substring("Bearer ".length());
				this.bearers.add(bearer);
				SuiteSecrets.secret(bearer);
			}
			String path = request.url().getRawPath();
			this.beforeSend.accept(path);
			long sentAt = System.nanoTime();
			String credential = bearer;
			return next.exchange(request)
				.doOnNext((response) -> record(path, sentAt, response.statusCode().value(), credential, null))
				.doOnError((failure) -> {
					if (failure instanceof CohesivityApiException api) {
						record(path, sentAt, api.status(), credential, null);
					}
					else {
						record(path, sentAt, -1, credential, failure.getClass().getSimpleName());
					}
				});
		});
	}

	/**
	 * Run an action with the path of every request before it is sent (to arm a fault for
	 * exactly that request).
	 * @param action the action
	 */
	public void beforeSend(Consumer<String> action) {
		this.beforeSend = action;
	}

	/**
	 * Keep recording Bearer credentials but no more exchanges (a long run, whose heap is
	 * measured).
	 */
	public void stopRecordingExchanges() {
		this.recordExchanges = false;
		this.exchanges.clear();
	}

	private void record(String path, long sentAt, int status, @Nullable String bearer, @Nullable String failure) {
		if (this.recordExchanges && this.recorded.incrementAndGet() <= MAX_EXCHANGES) {
			this.exchanges.add(new Exchange(path, sentAt, System.nanoTime(), status, bearer, failure));
		}
	}

	/**
	 * Return every distinct Bearer credential sent.
	 * @return the credentials
	 */
	public Set<String> bearers() {
		return Set.copyOf(this.bearers);
	}

	/**
	 * Return the exchanges recorded, in the order they ended.
	 * @return the exchanges
	 */
	public List<Exchange> exchanges() {
		return List.copyOf(this.exchanges);
	}

	/**
	 * Return how many exchanges with a path ended with a status ({@code -1}: no answer).
	 * @param path the path
	 * @param status the status
	 * @return the count
	 */
	public long count(String path, int status) {
		return this.exchanges.stream()
			.filter((exchange) -> exchange.path().equals(path) && exchange.status() == status)
			.count();
	}

	/**
	 * Return the exchanges with a path that did not end with a {@code 2xx} answer.
	 * @param path the path
	 * @return the exchanges
	 */
	public List<Exchange> unsuccessful(String path) {
		return this.exchanges.stream()
			.filter((exchange) -> exchange.path().equals(path) && (exchange.status() < 200 || exchange.status() > 299))
			.toList();
	}

	/**
	 * Forget everything recorded.
	 */
	public void clear() {
		this.exchanges.clear();
		this.recorded.set(0);
	}

	/**
	 * One request and how it ended.
	 *
	 * @param path the path
	 * @param sentAtNanos {@link System#nanoTime()} when it was sent
	 * @param endedAtNanos {@link System#nanoTime()} when its answer (or failure) came
	 * @param status the status, {@code -1} when no answer came
	 * @param bearer the Bearer credential it carried
	 * @param failure the simple class name of the failure when no answer came
	 */
	public record Exchange(String path, long sentAtNanos, long endedAtNanos, int status, @Nullable String bearer,
			@Nullable String failure) {

		@Override
		public String toString() {
			return "Exchange[" + this.path + " " + ((this.failure != null) ? this.failure : this.status) + "]";
		}

	}

}
