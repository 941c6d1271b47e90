/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

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
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import ai.cohesivity.core.ClientHttpConnectorFactory;
import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityClientSettings;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityCredentials;
import ai.cohesivity.core.CohesivityVersion;
import ai.cohesivity.core.CohesivityWebClientCustomizer;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.edge.EdgeTokenMetrics;
import ai.cohesivity.edge.EdgeTokenProvider;
import ai.cohesivity.edge.EdgeTokenSettings;
import ai.cohesivity.edge.MicrometerEdgeTokenMetrics;
import ai.cohesivity.management.ClaimClient;
import ai.cohesivity.management.ManagementApi;
import ai.cohesivity.management.ResourcesClient;
import ai.cohesivity.management.StatusClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the Cohesivity clients: connection details, the one
 * {@link CohesivityClientConfigurer} every client is assembled by, edge session tokens
 * and the {@link EdgeClient}, the control-plane clients ({@link ResourcesClient},
 * {@link StatusClient}, {@link ClaimClient}), opt-in tenant creation
 * ({@code cohesivity.genesis.enabled}), key redaction in logs and the start-up expiry
 * warning.
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

	@Bean(LogRedaction.BEAN_NAME)
	LogRedaction cohesivityLogRedaction(CohesivityProperties properties) {
		return new LogRedaction(properties.isRedactLogs());
	}

	@Bean
	@ConditionalOnMissingBean(CohesivityConnectionDetails.class)
	PropertiesCohesivityConnectionDetails cohesivityConnectionDetails(CohesivityProperties properties,
			ObjectProvider<TenantGenesis> genesis, Environment environment) {
		KeySources.checkProperties(environment, properties);
		TenantGenesis created = genesis.getIfAvailable();
		CohesivityCredentials credentials = (created != null) ? created.credentials() : null;
		return (credentials != null) ? new PropertiesCohesivityConnectionDetails(properties, credentials)
				: new PropertiesCohesivityConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	@DependsOn(LogRedaction.BEAN_NAME)
	CohesivityConnection cohesivityConnection(CohesivityConnectionDetails connectionDetails,
			CohesivityProperties properties) {
		return new ConnectionDetailsConnection(connectionDetails, properties.getCredentialsFile());
	}

	@Bean
	@ConditionalOnMissingBean
	TenantExpiryLogger cohesivityTenantExpiryLogger(CohesivityConnectionDetails connectionDetails) {
		return new TenantExpiryLogger(connectionDetails, Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	@DependsOn(LogRedaction.BEAN_NAME)
	CohesivityClientConfigurer cohesivityClientConfigurer(CohesivityProperties properties,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<ClientHttpConnectorFactory> connectors,
			ObjectProvider<CohesivityWebClientCustomizer> customizers) {
		String userAgent = (properties.getUserAgent() != null && !properties.getUserAgent().isBlank())
				? properties.getUserAgent() : CohesivityVersion.userAgent();
		CohesivityProperties.Retry retry = properties.getRetry();
		CohesivityClientConfigurer.Builder builder = CohesivityClientConfigurer.builder()
			.webClientBuilder(webClientBuilder.getIfAvailable(WebClient::builder))
			.settings(
					new CohesivityClientSettings(userAgent, properties.getConnectTimeout(), properties.getReadTimeout(),
							bytes(properties.getMaxInMemorySize()), bytes(properties.getEdge().getMaxInMemorySize())))
			.retrySettings(new RetrySettings(retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff(),
					retry.getMaxRetryAfter()))
			.customizers(customizers.orderedStream().toList());
		connectors.ifAvailable(builder::connectorFactory);
		return builder.build();
	}

	private static int bytes(DataSize size) {
		return (int) Math.min(Integer.MAX_VALUE, size.toBytes());
	}

	@Bean
	@ConditionalOnMissingBean
	EdgeClient cohesivityEdgeClient(CohesivityConnection connection, CohesivityClientConfigurer configurer,
			CohesivityProperties properties, ObjectProvider<EdgeTokenProvider> tokenProvider) {
		EdgeClient.Builder builder = EdgeClient.builder(connection).configurer(configurer);
		if (properties.getEdge().isSessionTokens()) {
			builder.tokenProvider(tokenProvider.getObject());
		}
		else {
			builder.sessionTokens(false);
		}
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	ManagementApi cohesivityManagementApi(CohesivityConnection connection, CohesivityClientConfigurer configurer) {
		return ManagementApi.builder(connection).configurer(configurer).build();
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
	ClaimClient cohesivityClaimClient(ManagementApi managementApi, CohesivityProperties properties) {
		return new ClaimClient(managementApi, properties.getClaim().getPollInterval(),
				properties.getClaim().getTimeout());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "cohesivity.edge.session-tokens", matchIfMissing = true)
	static class EdgeTokenConfiguration {

		@Bean
		@ConditionalOnMissingBean
		EdgeTokenProvider cohesivityEdgeTokenProvider(CohesivityConnection connection,
				CohesivityClientConfigurer configurer, CohesivityProperties properties,
				ObjectProvider<EdgeTokenMetrics> metrics) {
			CohesivityProperties.Edge edge = properties.getEdge();
			return EdgeTokenProvider.builder(connection)
				.configurer(configurer)
				.settings(new EdgeTokenSettings(EdgeTokenSettings.defaults().defaultTtl(), edge.getMinimumTokenTtl(),
						edge.getMaximumTokenMargin()))
				.metrics(metrics.getIfAvailable(EdgeTokenMetrics::none))
				.build();
		}

	}

	/**
	 * Creates a tenant at start-up when no key is configured anywhere. The tenant is
	 * created when the {@link TenantGenesis} bean initializes; the connection details
	 * depend on it.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "cohesivity.genesis.enabled")
	@ConditionalOnMissingBean(CohesivityConnectionDetails.class)
	static class GenesisConfiguration {

		@Bean
		TenantGenesis cohesivityTenantGenesis(CohesivityProperties properties, CohesivityClientConfigurer configurer) {
			return new TenantGenesis(properties, configurer);
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

}
