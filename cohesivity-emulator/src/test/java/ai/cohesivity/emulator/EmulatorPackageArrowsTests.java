package ai.cohesivity.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the emulator's rooms honest: the root package is the public API and the assembly;
 * the rooms ({@code ai.cohesivity.emulator.<room>}) never reach back up into it nor into
 * the routes, their arrows have no cycles, and the shared rooms at the bottom
 * ({@code support}, {@code http}) depend on no other room.
 */
class EmulatorPackageArrowsTests {

	private static final String ROOT = "ai.cohesivity.emulator";

	private static final String ROOMS = "ai.cohesivity.emulator.*..";

	private static JavaClasses emulator;

	@BeforeAll
	static void importMainClasses() {
		// Test classes are left out whatever the build folder is called
		// (cohesivity.build.directory; ArchUnit's DO_NOT_INCLUDE_TESTS knows only
		// target/).
		ImportOption mainCodeOnly = (location) -> !location.contains("/test-classes/");
		emulator = new ClassFileImporter().withImportOption(mainCodeOnly).importPackages(ROOT);
	}

	@Test
	void theRoomsAreImported() {
		assertThat(Stream.of("support", "http", "tenants", "edge", "database", "accounts", "claims", "observability",
				"agents", "faults", "store", "routes", "logging"))
			.allSatisfy((room) -> assertThat(emulator.containPackage(ROOT + "." + room)).as(room).isTrue());
	}

	@Test
	void roomsHaveNoCycles() {
		ArchRule rule = slices().matching("ai.cohesivity.emulator.(*)..")
			.namingSlices("room $1")
			.should()
			.beFreeOfCycles()
			.because("each room builds on the ones below it");
		rule.check(emulator);
	}

	@Test
	void roomsDoNotReachUpIntoTheRootPackage() {
		ArchRule rule = noClasses().that()
			.resideInAPackage(ROOMS)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT)
			.because("the root package is the public API and the assembly, which builds the rooms and maps the"
					+ " API's types to theirs");
		rule.check(emulator);
	}

	@Test
	void roomsDoNotReachIntoTheRoutes() {
		ArchRule rule = noClasses().that()
			.resideInAPackage(ROOMS)
			.and()
			.resideOutsideOfPackage(ROOT + ".routes..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".routes..")
			.because("each room offers its own routes; only the assembly puts them behind the front door");
		rule.check(emulator);
	}

	@Test
	void supportDependsOnNoOtherRoom() {
		ArchRule rule = noClasses().that()
			.resideInAPackage(ROOT + ".support..")
			.should()
			.dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".support..")))
			.because("support is the bottom of the building");
		rule.check(emulator);
	}

	@Test
	void httpDependsOnlyOnSupport() {
		ArchRule rule = noClasses().that()
			.resideInAPackage(ROOT + ".http..")
			.should()
			.dependOnClassesThat(resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".http.."))
				.and(resideOutsideOfPackage(ROOT + ".support..")))
			.because("every room's handlers use the HTTP plumbing, so it can use none of them");
		rule.check(emulator);
	}

	@Test
	void onlyTheApiTypesArePublicInTheRootPackage() {
		List<String> publicTypes = new ArrayList<>();
		for (JavaClass type : emulator) {
			if (type.getPackageName().equals(ROOT) && type.getModifiers().contains(JavaModifier.PUBLIC)) {
				publicTypes.add(type.getName().substring(ROOT.length() + 1));
			}
		}
		assertThat(publicTypes).containsExactlyInAnyOrder("CohesivityEmulator", "CohesivityEmulator$Builder",
				"EmulatorAdmin", "EmulatorTenant", "WireProfile", "EmulatorMain", "ProvisioningAnswer", "WaitOutcome",
				"EdgeErrorFormat", "Compression");
	}

	@Test
	void thePublicApiExposesNoTypeOfARoom() {
		ArchRule rule = members().that()
			.areDeclaredInClassesThat()
			.resideInAPackage(ROOT)
			.and()
			.areDeclaredInClassesThat()
			.arePublic()
			.and(isPublic())
			.should(notExposeRoomTypes())
			.because("the rooms are internal: a caller of the API never needs to name one of their types");
		rule.check(emulator);
	}

	private static DescribedPredicate<JavaMember> isPublic() {
		return DescribedPredicate.describe("are public",
				(member) -> member.getModifiers().contains(JavaModifier.PUBLIC));
	}

	private static ArchCondition<JavaMember> notExposeRoomTypes() {
		return new ArchCondition<>("not expose a type of a room in their signature") {

			@Override
			public void check(JavaMember member, ConditionEvents events) {
				List<JavaClass> exposed = new ArrayList<>();
				if (member instanceof JavaCodeUnit codeUnit) {
					exposed.add(codeUnit.getRawReturnType());
					exposed.addAll(codeUnit.getRawParameterTypes());
					exposed.addAll(codeUnit.getThrowsClause().getTypes());
				}
				else if (member instanceof JavaField field) {
					exposed.add(field.getRawType());
				}
				for (JavaClass type : exposed) {
					JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
					if (base.getPackageName().startsWith(ROOT + ".")) {
						events.add(SimpleConditionEvent.violated(member,
								member.getFullName() + " exposes " + base.getName()));
					}
				}
			}

		};
	}

}
