/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.util.List;
import java.util.function.UnaryOperator;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The one place that builds every Cohesivity client's {@link WebClient}. It starts from a
 * clone of the application's {@link WebClient.Builder}, so user customizers, codecs and
 * observations apply, then applies the {@link CohesivityWebClientCustomizer}s, and adds
 * what every Cohesivity call needs: an explicit {@code User-Agent}, connect and read
 * timeouts, no redirect following, a bounded in-memory size and the shared error model
 * ({@link CohesivityApiException} / {@link CohesivityNetworkException}).
 * <p>
 * URI templates passed to the built clients never contain key material: the management
 * key travels as a Bearer header and the application key is added by
 * {@link ApplicationKeyQueryConnector}.
 */
public final class CohesivityWebClientFactory {

	private final WebClient.Builder builder;

	private final CohesivityClientSettings settings;

	private final ClientHttpConnectorFactory connectorFactory;

	private final ErrorResponseTranslator translator;

	private final List<CohesivityWebClientCustomizer> customizers;

	/**
	 * Create a factory that uses a Reactor Netty connector.
	 * @param builder the builder to start from; it is cloned, never modified
	 * @param settings the transport settings
	 */
	public CohesivityWebClientFactory(WebClient.Builder builder, CohesivityClientSettings settings) {
		this(builder, settings, CohesivityWebClientFactory::reactorConnector);
	}

	/**
	 * Create a factory.
	 * @param builder the builder to start from; it is cloned, never modified
	 * @param settings the transport settings
	 * @param connectorFactory creates the connector; it must apply the timeouts and must
	 * not follow redirects
	 */
	public CohesivityWebClientFactory(WebClient.Builder builder, CohesivityClientSettings settings,
			ClientHttpConnectorFactory connectorFactory) {
		this(builder, settings, connectorFactory, List.of());
	}

	/**
	 * Create a factory.
	 * @param builder the builder to start from; it is cloned, never modified
	 * @param settings the transport settings
	 * @param connectorFactory creates the connector; it must apply the timeouts and must
	 * not follow redirects
	 * @param customizers customizers applied to the builder of every Cohesivity client,
	 * in order
	 */
	public CohesivityWebClientFactory(WebClient.Builder builder, CohesivityClientSettings settings,
			ClientHttpConnectorFactory connectorFactory, List<CohesivityWebClientCustomizer> customizers) {
		this.builder = builder.clone();
		this.settings = settings;
		this.connectorFactory = connectorFactory;
		this.translator = new ErrorResponseTranslator();
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * Return the transport settings.
	 * @return the settings
	 */
	public CohesivityClientSettings settings() {
		return this.settings;
	}

	/**
	 * Create a client for the given base URL.
	 * @param baseUrl the Cohesivity origin, for example {@code https://cohesivity.ai}
	 * @return the client
	 */
	public WebClient create(String baseUrl) {
		return create(baseUrl, UnaryOperator.identity());
	}

	/**
	 * Create a client for the given base URL whose connector is decorated, for example by
	 * an {@link ApplicationKeyQueryConnector}.
	 * @param baseUrl the Cohesivity origin
	 * @param connectorDecorator decorates the connector
	 * @return the client
	 */
	public WebClient create(String baseUrl, UnaryOperator<ClientHttpConnector> connectorDecorator) {
		ClientHttpConnector connector = connectorDecorator.apply(this.connectorFactory.create(this.settings));
		WebClient.Builder builder = this.builder.clone();
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		return builder.baseUrl(baseUrl)
			.defaultHeader(HttpHeaders.USER_AGENT, this.settings.userAgent())
			.clientConnector(connector)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(this.settings.maxInMemorySize()))
			.filter(new ErrorMappingFilter(this.translator))
			.build();
	}

	/**
	 * Create a Reactor Netty connector with the settings' timeouts that does not follow
	 * redirects.
	 * @param settings the settings
	 * @return the connector
	 */
	public static ClientHttpConnector reactorConnector(CohesivityClientSettings settings) {
		HttpClient httpClient = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
					(int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis()))
			.responseTimeout(settings.readTimeout())
			.followRedirect(false);
		return new ReactorClientHttpConnector(httpClient);
	}

}
