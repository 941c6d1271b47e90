package ai.cohesivity.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the package arrows of {@code DESIGN.md} true: mechanism packages never reach into
 * the auto-configuration, the starter's main code never imports the emulator (it is
 * reached by class name only), and the emulator never imports the starter.
 */
class PackageArrowsTests {

	private static final String[] MECHANISM_PACKAGES = { "ai.cohesivity.core..", "ai.cohesivity.management..",
			"ai.cohesivity.edge..", "ai.cohesivity.database..", "ai.cohesivity.observability..",
			"ai.cohesivity.agents..", "ai.cohesivity.health..", "ai.cohesivity.metrics..", "ai.cohesivity.actuate.." };

	private static JavaClasses mainClasses;

	@BeforeAll
	static void importMainClasses() {
		// Main classes of this module and of the emulator (a folder or a jar, depending
		// on the phase).
		// Test classes are left out whatever the build folder is called (Maven's default
		// is target/).
		ImportOption mainCodeOnly = (location) -> !location.contains("/test-classes/");
		mainClasses = new ClassFileImporter().withImportOption(mainCodeOnly).importPackages("ai.cohesivity");
	}

	@Test
	void bothSidesOfEveryArrowAreImported() {
		assertThat(mainClasses.containPackage("ai.cohesivity.core")).as("starter classes imported").isTrue();
		assertThat(mainClasses.containPackage("ai.cohesivity.emulator")).as("emulator classes imported").isTrue();
	}

	@Test
	void mechanismPackagesDoNotImportTheAutoConfiguration() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage(MECHANISM_PACKAGES)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("ai.cohesivity.autoconfigure..")
			.because("mechanism classes must be usable without Spring Boot's auto-configuration");
		rule.check(mainClasses);
	}

	@Test
	void coreImportsNoOtherPackageOfTheStarter() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("ai.cohesivity.core..")
			.should()
			.dependOnClassesThat(
					resideInAPackage("ai.cohesivity..").and(resideOutsideOfPackage("ai.cohesivity.core..")))
			.because("every client is assembled from core; core knows none of them");
		rule.check(mainClasses);
	}

	@Test
	void starterCodeDoesNotImportTheEmulator() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("ai.cohesivity..")
			.and()
			.resideOutsideOfPackage("ai.cohesivity.emulator..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("ai.cohesivity.emulator..")
			.because("the emulator is optional at run time and is reached by class name only");
		rule.check(mainClasses);
	}

	@Test
	void emulatorDoesNotImportTheStarter() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("ai.cohesivity.emulator..")
			.should()
			.dependOnClassesThat(
					resideInAPackage("ai.cohesivity..").and(resideOutsideOfPackage("ai.cohesivity.emulator..")))
			.because("the emulator is a stand-alone Cohesivity and must not depend on its own client");
		rule.check(mainClasses);
	}

}
