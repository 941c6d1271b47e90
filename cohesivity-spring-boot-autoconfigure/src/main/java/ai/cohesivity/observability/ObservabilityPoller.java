/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;

import ai.cohesivity.management.TenantRecovery;

/**
 * Polls {@code GET /api/observability} and keeps the last snapshot, strongly held, for
 * every reader: meters, the health indicator and the Actuator endpoint read
 * {@link #state()}, so one request per interval serves them all however many there are.
 * <ul>
 * <li>Its own single daemon thread (never {@code @EnableScheduling}); starts and stops
 * with the application context ({@link SmartLifecycle}), so start-up never waits for
 * Cohesivity.</li>
 * <li>One request per poll, without the client's retries: the poller's schedule is the
 * retry. See {@link ObservabilityPollerSettings} for the delays: jittered, at least
 * {@code 60 s / rate_limit_per_minute}, doubled after every consecutive failure, never
 * shorter than a {@code Retry-After}.</li>
 * <li>A failed poll keeps the previous snapshot: meters keep their last values, and only
 * the snapshot's age grows.</li>
 * <li>An ephemeral tenant ({@code 403 observability_requires_claim}) is not an error: one
 * INFO line says how to claim the tenant, and the poller asks again rarely.</li>
 * </ul>
 */
public final class ObservabilityPoller implements SmartLifecycle, AutoCloseable {

	private static final Log logger = LogFactory.getLog(ObservabilityPoller.class);

	private final @Nullable ObservabilityClient client;

	private final ObservabilityPollerSettings settings;

	private final PollSchedule schedule;

	private final Scheduler scheduler;

	private final boolean ownsScheduler;

	private final List<Consumer<ObservabilitySnapshot>> listeners = new CopyOnWriteArrayList<>();

	private final AtomicLong requests = new AtomicLong();

	private final Map<PollFailureReason, AtomicLong> failures = new EnumMap<>(PollFailureReason.class);

	private final Object monitor = new Object();

	private volatile ObservabilityState state;

	private boolean running;

	private boolean claimStepsLogged;

	private @Nullable Disposable scheduledPoll;

	private @Nullable Disposable inFlight;

	/**
	 * Create a poller on its own daemon thread.
	 * @param client the client
	 * @param settings the schedule
	 */
	public ObservabilityPoller(ObservabilityClient client, ObservabilityPollerSettings settings) {
		this(client, settings, Schedulers.newSingle("cohesivity-observability", true), true,
				() -> ThreadLocalRandom.current().nextDouble());
	}

	/**
	 * Create a poller on a scheduler the caller owns (and disposes), for example a
	 * virtual-time scheduler in a test. The scheduler's clock is the poller's clock.
	 * @param client the client
	 * @param settings the schedule
	 * @param scheduler the scheduler
	 */
	public ObservabilityPoller(ObservabilityClient client, ObservabilityPollerSettings settings, Scheduler scheduler) {
		this(client, settings, scheduler, false, () -> ThreadLocalRandom.current().nextDouble());
	}

	private ObservabilityPoller(@Nullable ObservabilityClient client, ObservabilityPollerSettings settings,
			Scheduler scheduler, boolean ownsScheduler, DoubleSupplier random) {
		this.client = client;
		this.settings = settings;
		this.schedule = new PollSchedule(settings, random);
		this.scheduler = scheduler;
		this.ownsScheduler = ownsScheduler;
		for (PollFailureReason reason : PollFailureReason.values()) {
			this.failures.put(reason, new AtomicLong());
		}
		this.state = ObservabilityState.notStarted();
	}

	/**
	 * Create a poller that never polls, and says why in its {@link #state()}: for an
	 * application without a management key.
	 * @param reason why there is no snapshot
	 * @return the poller
	 */
	public static ObservabilityPoller inactive(String reason) {
		ObservabilityPoller poller = new ObservabilityPoller(null, ObservabilityPollerSettings.defaults(),
				Schedulers.immediate(), false, () -> 0);
		poller.state = ObservabilityState.inactive(reason);
		return poller;
	}

	/**
	 * Return what the poller knows now.
	 * @return the state
	 */
	public ObservabilityState state() {
		return this.state;
	}

	/**
	 * Return the age of the last snapshot on the poller's clock.
	 * @return the age, or {@code null} before the first snapshot
	 */
	public @Nullable Duration snapshotAge() {
		return this.state.ageAt(now());
	}

	/**
	 * Return the poller's clock (its scheduler's).
	 * @return the current instant
	 */
	public Instant now() {
		return Instant.ofEpochMilli(this.scheduler.now(TimeUnit.MILLISECONDS));
	}

	/**
	 * Return the schedule settings.
	 * @return the settings
	 */
	public ObservabilityPollerSettings settings() {
		return this.settings;
	}

	/**
	 * Return how many requests the poller sent.
	 * @return the request count
	 */
	public long requestCount() {
		return this.requests.get();
	}

	/**
	 * Return how many polls failed for a reason.
	 * @param reason the reason
	 * @return the failure count
	 */
	public long failureCount(PollFailureReason reason) {
		return this.failures.get(reason).get();
	}

