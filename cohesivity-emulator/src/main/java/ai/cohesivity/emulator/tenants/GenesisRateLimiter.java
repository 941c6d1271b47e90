package ai.cohesivity.emulator.tenants;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ai.cohesivity.emulator.support.EmulatorClock;

/**
 * Genesis' limit of N tenant creations per client IP in any 60-second window (default
 * 10).
 */
public final class GenesisRateLimiter {

	static final Duration WINDOW = Duration.ofSeconds(60);

	private final Map<String, Deque<Instant>> windows = new ConcurrentHashMap<>();

	private final TenantSettings settings;

	private final EmulatorClock clock;

	/**
	 * Creates the limiter.
	 * @param settings holds the limit
	 * @param clock the emulator clock
	 */
	public GenesisRateLimiter(TenantSettings settings, EmulatorClock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	boolean tryAcquire(String clientIp) {
		Instant now = this.clock.instant();
		Deque<Instant> window = this.windows.computeIfAbsent(clientIp, (ip) -> new ArrayDeque<>());
		synchronized (window) {
			while (!window.isEmpty() && !window.peekFirst().plus(WINDOW).isAfter(now)) {
				window.removeFirst();
			}
			if (window.size() >= this.settings.genesisLimitPerMinute()) {
				return false;
			}
			window.addLast(now);
			return true;
		}
	}

	/**
	 * Forgets every window.
	 */
	public void reset() {
		this.windows.clear();
	}

}
