/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A {@link WebClient} built when it makes its first request (once, whichever thread asks
 * first), so that creating a Cohesivity client at start-up builds no connector, codecs or
 * Reactor Netty client. Every request then goes to the built client.
 */
final class LazyWebClient implements WebClient {

	private final Supplier<WebClient> factory;

	private final Object monitor = new Object();

	private volatile @Nullable WebClient client;

	LazyWebClient(Supplier<WebClient> factory) {
		this.factory = factory;
	}

	private WebClient client() {
		WebClient built = this.client;
		if (built == null) {
			synchronized (this.monitor) {
				built = this.client;
				if (built == null) {
					built = this.factory.get();
					this.client = built;
				}
			}
		}
		return built;
	}

	@Override
	public RequestHeadersUriSpec<?> get() {
		return client().get();
	}

	@Override
	public RequestHeadersUriSpec<?> head() {
		return client().head();
	}

	@Override
	public RequestBodyUriSpec post() {
		return client().post();
	}

	@Override
	public RequestBodyUriSpec put() {
		return client().put();
	}

	@Override
	public RequestBodyUriSpec patch() {
		return client().patch();
	}

	@Override
	public RequestHeadersUriSpec<?> delete() {
		return client().delete();
	}

	@Override
	public RequestHeadersUriSpec<?> options() {
		return client().options();
	}

	@Override
	public RequestBodyUriSpec method(HttpMethod method) {
		return client().method(method);
	}

	@Override
	public Builder mutate() {
		return client().mutate();
	}

	/**
	 * Returns whether the client was built, that is, whether it made a request.
	 * @return whether it was built
	 */
	boolean isBuilt() {
		return this.client != null;
	}

}
