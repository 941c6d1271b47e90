/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.time.Duration;
import java.time.Instant;

import reactor.test.scheduler.VirtualTimeScheduler;

import static org.awaitility.Awaitility.await;

/**
 * Drives an {@link ObservabilityPoller} on virtual time: time jumps from one due poll to
 * the next, and each poll's real HTTP exchange is awaited before time moves on. No
 * assertion depends on how long anything takes.
 */
public final class VirtualTimePolling {

	private final VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();

	public VirtualTimeScheduler scheduler() {
		return this.scheduler;
	}

	public ObservabilityPoller poller(ObservabilityClient client, Duration interval) {
		return new ObservabilityPoller(client, new ObservabilityPollerSettings(interval, 0, Duration.ofMinutes(15),
				Duration.ofMinutes(30), ObservabilityPollerSettings.DEFAULT_QUERY), this.scheduler);
	}

	/**
	 * Start the poller and wait for its first poll to be answered.
	 */
	public void start(ObservabilityPoller poller) {
		poller.start();
		this.scheduler.advanceTime();
		awaitAnswered(poller, null);
	}

	/**
	 * Let virtual time pass, running every poll that falls due on the way.
	 */
	public void advance(ObservabilityPoller poller, Duration duration) {
		Instant end = poller.now().plus(duration);
		while (true) {
			Instant next = poller.state().nextPollAt();
			if (next == null || next.isAfter(end)) {
				this.scheduler.advanceTimeTo(end);
				return;
			}
			this.scheduler.advanceTimeTo(next);
			awaitAnswered(poller, next);
		}
	}

	private static void awaitAnswered(ObservabilityPoller poller, Instant dueAt) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			Instant next = poller.state().nextPollAt();
			return next != null && (dueAt == null || next.isAfter(dueAt));
		});
	}

}
