package ai.cohesivity.emulator.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the emulator writes timestamps: ISO-8601 UTC with milliseconds, like
 * {@code 2026-08-13T00:00:00.000Z}.
 */
public final class WireFormats {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private WireFormats() {
	}

	public static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

}
