/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the public surface of the edge database and its auto-configuration to what users
 * call or replace; everything else is package-private. The list is the one in
 * {@code docs/architecture.md}: change both together.
 */
class DatabasePublicApiTests {

	@Test
	void databasePackagePublishesOnlyTheUserFacingTypes() {
		assertThat(publicTypes("ai.cohesivity.database")).containsExactlyInAnyOrder(
				"DefaultEdgeDatabaseObservationConvention", "EdgeDatabaseAnswerTooLargeException",
				"EdgeDatabaseCallKind", "EdgeDatabaseExceptionTranslator", "EdgeDatabaseObservationContext",
				"EdgeDatabaseObservationConvention", "EdgeDatabaseOperations", "EdgeDatabaseScriptDatabaseInitializer",
				"EdgeDatabaseOperations$AtomicBatchSpec", "EdgeDatabaseTemplate", "EdgeResultSet", "EdgeStatementSpec",
				"EdgeStatementSpec$MappedQuerySpec", "EdgeStatementSpec$ResultQuerySpec", "InTransactionPolicy",
				"ReactiveEdgeDatabaseClient", "ReactiveEdgeDatabaseClient$AtomicBatchSpec",
				"ReactiveEdgeDatabaseClient$Builder", "ReactiveEdgeDatabaseClient$FetchSpec",
				"ReactiveEdgeDatabaseClient$GenericExecuteSpec", "ReactiveEdgeDatabaseClient$RowsFetchSpec",
				"ReactiveEdgeDatabaseClient$UpdatedRowsFetchSpec");
	}

	@Test
	void databaseAutoConfigurationPublishesOnlyTheConfigurationAndItsProperties() {
		assertThat(publicTypes("ai.cohesivity.autoconfigure.database")).containsExactlyInAnyOrder(
				"CohesivityDatabaseAutoConfiguration", "CohesivityDatabaseProperties",
				"CohesivityDatabaseProperties$Init", "CohesivityDatabaseProperties$InitMode");
	}

	private static List<String> publicTypes(String packageName) {
		ImportOption mainCodeOnly = (location) -> !location.contains("/test-classes/");
		return new ClassFileImporter().withImportOption(mainCodeOnly)
			.importPackages(packageName)
			.stream()
			.filter((type) -> type.getPackageName().equals(packageName))
			.filter((type) -> !type.isAnonymousClass() && !type.isLocalClass())
			.filter(DatabasePublicApiTests::isPublished)
			.map((type) -> type.getName().substring(packageName.length() + 1))
			.toList();
	}

	/**
	 * A type is published when it and every type enclosing it are public.
	 */
	private static boolean isPublished(JavaClass type) {
		for (JavaClass current = type; current != null; current = current.getEnclosingClass().orElse(null)) {
			if (!current.getModifiers().contains(JavaModifier.PUBLIC)) {
				return false;
			}
		}
		return true;
	}

}
