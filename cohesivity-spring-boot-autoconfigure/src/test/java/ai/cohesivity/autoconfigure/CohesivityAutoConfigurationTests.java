/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ClientHttpConnectorBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

import ai.cohesivity.core.ClientHttpConnectorFactory;
import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityClientConfigurer;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.CohesivityRequest;
import ai.cohesivity.core.CohesivityWebClientCustomizer;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.core.ScriptedServer;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.edge.EdgeTokenMetrics;
import ai.cohesivity.edge.EdgeTokenProvider;
import ai.cohesivity.edge.MicrometerEdgeTokenMetrics;
import ai.cohesivity.management.ClaimClient;
import ai.cohesivity.management.ManagementApi;
import ai.cohesivity.management.ResourcesClient;
import ai.cohesivity.management.StatusClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CohesivityAutoConfiguration}.
 */
class CohesivityAutoConfigurationTests {

	private static final String MAN = "coh_man_0123456789abcdefghij";

	private static final String APP = "coh_app_abcdefghij0123456789";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CohesivityAutoConfiguration.class))
		.withPropertyValues("cohesivity.emulator.enabled=false",
				"cohesivity.credentials-file=target/no-such/.cohesivity");

	@Test
	void createsTheClientBeans() {
		this.runner.withPropertyValues("cohesivity.application-key=" + APP).run((context) -> {
			assertThat(context).hasSingleBean(CohesivityProperties.class)
				.hasSingleBean(PropertiesCohesivityConnectionDetails.class)
				.hasSingleBean(CohesivityConnection.class)
				.hasSingleBean(CohesivityClientConfigurer.class)
				.hasSingleBean(EdgeTokenProvider.class)
				.hasSingleBean(EdgeClient.class)
				.hasSingleBean(LogRedaction.class)
				.doesNotHaveBean(TenantGenesis.class)
				.doesNotHaveBean(EdgeTokenMetrics.class);
			CohesivityClientConfigurer configurer = context.getBean(CohesivityClientConfigurer.class);
			assertThat(configurer.settings().userAgent()).startsWith("cohesivity-spring-boot/");
			assertThat(configurer.settings().maxInMemorySize()).isEqualTo(2 * 1024 * 1024);
			assertThat(configurer.settings().edgeMaxInMemorySize()).isEqualTo(16 * 1024 * 1024);
			assertThat(configurer.retrySettings()).isEqualTo(RetrySettings.defaults());
		});
	}

	@Test
	void sessionTokensCanBeTurnedOff() {
		this.runner.withPropertyValues("cohesivity.application-key=" + APP, "cohesivity.edge.session-tokens=false")
			.run((context) -> assertThat(context).hasSingleBean(EdgeClient.class)
				.doesNotHaveBean(EdgeTokenProvider.class));
	}

	@Test
	void disabledByProperty() {
		this.runner.withPropertyValues("cohesivity.application-key=" + APP, "cohesivity.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(EdgeClient.class)
				.doesNotHaveBean(CohesivityConnectionDetails.class));
	}

	@Test
	void propertiesReachTheConfigurer() {
		this.runner
			.withPropertyValues("cohesivity.application-key=" + APP, "cohesivity.read-timeout=95s",
					"cohesivity.retry.max-attempts=5", "cohesivity.retry.max-retry-after=10s",
					"cohesivity.max-in-memory-size=1MB", "cohesivity.edge.max-in-memory-size=64MB")
			.run((context) -> {
				CohesivityClientConfigurer configurer = context.getBean(CohesivityClientConfigurer.class);
				assertThat(configurer.settings().readTimeout()).isEqualTo(Duration.ofSeconds(95));
				assertThat(configurer.settings().maxInMemorySize()).isEqualTo(1024 * 1024);
				assertThat(configurer.settings().edgeMaxInMemorySize()).isEqualTo(64 * 1024 * 1024);
				assertThat(configurer.retrySettings().maxAttempts()).isEqualTo(5);
				assertThat(configurer.retrySettings().maxRetryAfter()).isEqualTo(Duration.ofSeconds(10));
			});
	}

	@Test
	void backsOffToUserBeans() {
		EdgeClient userClient = (path, body, idempotent) -> Mono.empty();
		CohesivityConnection userConnection = CohesivityConnection.of("http://127.0.0.1:1", MAN, APP);
		this.runner.withPropertyValues("cohesivity.application-key=" + APP)
			.withBean(EdgeClient.class, () -> userClient)
			.withBean(CohesivityConnection.class, () -> userConnection)
			.run((context) -> {
				assertThat(context.getBean(EdgeClient.class)).isSameAs(userClient);
				assertThat(context.getBean(CohesivityConnection.class)).isSameAs(userConnection);
			});
	}

	@Test
	void backsOffToUserConfigurerAndControlPlaneClients() {
		CohesivityClientConfigurer userConfigurer = CohesivityClientConfigurer.defaults();
		ManagementApi userApi = Mockito.mock(ManagementApi.class);
		ResourcesClient userResources = Mockito.mock(ResourcesClient.class);
		StatusClient userStatus = Mockito.mock(StatusClient.class);
		ClaimClient userClaims = Mockito.mock(ClaimClient.class);
		EdgeTokenMetrics userMetrics = EdgeTokenMetrics.none();
		this.runner.withPropertyValues("cohesivity.application-key=" + APP)
			.withBean(CohesivityClientConfigurer.class, () -> userConfigurer)
			.withBean(ManagementApi.class, () -> userApi)
			.withBean(ResourcesClient.class, () -> userResources)
			.withBean(StatusClient.class, () -> userStatus)
			.withBean(ClaimClient.class, () -> userClaims)
			.withBean(EdgeTokenMetrics.class, () -> userMetrics)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				assertThat(context.getBean(CohesivityClientConfigurer.class)).isSameAs(userConfigurer);
				assertThat(context.getBean(ManagementApi.class)).isSameAs(userApi);
				assertThat(context.getBean(ResourcesClient.class)).isSameAs(userResources);
				assertThat(context.getBean(StatusClient.class)).isSameAs(userStatus);
				assertThat(context.getBean(ClaimClient.class)).isSameAs(userClaims);
				assertThat(context.getBean(EdgeTokenMetrics.class)).isSameAs(userMetrics);
				assertThat(context).hasSingleBean(EdgeTokenProvider.class).hasSingleBean(EdgeClient.class);
			});
	}

	@Test
	void noBeanShowsAKeyInItsToString() {
		this.runner.withPropertyValues("cohesivity.application-key=" + APP, "cohesivity.management-key=" + MAN)
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				for (String name : context.getBeanDefinitionNames()) {
					assertThat(String.valueOf(context.getBean(name))).as(name).doesNotContain(APP).doesNotContain(MAN);
				}
				assertThat(CohesivityRequest.of(HttpMethod.GET, "/api/status").withBearer(MAN).toString())
					.doesNotContain(MAN);
			});
	}

	@Test
	void connectionDetailsBeanWinsOverPropertiesAndFile() {
		CohesivityConnectionDetails details = new FixedConnectionDetails("http://127.0.0.1:1", MAN, APP, "from-bean");
		this.runner.withPropertyValues("cohesivity.base-url=http://insecure.example.com")
			.withBean(CohesivityConnectionDetails.class, () -> details)
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(PropertiesCohesivityConnectionDetails.class);
				assertThat(context.getBean(CohesivityConnectionDetails.class)).isSameAs(details);
			});
	}

	@Test
	void propertiesWinOverTheCredentialsFile(@TempDir Path directory) throws IOException {
		Path file = Files.writeString(directory.resolve(".cohesivity"),
				"tenant_id=file-tenant-id\n" + "coh_management_key=" + MAN
						+ "\ncoh_application_key=coh_app_fromfilefromfilefromfi\n"
						+ "expires_at=2030-01-01T00:00:00.000Z\ntenant_lifecycle=ephemeral\n");
		this.runner.withPropertyValues("cohesivity.credentials-file=" + file, "cohesivity.application-key=" + APP)
			.run((context) -> {
				CohesivityConnectionDetails details = context.getBean(CohesivityConnectionDetails.class);
				assertThat(details.getApplicationKey()).isEqualTo(APP);
				assertThat(details.getManagementKey()).isEqualTo(MAN);
				assertThat(details.getTenantId()).isEqualTo("file-tenant-id");
				assertThat(details.getTenantLifecycle()).isEqualTo("ephemeral");
				assertThat(details.toString()).doesNotContain(APP).doesNotContain(MAN);
			});
	}

	@Test
	void credentialsFileAloneIsEnough(@TempDir Path directory) throws IOException {
		Path file = Files.writeString(directory.resolve(".cohesivity"), "coh_application_key=" + APP + "\n");
		this.runner.withPropertyValues("cohesivity.credentials-file=" + file)
			.run((context) -> assertThat(context).hasSingleBean(EdgeClient.class));
	}

	@Test
	void countsMintsAndFailuresWhenAMeterRegistryIsPresent() throws IOException {
		try (ScriptedServer server = new ScriptedServer()) {
			server.enqueue("/edge/session", ScriptedServer.json(503, "{\"error\":\"unavailable\"}"));
			server.enqueue("/edge/session", ScriptedServer.token("tok", 60));
			server.enqueue("/edge/database", ScriptedServer.json(200, "{\"rows\":[],\"rowCount\":0}"));
			this.runner
				.withPropertyValues("cohesivity.application-key=" + APP, "cohesivity.base-url=" + server.baseUrl(),
						"cohesivity.retry.max-attempts=1")
				.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
				.run((context) -> {
					assertThat(context).hasSingleBean(MicrometerEdgeTokenMetrics.class);
					EdgeClient client = context.getBean(EdgeClient.class);
					assertThatException().isThrownBy(() -> select(client));
					select(client);
					assertThat(context.getBean(EdgeTokenProvider.class).state().failedMints()).isEqualTo(1);
					MeterRegistry registry = context.getBean(MeterRegistry.class);
					assertThat(registry.get("cohesivity.edge.token.mints").counter().count()).isEqualTo(1);
					assertThat(registry.get("cohesivity.edge.token.mint.failures").counter().count()).isEqualTo(1);
					assertThat(registry.get("cohesivity.edge.token.mints").counter().getId().getTags()).isEmpty();
				});
		}
	}

	@Test
	void startsWithoutMicrometer() {
		this.runner.withPropertyValues("cohesivity.application-key=" + APP)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(EdgeClient.class));
	}

	@Test
	void backsOffWithoutWebClient() {
		this.runner.withPropertyValues("cohesivity.application-key=" + APP)
			.withClassLoader(new FilteredClassLoader(WebClient.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EdgeClient.class));
	}

	@Test
	void edgeClientUsesBootsWebClientBuilderAndTheConfiguredUserAgent() throws IOException {
		try (ScriptedServer server = new ScriptedServer()) {
			server.enqueue("/edge/session", ScriptedServer.token("tok", 60));
			server.enqueue("/edge/database", ScriptedServer.json(200, "{\"rows\":[],\"rowCount\":0}"));
			this.runner.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class))
				.withPropertyValues("cohesivity.application-key=" + APP, "cohesivity.base-url=" + server.baseUrl(),
						"cohesivity.user-agent=orders-service/2.1")
				.withBean(WebClientCustomizer.class, () -> (builder) -> builder.defaultHeader("X-Customized", "yes"))
				.run((context) -> {
					context.getBean(EdgeClient.class)
						.post("/edge/database", Map.of("query", "SELECT 1"), true)
						.block(Duration.ofSeconds(10));
					RecordedRequest query = server.requests().get(1);
					assertThat(query.getHeaders().get("User-Agent")).isEqualTo("orders-service/2.1");
					assertThat(query.getHeaders().get("X-Customized")).isEqualTo("yes");
					assertThat(query.getHeaders().get("Authorization")).isEqualTo("Bearer tok");
				});
		}
	}

	@Test
	void connectorsComeFromBootsConnectorBuilderWithCohesivityTimeoutsAndNoRedirects() throws IOException {
		AtomicInteger customized = new AtomicInteger();
		try (ScriptedServer server = new ScriptedServer()) {
			server.enqueue("/api/status",
					new MockResponse.Builder().code(302)
						.addHeader("Location", server.baseUrl() + "/elsewhere")
						.build());
			this.runner
				.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
						ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class))
				.withBean(ClientHttpConnectorBuilderCustomizer.class, () -> (builder) -> {
					customized.incrementAndGet();
					return builder;
				})
				.withPropertyValues("cohesivity.application-key=" + APP, "cohesivity.management-key=" + MAN,
						"cohesivity.base-url=" + server.baseUrl(), "spring.http.clients.redirects=follow")
				.run((context) -> {
					assertThat(context).hasSingleBean(ClientHttpConnectorFactory.class);
					assertThat(customized).hasPositiveValue();
					assertThatExceptionOfType(CohesivityApiException.class)
						.isThrownBy(() -> context.getBean(StatusClient.class).status().block(Duration.ofSeconds(10)))
						.withMessageContaining("was not followed");
					assertThat(server.count("/elsewhere")).isZero();
				});
		}
	}

	@Test
	void tokenProviderStopsWithTheContext() {
		EdgeClient[] client = new EdgeClient[1];
		this.runner.withPropertyValues("cohesivity.application-key=" + APP)
			.run((context) -> client[0] = context.getBean(EdgeClient.class));
		assertThatExceptionOfType(CohesivityException.class).isThrownBy(() -> select(client[0]))
			.withMessageContaining("closed");
	}

	private static void select(EdgeClient client) {
		client.post("/edge/database", Map.of("query", "SELECT 1"), true).block(Duration.ofSeconds(10));
	}

	@Test
	void startsWithoutBootsHttpClientModule() {
		this.runner.withPropertyValues("cohesivity.application-key=" + APP)
			.withClassLoader(new FilteredClassLoader(ClientHttpConnectorBuilder.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(EdgeClient.class)
				.doesNotHaveBean(ClientHttpConnectorFactory.class));
	}

	@Test
	void cohesivityCustomizersApplyToCohesivityClientsOnly() throws IOException {
		try (ScriptedServer server = new ScriptedServer()) {
			server.enqueue("/edge/session", ScriptedServer.token("tok", 60));
			server.enqueue("/edge/database", ScriptedServer.json(200, "{\"rows\":[],\"rowCount\":0}"));
			server.enqueue("/other", ScriptedServer.json(200, "{}"));
			this.runner.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class))
				.withPropertyValues("cohesivity.application-key=" + APP, "cohesivity.base-url=" + server.baseUrl())
				.withBean(CohesivityWebClientCustomizer.class,
						() -> (builder) -> builder.defaultHeader("X-Cohesivity-Only", "yes"))
				.run((context) -> {
					context.getBean(EdgeClient.class)
						.post("/edge/database", Map.of("query", "SELECT 1"), true)
						.block(Duration.ofSeconds(10));
					context.getBean(WebClient.Builder.class)
						.build()
						.get()
						.uri(server.baseUrl() + "/other")
						.retrieve()
						.toBodilessEntity()
						.block(Duration.ofSeconds(10));
					assertThat(server.requests().get(0).getHeaders().get("X-Cohesivity-Only")).isEqualTo("yes");
					assertThat(server.requests().get(1).getHeaders().get("X-Cohesivity-Only")).isEqualTo("yes");
					assertThat(server.requests().get(2).getHeaders().get("X-Cohesivity-Only")).isNull();
				});
		}
	}

}
