package ai.cohesivity.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Genesis' limit of N tenant creations per client IP in any 60-second window (default
 * 10).
 */
final class GenesisRateLimiter {

	static final Duration WINDOW = Duration.ofSeconds(60);

	private final Map<String, Deque<Instant>> windows = new ConcurrentHashMap<>();

	private final EmulatorSettings settings;

	private final EmulatorClock clock;

	GenesisRateLimiter(EmulatorSettings settings, EmulatorClock clock) {
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
			if (window.size() >= this.settings.genesisLimitPerMinute) {
				return false;
			}
			window.addLast(now);
			return true;
		}
	}

	void reset() {
		this.windows.clear();
	}

}