	/**
	 * Register a listener for every new snapshot; it is called at once with the current
	 * snapshot, if there is one. Listeners run on the thread that received the answer and
	 * must be quick.
	 * @param listener the listener
	 */
	public void addSnapshotListener(Consumer<ObservabilitySnapshot> listener) {
		this.listeners.add(listener);
		ObservabilitySnapshot current = this.state.snapshot();
		if (current != null) {
			notify(listener, current);
		}
	}

	@Override
	public void start() {
		synchronized (this.monitor) {
			if (this.running) {
				return;
			}
			if (this.client == null) {
				logger.info("Cohesivity observability is off: " + this.state.inactiveReason());
				return;
			}
			this.running = true;
			scheduleNext(this.schedule.first());
		}
	}

	@Override
	public void stop() {
		synchronized (this.monitor) {
			this.running = false;
			dispose(this.scheduledPoll);
			dispose(this.inFlight);
			this.scheduledPoll = null;
			this.inFlight = null;
			this.state = this.state.stopped();
		}
	}

	@Override
	public boolean isRunning() {
		synchronized (this.monitor) {
			return this.running;
		}
	}

	/**
	 * Stop polling and release the poller's own thread.
	 */
	@Override
	public void close() {
		stop();
		if (this.ownsScheduler) {
			this.scheduler.dispose();
		}
	}

	private void poll() {
		ObservabilityClient client = this.client;
		synchronized (this.monitor) {
			if (!this.running || client == null) {
				return;
			}
			this.requests.incrementAndGet();
			this.state = this.state.attempted(now());
			this.inFlight = client.snapshotOnce(this.settings.query()).subscribe(this::succeeded, this::failed);
		}
	}

	private void succeeded(ObservabilitySnapshot snapshot) {
		ObservabilityState previous = this.state;
		synchronized (this.monitor) {
			this.state = this.state.succeeded(snapshot, now());
			this.claimStepsLogged = false;
		}
		if (previous.phase() == ObservabilityState.Phase.FAILING) {
			logger.info("Cohesivity observability polls succeed again after " + previous.consecutiveFailures()
					+ " failed poll(s)");
		}
		for (Consumer<ObservabilitySnapshot> listener : this.listeners) {
			notify(listener, snapshot);
		}
		ObservabilitySnapshot.Limits limits = snapshot.limitsForThisResponse();
		scheduleNext(this.schedule.afterSuccess((limits != null) ? limits.rateLimitPerMinute() : null));
	}

	private void failed(Throwable failure) {
		PollFailure described = PollFailure.of(failure, now());
		this.failures.get(described.reason()).incrementAndGet();
		ObservabilityState failed;
		boolean logClaimSteps = false;
		synchronized (this.monitor) {
			failed = this.state.failed(described);
			this.state = failed;
			if (described.reason() == PollFailureReason.REQUIRES_CLAIM && !this.claimStepsLogged) {
				this.claimStepsLogged = true;
				logClaimSteps = true;
			}
		}
		Duration delay;
		if (described.reason() == PollFailureReason.REQUIRES_CLAIM) {
			delay = this.schedule.afterRequiresClaim();
			if (logClaimSteps) {
				logger.info("Cohesivity observability (meters, snapshot) needs a claimed tenant and this one is "
						+ "ephemeral (403 observability_requires_claim). To claim it: " + TenantRecovery.claimSteps()
						+ ". Nothing is broken meanwhile; asking again every " + delay.toMinutes() + " min.");
			}
		}
		else {
			ObservabilitySnapshot last = failed.snapshot();
			ObservabilitySnapshot.Limits limits = (last != null) ? last.limitsForThisResponse() : null;
			delay = this.schedule.afterFailure(failed.consecutiveFailures(), described.retryAfter(),
					(limits != null) ? limits.rateLimitPerMinute() : null);
			String message = "Cohesivity observability poll failed (" + described.reason().tagValue() + "): "
					+ described.message() + "; the last snapshot is kept, next poll in " + delay.toSeconds() + " s";
			if (failed.consecutiveFailures() == 1) {
				logger.warn(message);
			}
			else if (logger.isDebugEnabled()) {
				logger.debug(message + " (" + failed.consecutiveFailures() + " consecutive failures)");
			}
		}
		scheduleNext(delay);
	}

	private void scheduleNext(Duration delay) {
		synchronized (this.monitor) {
			this.inFlight = null;
			if (!this.running) {
				return;
			}
			this.state = this.state.scheduled(now().plus(delay));
			this.scheduledPoll = this.scheduler.schedule(this::poll, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private static void notify(Consumer<ObservabilitySnapshot> listener, ObservabilitySnapshot snapshot) {
		try {
			listener.accept(snapshot);
		}
		catch (RuntimeException ex) {
			logger.warn("Observability snapshot listener " + listener + " failed: " + ex.getMessage(), ex);
		}
	}

	private static void dispose(@Nullable Disposable disposable) {
		if (disposable != null) {
			disposable.dispose();
		}
	}

	@Override
	public String toString() {
		return "ObservabilityPoller[phase=" + this.state.phase() + ", interval=" + this.settings.pollInterval() + "]";
	}

}
