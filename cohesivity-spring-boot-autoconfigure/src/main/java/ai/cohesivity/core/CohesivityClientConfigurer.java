/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.Assert;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The one place that assembles every Cohesivity client's HTTP plumbing (in the spirit of
 * Spring Cloud AWS's {@code AwsClientBuilderConfigurer}). For a
 * {@link CohesivityConnection} it validates the base URL (https, or http to loopback),
 * and builds a {@link CohesivityHttpTransport} with:
 * <ul>
 * <li>a clone of the application's {@link WebClient.Builder} (so its customizers, codecs
 * and observations apply; it is never modified), then the
 * {@link CohesivityWebClientCustomizer}s;</li>
 * <li>an explicit {@code User-Agent}, connect and read timeouts, no redirect following, a
 * bounded in-memory size per plane ({@link CohesivityClientSettings});</li>
 * <li>{@code Accept-Encoding: gzip} on every request and the decoding of gzip answers,
 * whatever the connector;</li>
 * <li>the shared error model ({@link CohesivityApiException} /
 * {@link CohesivityNetworkException}) and the retry policy ({@link RetrySettings});</li>
 * <li>exactly one credential: the management key as Bearer for the control plane; the
 * edge session token as Bearer, renewed once after a {@code 401}, for the data plane; the
 * application key as {@code ?key=} only where the wire needs it — the session mint
 * ({@link #edgeSessionMint(CohesivityConnection)}), and every data-plane call when no
 * session token is used. Keys never appear in a URI template, a filter's view of the URL,
 * or an observation.</li>
 * </ul>
 * A client that needs other transport settings (a longer read timeout for a slow
 * streaming endpoint) asks {@link #withSettings(UnaryOperator)} for a configurer of its
 * own; everything else stays shared.
 */
public final class CohesivityClientConfigurer {

	private final WebClient.Builder webClientBuilder;

	private final CohesivityClientSettings settings;

	private final ClientHttpConnectorFactory connectorFactory;

	private final List<CohesivityWebClientCustomizer> customizers;

	private final CohesivityRetryPolicy retryPolicy;

	private final JsonMapper jsonMapper;

	private final ResponseFilter responseFilter = new ResponseFilter(new ErrorResponseTranslator());

	private CohesivityClientConfigurer(Builder builder) {
		this.webClientBuilder = builder.webClientBuilder.clone();
		this.settings = builder.settings;
		this.connectorFactory = builder.connectorFactory;
		this.customizers = List.copyOf(builder.customizers);
		this.retryPolicy = new CohesivityRetryPolicy(builder.retrySettings, builder.clock);
		this.jsonMapper = builder.jsonMapper;
	}

	/**
	 * Return a builder, with the defaults of {@link CohesivityClientSettings#defaults()}
	 * and {@link RetrySettings#defaults()}, a plain {@link WebClient#builder()} and a
	 * Reactor Netty connector.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return a configurer with every default.
	 * @return the configurer
	 */
	public static CohesivityClientConfigurer defaults() {
		return builder().build();
	}

	/**
	 * Return the transport settings.
	 * @return the settings
	 */
	public CohesivityClientSettings settings() {
		return this.settings;
	}

	/**
	 * Return the retry settings.
	 * @return the retry settings
	 */
	public RetrySettings retrySettings() {
		return this.retryPolicy.settings();
	}

	/**
	 * Return a configurer like this one whose transport settings are changed, for a
	 * client with needs of its own, for example a read timeout of 120 s for a streaming
	 * endpoint that may take 90 s to answer: {@code withSettings((settings) ->
	 * settings.withReadTimeout(Duration.ofSeconds(120)))}.
	 * @param change changes the settings
	 * @return the new configurer; this one is unchanged
	 */
	public CohesivityClientConfigurer withSettings(UnaryOperator<CohesivityClientSettings> change) {
		return toBuilder().settings(change.apply(this.settings)).build();
	}

	private Builder toBuilder() {
		return builder().webClientBuilder(this.webClientBuilder)
			.settings(this.settings)
			.connectorFactory(this.connectorFactory)
			.customizers(this.customizers)
			.retrySettings(this.retryPolicy.settings())
			.clock(this.retryPolicy.clock())
			.jsonMapper(this.jsonMapper);
	}

	/**
	 * Return a transport for the control plane ({@code /api/*}) that sends the management
	 * key as Bearer. The key is looked up per call: without one, calls fail with
	 * {@link CohesivityConnection#missingKey(CohesivityConnection.Key)}.
	 * @param connection the tenant
	 * @return the transport
	 */
	public CohesivityHttpTransport managementTransport(CohesivityConnection connection) {
		String baseUrl = BaseUrls.validate(connection.baseUrl());
		return transport(baseUrl, webClient(baseUrl, null, this.settings.maxInMemorySize()),
				RequestCredential.managementKey(connection));
	}

	/**
	 * Return a transport without credential, for calls that carry their own (a claim's
	 * wait token) or none (tenant creation).
	 * @param baseUrl the Cohesivity origin
	 * @return the transport
	 */
	public CohesivityHttpTransport anonymousTransport(String baseUrl) {
		String validated = BaseUrls.validate(baseUrl);
		return transport(validated, webClient(validated, null, this.settings.maxInMemorySize()),
				RequestCredential.NONE);
	}

	/**
	 * Return the edge session mint ({@code POST /edge/session?key=}).
	 * @param connection the tenant; its application key is read now
	 * @return the mint
	 */
	public EdgeSessionMint edgeSessionMint(CohesivityConnection connection) {
		return new EdgeSessionMint(keyParameterTransport(connection), this.retryPolicy);
	}

	/**
	 * Return a transport for the data plane ({@code /edge/*}): with a session token when
	 * one is given, otherwise with the application key as {@code ?key=} on every call.
	 * @param connection the tenant; its application key is read now (for the
	 * {@code ?key=} mode)
	 * @param sessionTokens the edge session tokens, or {@code null} for the {@code ?key=}
	 * mode
	 * @return the transport
	 */
	public CohesivityHttpTransport edgeTransport(CohesivityConnection connection,
			@Nullable RenewableToken sessionTokens) {
		if (sessionTokens == null) {
			return keyParameterTransport(connection);
		}
		String baseUrl = BaseUrls.validate(connection.baseUrl());
		return transport(baseUrl, webClient(baseUrl, null, this.settings.edgeMaxInMemorySize()),
				RequestCredential.renewableToken(sessionTokens));
	}

	private CohesivityHttpTransport keyParameterTransport(CohesivityConnection connection) {
		String baseUrl = BaseUrls.validate(connection.baseUrl());
		String applicationKey = connection.applicationKey();
		if (applicationKey == null || applicationKey.isBlank()) {
			throw connection.missingKey(CohesivityConnection.Key.APPLICATION);
		}
		return transport(baseUrl, webClient(baseUrl, applicationKey, this.settings.edgeMaxInMemorySize()),
				RequestCredential.KEY_PARAMETER);
	}

	private CohesivityHttpTransport transport(String baseUrl, WebClient webClient, RequestCredential credential) {
		return new CohesivityHttpTransport(baseUrl, webClient, this.jsonMapper, this.retryPolicy, credential);
	}

	/**
	 * Create a client for a validated base URL.
	 * @param baseUrl the origin
	 * @param applicationKey the key to add as {@code ?key=} to every request, or
	 * {@code null} for none
	 * @param maxInMemorySize the largest (decoded) response body buffered, in bytes
	 * @return the client
	 */
	WebClient webClient(String baseUrl, @Nullable String applicationKey, int maxInMemorySize) {
		ClientHttpConnector connector = this.connectorFactory.create(this.settings);
		if (applicationKey != null) {
			connector = new ApplicationKeyQueryConnector(connector, applicationKey);
		}
		WebClient.Builder builder = this.webClientBuilder.clone();
		this.customizers.forEach((customizer) -> customizer.customize(builder));
		return builder.baseUrl(baseUrl)
			.defaultHeader(HttpHeaders.USER_AGENT, this.settings.userAgent())
			.defaultHeader(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.clientConnector(connector)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(maxInMemorySize))
			.filter(this.responseFilter)
			.build();
	}

	/**
	 * Create a Reactor Netty connector with the settings' timeouts that does not follow
	 * redirects.
	 * @param settings the settings
	 * @return the connector
	 */
	static ClientHttpConnector reactorConnector(CohesivityClientSettings settings) {
		HttpClient httpClient = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
					(int) Math.min(Integer.MAX_VALUE, settings.connectTimeout().toMillis()))
			.responseTimeout(settings.readTimeout())
			.followRedirect(false);
		return new ReactorClientHttpConnector(httpClient);
	}

	@Override
	public String toString() {
		return "CohesivityClientConfigurer[userAgent=" + this.settings.userAgent() + ", connectTimeout="
				+ this.settings.connectTimeout() + ", readTimeout=" + this.settings.readTimeout() + "]";
	}

	/**
	 * Builds a {@link CohesivityClientConfigurer}.
	 */
	public static final class Builder {

		private WebClient.Builder webClientBuilder = WebClient.builder();

		private CohesivityClientSettings settings = CohesivityClientSettings.defaults();

		private ClientHttpConnectorFactory connectorFactory = CohesivityClientConfigurer::reactorConnector;

		private final List<CohesivityWebClientCustomizer> customizers = new ArrayList<>();

		private RetrySettings retrySettings = RetrySettings.defaults();

		private JsonMapper jsonMapper = JsonMapper.shared();

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * Start every client from a clone of this builder (for example Boot's, so that
		 * its customizers and observations apply). The builder is never modified.
		 * @param webClientBuilder the builder
		 * @return this builder
		 */
		public Builder webClientBuilder(WebClient.Builder webClientBuilder) {
			this.webClientBuilder = webClientBuilder;
			return this;
		}

		/**
		 * Use these transport settings.
		 * @param settings the settings
		 * @return this builder
		 */
		public Builder settings(CohesivityClientSettings settings) {
			this.settings = settings;
			return this;
		}

		/**
		 * Create connectors with this factory instead of plain Reactor Netty.
		 * @param connectorFactory the factory; it must apply the settings' timeouts and
		 * must not follow redirects
		 * @return this builder
		 */
		public Builder connectorFactory(ClientHttpConnectorFactory connectorFactory) {
			this.connectorFactory = connectorFactory;
			return this;
		}

		/**
		 * Apply these customizers, in order, to the builder of every Cohesivity client.
		 * @param customizers the customizers
		 * @return this builder
		 */
		public Builder customizers(List<CohesivityWebClientCustomizer> customizers) {
			this.customizers.clear();
			this.customizers.addAll(customizers);
			return this;
		}

		/**
		 * Retry idempotent calls with these settings.
		 * @param retrySettings the settings
		 * @return this builder
		 */
		public Builder retrySettings(RetrySettings retrySettings) {
			this.retrySettings = retrySettings;
			return this;
		}

		/**
		 * Read and write JSON bodies with this mapper.
		 * @param jsonMapper the mapper
		 * @return this builder
		 */
		public Builder jsonMapper(JsonMapper jsonMapper) {
			this.jsonMapper = jsonMapper;
			return this;
		}

		/**
		 * Tell time with this clock (when the next UTC minute of a per-minute rate limit
		 * starts); for tests.
		 * @param clock the clock
		 * @return this builder
		 */
		Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * Build the configurer.
		 * @return the configurer
		 */
		public CohesivityClientConfigurer build() {
			Assert.isTrue(this.retrySettings.maxAttempts() >= 1, "maxAttempts must be at least 1");
			return new CohesivityClientConfigurer(this);
		}

	}

}
