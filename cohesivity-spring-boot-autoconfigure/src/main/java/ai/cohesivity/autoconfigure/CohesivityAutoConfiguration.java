/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

import ai.cohesivity.core.ApplicationKeyQueryConnector;
import ai.cohesivity.core.BaseUrls;
import ai.cohesivity.core.ClientHttpConnectorFactory;
import ai.cohesivity.core.CohesivityClientSettings;
import ai.cohesivity.core.CohesivityCredentials;
import ai.cohesivity.core.CohesivityHttpTransport;
import ai.cohesivity.core.CohesivityRetryPolicy;
import ai.cohesivity.core.CohesivityVersion;
import ai.cohesivity.core.CohesivityWebClientCustomizer;
import ai.cohesivity.core.CohesivityWebClientFactory;
import ai.cohesivity.core.CredentialsFile;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.edge.DefaultEdgeClient;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.edge.EdgeTokenMetrics;
import ai.cohesivity.edge.EdgeTokenProvider;
import ai.cohesivity.edge.EdgeTokenSettings;
import ai.cohesivity.edge.MicrometerEdgeTokenMetrics;
import ai.cohesivity.management.ClaimClient;
import ai.cohesivity.management.GenesisBootstrap;
import ai.cohesivity.management.GenesisClient;
import ai.cohesivity.management.ManagementApi;
import ai.cohesivity.management.ResourcesClient;
import ai.cohesivity.management.StatusClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the Cohesivity client plumbing: connection details, the shared
 * {@link CohesivityWebClientFactory}, the retry policy, edge session tokens and the
 * {@link EdgeClient}, the control-plane clients ({@link ResourcesClient},
 * {@link StatusClient}, {@link ClaimClient}), opt-in tenant creation
 * ({@code cohesivity.genesis.enabled}) and the start-up expiry warning.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
		"org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass(WebClient.class)
