/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

import java.time.Duration;

/**
 * How edge session tokens are scheduled.
 *
 * @param defaultTtl the lifetime assumed when the server does not send a usable
 * {@code expires_in}
 * @param minimumTtl the floor applied to {@code expires_in}
 * @param maximumMargin the largest safety margin kept before expiry (the margin is a
 * quarter of the lifetime, capped by this)
 */
public record EdgeTokenSettings(Duration defaultTtl, Duration minimumTtl, Duration maximumMargin) {

	/**
	 * Return the defaults: 60 s assumed lifetime, 1 s floor, 5 s maximum margin.
	 * @return the defaults
	 */
	public static EdgeTokenSettings defaults() {
		return new EdgeTokenSettings(Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(5));
	}

}
