/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@link EdgeTokenMetrics} as Micrometer counters: {@code cohesivity.edge.token.mints}
 * and {@code cohesivity.edge.token.mint.failures}.
 */
public final class MicrometerEdgeTokenMetrics implements EdgeTokenMetrics {

	private final Counter mints;

	private final Counter failures;

	/**
	 * Register the counters.
	 * @param registry the registry
	 */
	public MicrometerEdgeTokenMetrics(MeterRegistry registry) {
		this.mints = Counter.builder("cohesivity.edge.token.mints")
			.description("Edge session tokens minted")
			.register(registry);
		this.failures = Counter.builder("cohesivity.edge.token.mint.failures")
			.description("Edge session token mints that failed")
			.register(registry);
	}

	@Override
	public void mintSucceeded() {
		this.mints.increment();
	}

	@Override
	public void mintFailed() {
		this.failures.increment();
	}

}
