/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.database;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.autoconfigure.emulator.CohesivityEmulatorAutoConfiguration;
import ai.cohesivity.database.DefaultEdgeDatabaseObservationConvention;
import ai.cohesivity.database.EdgeDatabaseExceptionTranslator;
import ai.cohesivity.database.EdgeDatabaseObservationConvention;
import ai.cohesivity.database.EdgeDatabaseOperations;
import ai.cohesivity.database.EdgeDatabaseScriptDatabaseInitializer;
import ai.cohesivity.database.EdgeDatabaseTemplate;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient;
import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import ai.cohesivity.emulator.ProvisioningAnswer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.Mockito;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.sql.init.AbstractScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CohesivityDatabaseAutoConfiguration}.
 */
class CohesivityDatabaseAutoConfigurationTests {

	private static final String SCRIPTS = "classpath:ai/cohesivity/autoconfigure/database/";

	private static CohesivityEmulator emulator;

	private static EmulatorTenant tenant;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(CohesivityAutoConfiguration.class, CohesivityDatabaseAutoConfiguration.class))
		.withPropertyValues("cohesivity.emulator.enabled=false", "cohesivity.credentials-file=build/no-such-file");

	@BeforeAll
	static void startEmulator() {
		emulator = CohesivityEmulator.builder().start();
		tenant = emulator.createTenant();
		emulator.provision(tenant.tenantId(), "database");
	}

	@AfterAll
	static void stopEmulator() {
		emulator.close();
	}

	@Test
	void createsTemplateReactiveClientAndTranslator() {
		this.contextRunner.withPropertyValues(connection(tenant)).run((context) -> {
			assertThat(context).hasSingleBean(EdgeDatabaseTemplate.class)
				.hasSingleBean(ReactiveEdgeDatabaseClient.class)
				.hasSingleBean(EdgeDatabaseExceptionTranslator.class)
				.hasSingleBean(EdgeDatabaseScriptDatabaseInitializer.class);
			assertThat(context.getBean(EdgeDatabaseOperations.class).queryForObject("SELECT 40 + 2", Integer.class))
				.isEqualTo(42);
		});
	}

	@Test
	void backsOffFromUserOperationsAndReactiveClient() {
		EdgeDatabaseOperations userOperations = Mockito.mock(EdgeDatabaseOperations.class);
		ReactiveEdgeDatabaseClient userClient = Mockito.mock(ReactiveEdgeDatabaseClient.class);
		this.contextRunner.withPropertyValues(connection(tenant))
			.withPropertyValues("cohesivity.database.init.mode=never")
			.withBean(EdgeDatabaseOperations.class, () -> userOperations)
			.withBean(ReactiveEdgeDatabaseClient.class, () -> userClient)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(EdgeDatabaseTemplate.class);
				assertThat(context.getBean(EdgeDatabaseOperations.class)).isSameAs(userOperations);
				assertThat(context.getBean(ReactiveEdgeDatabaseClient.class)).isSameAs(userClient);
			});
	}

	@Test
	void usesTheObservationRegistryAndAUserObservationConvention() {
		List<String> names = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public void onStop(Observation.Context context) {
				names.add(context.getName() + " " + context.getLowCardinalityKeyValue("operation").getValue());
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

		});
		EdgeDatabaseObservationConvention custom = new DefaultEdgeDatabaseObservationConvention() {

			@Override
			public String getName() {
				return "app.database";
			}

		};
		this.contextRunner.withPropertyValues(connection(tenant))
			.withBean(ObservationRegistry.class, () -> registry)
			.withBean(EdgeDatabaseObservationConvention.class, () -> custom)
			.run((context) -> {
				context.getBean(EdgeDatabaseOperations.class).queryForList("SELECT 1");
				assertThat(names).containsExactly("app.database query");
			});
	}

	@Test
	void disabledByProperty() {
		this.contextRunner.withPropertyValues(connection(tenant))
			.withPropertyValues("cohesivity.database.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(EdgeDatabaseOperations.class)
				.doesNotHaveBean(ReactiveEdgeDatabaseClient.class));
	}

	@Test
	void backsOffWithoutSpringJdbc() {
		this.contextRunner.withPropertyValues(connection(tenant))
			.withClassLoader(new FilteredClassLoader(JdbcOperations.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EdgeDatabaseOperations.class));
	}

	@Test
	void backsOffWithoutEdgeClient() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CohesivityDatabaseAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EdgeDatabaseOperations.class));
	}

	@Test
	void localModeRunsSchemaAndDataScriptsAgainstTheEmulator() {
		EmulatorTenant fresh = freshTenant(true);
		this.contextRunner.withPropertyValues(connection(fresh))
			.withPropertyValues("cohesivity.database.init.schema-locations=" + SCRIPTS + "schema.sql",
					"cohesivity.database.init.data-locations=" + SCRIPTS + "data.sql")
			.run((context) -> {
				EdgeDatabaseOperations operations = context.getBean(EdgeDatabaseOperations.class);
				assertThat(operations.queryForList("SELECT title FROM notes ORDER BY id", String.class))
					.containsExactly("milk; bread", "it's -- not a comment");
				operations.update("UPDATE notes SET title = 'tea' WHERE id = 1");
				assertThat(operations.queryForObject("SELECT changes FROM notes WHERE id = 1", Integer.class))
					.isEqualTo(1);
			});
	}

	@Test
	void neverModeRunsNoScripts() {
		EmulatorTenant fresh = freshTenant(true);
		this.contextRunner.withPropertyValues(connection(fresh))
			.withPropertyValues("cohesivity.database.init.mode=never",
					"cohesivity.database.init.schema-locations=" + SCRIPTS + "schema.sql")
			.run((context) -> assertThat(context.getBean(EdgeDatabaseOperations.class)
				.queryForList("SELECT name FROM sqlite_master WHERE name = 'notes'")).isEmpty());
	}

	@Test
	void localModeDoesNotTouchANonLoopbackBaseUrl() {
		// A host that merely starts with "127." is not loopback: running the (required)
		// schema script
		// would try to reach it and fail the start-up.
		this.contextRunner
			.withPropertyValues("cohesivity.base-url=https://127.0.0.1.example.invalid",
					"cohesivity.application-key=" + tenant.applicationKey(),
					"cohesivity.management-key=" + tenant.managementKey(), "cohesivity.connect-timeout=1s",
					"cohesivity.retry.max-attempts=1",
					"cohesivity.database.init.schema-locations=" + SCRIPTS + "schema.sql")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(EdgeDatabaseScriptDatabaseInitializer.class));
	}

	@Test
	void zeroConfigurationOnTheEmbeddedEmulatorRunsTheScripts() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CohesivityEmulatorAutoConfiguration.class,
					CohesivityAutoConfiguration.class, CohesivityDatabaseAutoConfiguration.class))
			.withPropertyValues("cohesivity.credentials-file=build/no-credentials-here/.cohesivity",
					"cohesivity.database.init.schema-locations=" + SCRIPTS + "schema.sql",
					"cohesivity.database.init.data-locations=" + SCRIPTS + "data.sql")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(EdgeDatabaseOperations.class)
					.queryForObject("SELECT count(*) FROM notes", Long.class)).isEqualTo(2L);
			});
	}

	@Test
	void missingRequiredScriptFailsStartUp() {
		this.contextRunner.withPropertyValues(connection(tenant))
			.withPropertyValues("cohesivity.database.init.schema-locations=classpath:no/such/schema.sql")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("No schema scripts found at location 'classpath:no/such/schema.sql'"));
	}

	@Test
	void provisionsTheDatabaseOnStartupWithWriteRegion() {
		EmulatorTenant fresh = freshTenant(false);
		long provisionsBefore = emulator.requestCount("POST", "/api/resources/database");
		this.contextRunner.withPropertyValues(connection(fresh))
			.withPropertyValues("cohesivity.database.provision-on-startup=true", "cohesivity.database.write-region=eu",
					"cohesivity.database.init.schema-locations=" + SCRIPTS + "schema.sql")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				EdgeDatabaseOperations operations = context.getBean(EdgeDatabaseOperations.class);
				assertThat(operations.queryForList("SELECT title FROM notes")).isEmpty();
				Map<String, Object> status = operations.queryForMap("SELECT 1 AS ok");
				assertThat(status).containsEntry("ok", 1L);
			});
		assertThat(emulator.requestCount("POST", "/api/resources/database")).isEqualTo(provisionsBefore + 1);
	}

	@ParameterizedTest
	@EnumSource(ProvisioningAnswer.class)
	void provisionsOnStartupWhateverSuccessShapeTheAnswerHas(ProvisioningAnswer answer) {
		EmulatorTenant fresh = freshTenant(false);
		emulator.admin().provisioningAnswer(answer);
		try {
			this.contextRunner.withPropertyValues(connection(fresh))
				.withPropertyValues("cohesivity.database.provision-on-startup=true")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean(EdgeDatabaseOperations.class).queryForObject("SELECT 1", Integer.class))
						.isEqualTo(1);
				});
		}
		finally {
			emulator.admin().provisioningAnswer(ProvisioningAnswer.FULL);
		}
	}

	@Test
	void scriptInitializerDependsOnTheProvisionerBean() {
		this.contextRunner.withPropertyValues(connection(tenant))
			.withPropertyValues("cohesivity.database.provision-on-startup=true")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				String[] initializers = context.getBeanNamesForType(EdgeDatabaseScriptDatabaseInitializer.class);
				String[] provisioners = context.getBeanNamesForType(EdgeDatabaseProvisioner.class);
				assertThat(initializers).hasSize(1);
				assertThat(provisioners).hasSize(1);
				assertThat(context.getBeanFactory().getBeanDefinition(initializers[0]).getDependsOn())
					.containsExactly(provisioners[0]);
			});
	}

	@Test
	void beanThatDependsOnDatabaseInitializationIsCreatedAfterTheSchemaExists() {
		EmulatorTenant fresh = freshTenant(true);
		this.contextRunner.withPropertyValues(connection(fresh))
			.withPropertyValues("cohesivity.database.init.schema-locations=" + SCRIPTS + "schema.sql",
					"cohesivity.database.init.data-locations=" + SCRIPTS + "data.sql")
			.withUserConfiguration(NoteCountConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(NoteCount.class).atStartup()).isEqualTo(2L);
			});
	}

	@Test
	void withoutSpringBootSqlThereIsNoScriptInitializerButTheTemplateStays() {
		this.contextRunner.withPropertyValues(connection(tenant))
			.withPropertyValues("cohesivity.database.init.schema-locations=classpath:no/such/schema.sql")
			.withClassLoader(new FilteredClassLoader(AbstractScriptDatabaseInitializer.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(EdgeDatabaseOperations.class)
				.doesNotHaveBean(EdgeDatabaseScriptDatabaseInitializer.class));
	}

	@Test
	void backsOffFromAUserScriptInitializer() {
		EdgeDatabaseScriptDatabaseInitializer userInitializer = new EdgeDatabaseScriptDatabaseInitializer(
				Mockito.mock(EdgeDatabaseOperations.class), new DatabaseInitializationSettings(), null);
		this.contextRunner.withPropertyValues(connection(tenant))
			.withBean(EdgeDatabaseScriptDatabaseInitializer.class, () -> userInitializer)
			.run((context) -> assertThat(context.getBean(EdgeDatabaseScriptDatabaseInitializer.class))
				.isSameAs(userInitializer));
	}

	@Test
	void withoutProvisioningAnUnprovisionedDatabaseFailsInitialization() {
		EmulatorTenant fresh = freshTenant(false);
		this.contextRunner.withPropertyValues(connection(fresh))
			.withPropertyValues("cohesivity.database.init.schema-locations=" + SCRIPTS + "schema.sql")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageContaining("Edge database initialization failed at statement 1"));
	}

	/**
	 * A user's configuration whose bean reads the schema while it is created.
	 */
	@Configuration(proxyBeanMethods = false)
	static class NoteCountConfiguration {

		@Bean
		@DependsOnDatabaseInitialization
		NoteCount noteCount(EdgeDatabaseOperations operations) {
			return new NoteCount(operations);
		}

	}

	/**
	 * Counts the notes in its constructor, as a cache warmed at start-up would.
	 */
	static final class NoteCount {

		private final long atStartup;

		NoteCount(EdgeDatabaseOperations operations) {
			Long count = operations.queryForObject("SELECT count(*) FROM notes", Long.class);
			this.atStartup = (count != null) ? count : -1;
		}

		long atStartup() {
			return this.atStartup;
		}

	}

	private static EmulatorTenant freshTenant(boolean provisioned) {
		EmulatorTenant fresh = emulator.createTenant();
		if (provisioned) {
			emulator.provision(fresh.tenantId(), "database");
		}
		return fresh;
	}

	private static String[] connection(EmulatorTenant emulatorTenant) {
		return List
			.of("cohesivity.base-url=" + emulator.baseUrl(), "cohesivity.tenant-id=" + emulatorTenant.tenantId(),
					"cohesivity.management-key=" + emulatorTenant.managementKey(),
					"cohesivity.application-key=" + emulatorTenant.applicationKey())
			.toArray(String[]::new);
	}

}
