package ai.cohesivity.emulator.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's notion of time: the system clock plus an offset that tests can move
 * forward. Token expiry, tenant expiry and rate-limit windows all read it.
 */
public final class EmulatorClock extends Clock {

	private final Clock base;

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public EmulatorClock(Clock base) {
		this.base = base;
	}

	public void advance(Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("The emulator clock only moves forward, not by " + amount);
		}
		this.offset.accumulateAndGet(amount, Duration::plus);
	}

	public void resetOffset() {
		this.offset.set(Duration.ZERO);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The emulator clock is always UTC");
	}

	@Override
	public Instant instant() {
		return this.base.instant().plus(this.offset.get());
	}

	@Override
	public long millis() {
		return this.base.millis() + this.offset.get().toMillis();
	}

}
