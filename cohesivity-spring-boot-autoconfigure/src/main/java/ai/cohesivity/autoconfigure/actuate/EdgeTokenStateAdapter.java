/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.actuate;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;

import ai.cohesivity.actuate.EdgeTokenState;
import ai.cohesivity.edge.EdgeToken;
import ai.cohesivity.edge.EdgeTokenProvider;

/**
 * The one place that reads the edge token provider's state for the endpoint: its current
 * token's schedule (never its value) and the {@code cohesivity.edge.token.mints} counter.
 * When the provider offers a state accessor without the token, only this class changes.
 */
final class EdgeTokenStateAdapter implements Supplier<EdgeTokenState> {

	private static final boolean MICROMETER_PRESENT = ClassUtils
		.isPresent("io.micrometer.core.instrument.MeterRegistry", EdgeTokenStateAdapter.class.getClassLoader());

	private final @Nullable EdgeTokenProvider provider;

	private final Supplier<@Nullable Long> mints;

	private EdgeTokenStateAdapter(@Nullable EdgeTokenProvider provider, Supplier<@Nullable Long> mints) {
		this.provider = provider;
		this.mints = mints;
	}

	static EdgeTokenStateAdapter of(@Nullable EdgeTokenProvider provider, BeanFactory beanFactory) {
		return new EdgeTokenStateAdapter(provider, MICROMETER_PRESENT ? MintCounter.of(beanFactory) : () -> null);
	}

	@Override
	public EdgeTokenState get() {
		if (this.provider == null) {
			return EdgeTokenState.notUsed();
		}
		EdgeToken token = this.provider.currentToken();
		Instant validUntil = (token != null) ? token.expiresAt() : null;
		// the refresh is due at half the lifetime, so the mint was requested as long
		// before it as the expiry is after it
		Instant lastMint = (token != null)
				? token.refreshAt().minus(Duration.between(token.refreshAt(), token.expiresAt())) : null;
		return new EdgeTokenState(true, validUntil, lastMint, this.mints.get());
	}

	/**
	 * Reads the mint counter; only loaded when Micrometer is on the class path.
	 */
	private static final class MintCounter {

		static Supplier<@Nullable Long> of(BeanFactory beanFactory) {
			return () -> {
				MeterRegistry registry = beanFactory.getBeanProvider(MeterRegistry.class).getIfUnique();
				Counter counter = (registry != null) ? registry.find("cohesivity.edge.token.mints").counter() : null;
				return (counter != null) ? (long) counter.count() : null;
			};
		}

	}

}
