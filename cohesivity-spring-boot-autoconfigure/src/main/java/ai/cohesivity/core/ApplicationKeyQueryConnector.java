/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;

/**
 * Adds the application key as the {@code key} query parameter to every request, at the
 * very last moment, inside the connector. URI templates, the URL seen by
 * {@code WebClient} filters, logs of the exchange and the {@code http.url} of
 * observations therefore never contain it. {@link CohesivityClientConfigurer} puts it
 * under the clients of exactly the calls whose wire needs the key.
 */
final class ApplicationKeyQueryConnector implements ClientHttpConnector {

	private final ClientHttpConnector delegate;

	private final String encodedKey;

	ApplicationKeyQueryConnector(ClientHttpConnector delegate, String applicationKey) {
		this.delegate = delegate;
		this.encodedKey = URLEncoder.encode(applicationKey, StandardCharsets.UTF_8);
	}

	@Override
	public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
			Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
		return this.delegate.connect(method, withKey(uri), requestCallback);
	}

	private URI withKey(URI uri) {
		String query = uri.getRawQuery();
		String keyParameter = "key=" + this.encodedKey;
		String newQuery = (query == null || query.isEmpty()) ? keyParameter : query + "&" + keyParameter;
		String text = uri.toString();
		int cut = text.indexOf('?');
		int fragment = text.indexOf('#');
		String base = (cut >= 0) ? text.substring(0, cut) : (fragment >= 0) ? text.substring(0, fragment) : text;
		return URI.create(base + "?" + newQuery);
	}

	@Override
	public String toString() {
		return "ApplicationKeyQueryConnector[" + this.delegate + "]";
	}

}