@ConditionalOnBooleanProperty(name = "cohesivity.enabled", matchIfMissing = true)
@EnableConfigurationProperties(CohesivityProperties.class)
public final class CohesivityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(CohesivityConnectionDetails.class)
	PropertiesCohesivityConnectionDetails cohesivityConnectionDetails(CohesivityProperties properties,
			ObjectProvider<CohesivityWebClientFactory> webClientFactory,
			ObjectProvider<CohesivityRetryPolicy> retryPolicy) {
		PropertiesCohesivityConnectionDetails details = new PropertiesCohesivityConnectionDetails(properties);
		if (properties.getGenesis().isEnabled() && !details.hasAnyKey()) {
			WebClient webClient = webClientFactory.getObject().create(BaseUrls.validate(properties.getBaseUrl()));
			GenesisClient genesis = new GenesisClient(
					new CohesivityHttpTransport(webClient, JsonMapper.shared(), retryPolicy.getObject()),
					JsonMapper.shared());
			CohesivityCredentials created = new GenesisBootstrap(genesis, properties.getGenesis().getLockTimeout())
				.ensureCredentials(new CredentialsFile(properties.getCredentialsFile()));
			details = new PropertiesCohesivityConnectionDetails(properties, created);
		}
		return details;
	}

	@Bean
	@ConditionalOnMissingBean
	TenantExpiryLogger cohesivityTenantExpiryLogger(CohesivityConnectionDetails connectionDetails) {
		return new TenantExpiryLogger(connectionDetails, Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	CohesivityWebClientFactory cohesivityWebClientFactory(CohesivityProperties properties,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<ClientHttpConnectorFactory> connectors,
			ObjectProvider<CohesivityWebClientCustomizer> customizers) {
		String userAgent = (properties.getUserAgent() != null && !properties.getUserAgent().isBlank())
				? properties.getUserAgent() : CohesivityVersion.userAgent();
		int maxInMemorySize = (int) Math.min(Integer.MAX_VALUE, properties.getMaxInMemorySize().toBytes());
		CohesivityClientSettings settings = new CohesivityClientSettings(userAgent, properties.getConnectTimeout(),
				properties.getReadTimeout(), maxInMemorySize);
		return new CohesivityWebClientFactory(webClientBuilder.getIfAvailable(WebClient::builder), settings,
				connectors.getIfAvailable(() -> CohesivityWebClientFactory::reactorConnector),
				customizers.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	CohesivityRetryPolicy cohesivityRetryPolicy(CohesivityProperties properties) {
		CohesivityProperties.Retry retry = properties.getRetry();
		return new CohesivityRetryPolicy(new RetrySettings(retry.getMaxAttempts(), retry.getInitialBackoff(),
				retry.getMaxBackoff(), retry.getMaxRetryAfter()));
	}

	@Bean
	@ConditionalOnMissingBean
	EdgeClient cohesivityEdgeClient(CohesivityConnectionDetails connectionDetails, CohesivityProperties properties,
			CohesivityWebClientFactory webClientFactory, CohesivityRetryPolicy retryPolicy,
			ObjectProvider<EdgeTokenProvider> tokenProvider) {
		CohesivityHttpTransport transport = EdgeTransports.create(connectionDetails, properties, webClientFactory,
				retryPolicy);
		return new DefaultEdgeClient(transport,
				properties.getEdge().isSessionTokens() ? tokenProvider.getIfAvailable() : null);
	}

	@Bean
	@ConditionalOnMissingBean
	ManagementApi cohesivityManagementApi(CohesivityConnectionDetails connectionDetails,
			CohesivityProperties properties, CohesivityWebClientFactory webClientFactory,
			CohesivityRetryPolicy retryPolicy) {
		LogRedaction.install(properties);
		WebClient webClient = webClientFactory.create(BaseUrls.validate(connectionDetails.getBaseUrl()));
		CohesivityHttpTransport transport = new CohesivityHttpTransport(webClient, JsonMapper.shared(), retryPolicy);
		return new ManagementApi(transport, () -> {
			String key = connectionDetails.getManagementKey();
			if (key == null || key.isBlank()) {
				throw new MissingCohesivityCredentialsException("management key", "cohesivity.management-key",
						properties.getCredentialsFile());
			}
			return key;
		});
	}

	@Bean
	@ConditionalOnMissingBean
	ResourcesClient cohesivityResourcesClient(ManagementApi managementApi) {
		return new ResourcesClient(managementApi);
	}

	@Bean
	@ConditionalOnMissingBean
	StatusClient cohesivityStatusClient(ManagementApi managementApi) {
		return new StatusClient(managementApi);
	}

	@Bean
	@ConditionalOnMissingBean
	ClaimClient cohesivityClaimClient(ManagementApi managementApi, CohesivityConnectionDetails connectionDetails,
			CohesivityProperties properties) {
		return new ClaimClient(managementApi, BaseUrls.validate(connectionDetails.getBaseUrl()),
				properties.getClaim().getPollInterval(), properties.getClaim().getTimeout());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "cohesivity.edge.session-tokens", matchIfMissing = true)
	static class EdgeTokenConfiguration {

		@Bean
		@ConditionalOnMissingBean
		EdgeTokenProvider cohesivityEdgeTokenProvider(CohesivityConnectionDetails connectionDetails,
				CohesivityProperties properties, CohesivityWebClientFactory webClientFactory,
				CohesivityRetryPolicy retryPolicy, ObjectProvider<EdgeTokenMetrics> metrics) {
			CohesivityHttpTransport transport = EdgeTransports.create(connectionDetails, properties, webClientFactory,
					retryPolicy);
			CohesivityProperties.Edge edge = properties.getEdge();
			EdgeTokenSettings settings = new EdgeTokenSettings(EdgeTokenSettings.defaults().defaultTtl(),
					edge.getMinimumTokenTtl(), edge.getMaximumTokenMargin());
			return new EdgeTokenProvider(transport, settings, metrics.getIfAvailable(EdgeTokenMetrics::none),
					Clock.systemUTC());
		}

	}

	/**
	 * Builds connectors with Boot's {@link ClientHttpConnectorBuilder} when there is one,
	 * so that its customizers and the global {@code spring.http.clients.*} settings (SSL
	 * bundle, …) apply; timeouts and redirect handling stay Cohesivity's.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ClientHttpConnectorBuilder.class)
	@ConditionalOnBean(ClientHttpConnectorBuilder.class)
	static class BootConnectorConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ClientHttpConnectorFactory cohesivityClientHttpConnectorFactory(ClientHttpConnectorBuilder<?> builder,
				ObjectProvider<HttpClientSettings> httpClientSettings) {
			HttpClientSettings base = httpClientSettings.getIfAvailable(HttpClientSettings::defaults);
			return (settings) -> builder.build(base.withTimeouts(settings.connectTimeout(), settings.readTimeout())
				.withRedirects(HttpRedirects.DONT_FOLLOW));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class SanitizingConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CohesivitySanitizingFunction cohesivitySanitizingFunction() {
			return new CohesivitySanitizingFunction();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class EdgeTokenMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		EdgeTokenMetrics cohesivityEdgeTokenMetrics(MeterRegistry registry) {
			return new MicrometerEdgeTokenMetrics(registry);
		}

	}

	/**
	 * Builds the data-plane transport: the application key is added as {@code ?key=} by
	 * the connector, to {@code /edge/session} only when session tokens are used, to every
	 * call otherwise.
	 */
	static final class EdgeTransports {

		private EdgeTransports() {
		}

		static CohesivityHttpTransport create(CohesivityConnectionDetails connectionDetails,
				CohesivityProperties properties, CohesivityWebClientFactory webClientFactory,
				CohesivityRetryPolicy retryPolicy) {
			String baseUrl = BaseUrls.validate(connectionDetails.getBaseUrl());
			String applicationKey = connectionDetails.getApplicationKey();
			if (applicationKey == null || applicationKey.isBlank()) {
				throw new MissingCohesivityCredentialsException("application key", "cohesivity.application-key",
						properties.getCredentialsFile());
			}
			LogRedaction.install(properties);
			boolean sessionTokens = properties.getEdge().isSessionTokens();
			WebClient webClient = webClientFactory.create(baseUrl,
					(connector) -> new ApplicationKeyQueryConnector(connector, applicationKey,
							(path) -> !sessionTokens || path.equals("/edge/session")));
			return new CohesivityHttpTransport(webClient, JsonMapper.shared(), retryPolicy);
		}

	}

}
