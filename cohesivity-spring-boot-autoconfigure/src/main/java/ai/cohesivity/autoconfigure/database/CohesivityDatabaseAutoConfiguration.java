/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.database;

import java.util.List;

import ai.cohesivity.autoconfigure.CohesivityAutoConfiguration;
import ai.cohesivity.autoconfigure.CohesivityConnectionDetails;
import ai.cohesivity.core.BaseUrls;
import ai.cohesivity.database.EdgeDatabaseExceptionTranslator;
import ai.cohesivity.database.EdgeDatabaseObservationConvention;
import ai.cohesivity.database.EdgeDatabaseOperations;
import ai.cohesivity.database.EdgeDatabaseScriptInitializer;
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
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} for the Cohesivity edge database: a
 * {@link ReactiveEdgeDatabaseClient}, an {@link EdgeDatabaseTemplate} (as
 * {@link EdgeDatabaseOperations}), schema/data initialization
 * ({@code cohesivity.database.init.*}) and optional provisioning at start-up. Needs
 * Spring JDBC on the class path (for its row mappers and exception types) and an
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
			EdgeDatabaseExceptionTranslator exceptionTranslator) {
		return new EdgeDatabaseTemplate(reactiveEdgeDatabaseClient, exceptionTranslator);
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

	@Bean
	@ConditionalOnMissingBean
	EdgeDatabaseScriptInitializer edgeDatabaseScriptInitializer(EdgeDatabaseOperations operations,
			CohesivityDatabaseProperties properties, ObjectProvider<CohesivityConnectionDetails> connectionDetails,
			ObjectProvider<EdgeDatabaseProvisioner> provisioner, ResourceLoader resourceLoader) {
		// Provision first (when enabled): creating the provisioner bean provisions the
		// database.
		provisioner.getIfAvailable();
		CohesivityDatabaseProperties.Init init = properties.getInit();
		CohesivityConnectionDetails details = connectionDetails.getIfAvailable();
		boolean run = switch (init.getMode()) {
			case ALWAYS -> true;
			case NEVER -> false;
			case LOCAL -> details != null && BaseUrls.isLoopback(details.getBaseUrl());
		};
		return new EdgeDatabaseScriptInitializer(operations, resourceLoader,
				run ? init.getSchemaLocations() : List.of(), run ? init.getDataLocations() : List.of(),
				init.isContinueOnError(), init.getEncoding());
	}

}
