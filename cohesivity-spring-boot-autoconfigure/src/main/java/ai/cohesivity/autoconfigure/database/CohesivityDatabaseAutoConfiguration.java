/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.database;

import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;
import ai.cohesivity.database.EdgeDatabaseExceptionTranslator;
import ai.cohesivity.database.EdgeDatabaseObservationConvention;
import ai.cohesivity.database.EdgeDatabaseOperations;
import ai.cohesivity.database.EdgeDatabaseScriptDatabaseInitializer;
import ai.cohesivity.database.EdgeDatabaseTemplate;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.management.ResourcesClient;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.AbstractScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the Cohesivity edge database: a
 * {@link ReactiveEdgeDatabaseClient}, an {@link EdgeDatabaseTemplate} (as
 * {@link EdgeDatabaseOperations}), schema/data initialization
 * ({@code cohesivity.database.init.*}, through Spring Boot's
 * {@link AbstractScriptDatabaseInitializer}, so that beans annotated with
 * {@code @DependsOnDatabaseInitialization} wait for it) and optional provisioning at
 * start-up (a database initializer of its own, which the script initializer depends on).
 * Needs Spring JDBC on the class path (for its row mappers and exception types) and an
 * {@link EdgeClient}; turned off with {@code cohesivity.database.enabled=false}.
 */
@AutoConfiguration(after = CohesivityAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(JdbcOperations.class)
@ConditionalOnBean(EdgeClient.class)
@ConditionalOnProperty(prefix = "cohesivity.database", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CohesivityDatabaseProperties.class)
public final class CohesivityDatabaseAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EdgeDatabaseExceptionTranslator edgeDatabaseExceptionTranslator() {
		return new EdgeDatabaseExceptionTranslator();
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveEdgeDatabaseClient reactiveEdgeDatabaseClient(EdgeClient edgeClient,
			EdgeDatabaseExceptionTranslator exceptionTranslator,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<EdgeDatabaseObservationConvention> observationConvention) {
		return ReactiveEdgeDatabaseClient.builder(edgeClient)
			.exceptionTranslator(exceptionTranslator)
			.observationRegistry(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP))
			.observationConvention(observationConvention.getIfUnique())
			.build();
	}

	@Bean
	@ConditionalOnMissingBean(EdgeDatabaseOperations.class)
	EdgeDatabaseTemplate edgeDatabaseTemplate(ReactiveEdgeDatabaseClient reactiveEdgeDatabaseClient,
			EdgeDatabaseExceptionTranslator exceptionTranslator, CohesivityDatabaseProperties properties) {
		EdgeDatabaseTemplate template = new EdgeDatabaseTemplate(reactiveEdgeDatabaseClient, exceptionTranslator);
		template.setInTransactionPolicy(properties.getInTransaction());
		return template;
	}

	@Bean
	@ConditionalOnProperty(prefix = "cohesivity.database", name = "provision-on-startup")
	EdgeDatabaseProvisioner edgeDatabaseProvisioner(ObjectProvider<ResourcesClient> resourcesClient,
			CohesivityDatabaseProperties properties) {
		ResourcesClient client = resourcesClient.getIfAvailable();
		if (client == null) {
			throw new IllegalStateException("cohesivity.database.provision-on-startup=true needs the Cohesivity "
					+ "management client: configure the management key (cohesivity.management-key or .cohesivity)");
		}
		return new EdgeDatabaseProvisioner(client, properties.getWriteRegion());
	}

	/**
	 * Schema and data scripts through Spring Boot's own database initialization, when
	 * {@code spring-boot-sql} is on the class path (the starter brings it).
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(AbstractScriptDatabaseInitializer.class)
	@Import(DatabaseInitializationDependencyConfigurer.class)
	static class ScriptInitializationConfiguration {

		@Bean
		@ConditionalOnMissingBean
		EdgeDatabaseScriptDatabaseInitializer edgeDatabaseScriptDatabaseInitializer(EdgeDatabaseOperations operations,
				CohesivityDatabaseProperties properties,
				ObjectProvider<CohesivityConnectionDetails> connectionDetails) {
			CohesivityConnectionDetails details = connectionDetails.getIfAvailable();
			return new EdgeDatabaseScriptDatabaseInitializer(operations, settings(properties.getInit()),
					(details != null) ? details.getBaseUrl() : null);
		}

		static DatabaseInitializationSettings settings(CohesivityDatabaseProperties.Init init) {
			DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
			settings.setSchemaLocations(init.getSchemaLocations());
			settings.setDataLocations(init.getDataLocations());
			settings.setContinueOnError(init.isContinueOnError());
			settings.setEncoding(init.getEncoding());
			settings.setMode(switch (init.getMode()) {
				case LOCAL -> DatabaseInitializationMode.EMBEDDED;
				case ALWAYS -> DatabaseInitializationMode.ALWAYS;
				case NEVER -> DatabaseInitializationMode.NEVER;
			});
			return settings;
		}

	}

}
