/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.aot;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import ai.cohesivity.autoconfigure.PropertyNames;
import ai.cohesivity.emulator.CohesivityEmulator;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the runtime hints an application's AOT processing collects: the registrars named
 * in every {@code META-INF/spring/aot.factories} on the class path (this module's and
 * Spring's), loaded and applied the way Spring does, must cover everything the starter
 * reads or writes reflectively — whoever added it.
 */
class CohesivityRuntimeHintsTests {

	private static final String ENDPOINT = "org.springframework.boot.actuate.endpoint.annotation.Endpoint";

	private static final String READ_OPERATION = "org.springframework.boot.actuate.endpoint.annotation.ReadOperation";

	private static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";

	private static final ClassLoader CLASS_LOADER = CohesivityRuntimeHintsTests.class.getClassLoader();

	private static JavaClasses mainClasses;

	private static RuntimeHints hints;

	@BeforeAll
	static void applyEveryRegistrarOnTheClassPath() {
		hints = new RuntimeHints();
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories", CLASS_LOADER)
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(hints, CLASS_LOADER));
		ImportOption mainCodeOnly = (location) -> !location.contains("/test-classes/");
		mainClasses = new ClassFileImporter().withImportOption(mainCodeOnly).importPackages("ai.cohesivity");
	}

	@Test
	void aotFactoriesNameEveryRegistrarOfTheModule() {
		List<String> registered = SpringFactoriesLoader
			.forResourceLocation("META-INF/spring/aot.factories", CLASS_LOADER)
			.load(RuntimeHintsRegistrar.class)
			.stream()
			.map((registrar) -> registrar.getClass().getName())
			.filter((name) -> name.startsWith("ai.cohesivity."))
			.toList();
		List<String> declared = mainClasses.stream()
			.filter((type) -> type.isAssignableTo(RuntimeHintsRegistrar.class))
			.filter((type) -> !type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
			.map(JavaClass::getName)
			.toList();
		assertThat(declared).isNotEmpty();
		assertThat(registered).containsExactlyInAnyOrderElementsOf(declared);
	}

	/**
	 * Every property in the configuration metadata can be bound in a native image: its
	 * setter (or the constructor that binds it) is invocable, whoever added it.
	 */
	@Test
	void everyConfigurationPropertyCanBeBound() throws IOException {
		List<String> unbindable = new ArrayList<>();
		int checked = 0;
		for (JsonNode property : metadata().path("properties")) {
			String sourceType = property.path("sourceType").stringValue(null);
			if (sourceType == null) {
				continue;
			}
			Class<?> type = ClassUtils.resolveClassName(sourceType, CLASS_LOADER);
			if (MergedAnnotations.from(type).isPresent(ENDPOINT)) {
				// management.endpoint.<id>.* is bound by Boot's actuator, with its own
				// hints.
				continue;
			}
			checked++;
			String name = property.path("name").stringValue();
			String leaf = name.substring(name.lastIndexOf('.') + 1);
			var descriptor = BeanUtils.getPropertyDescriptor(type, PropertyNames.camelCase(leaf));
			Method setter = (descriptor != null) ? descriptor.getWriteMethod() : null;
			boolean bindable = (setter != null)
					? RuntimeHintsPredicates.reflection().onMethodInvocation(setter).test(hints)
					: RuntimeHintsPredicates.reflection()
						.onType(type)
						.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)
						.or(constructorBinding(type))
						.test(hints);
			if (!bindable) {
				unbindable.add(name + " (" + type.getName() + ")");
			}
		}
		assertThat(checked).isGreaterThan(30);
		assertThat(unbindable).as("properties a native image could not bind").isEmpty();
	}

	@Test
	void everyConfigurationPropertiesClassIsRegistered() {
		List<String> missing = mainClasses.stream()
			.filter((type) -> type.isAnnotatedWith(ConfigurationProperties.class))
			.map((type) -> type.reflect())
			.filter((type) -> !RuntimeHintsPredicates.reflection().onType(type).test(hints))
			.map(Class::getName)
			.toList();
		assertThat(missing).isEmpty();
	}

	/**
	 * Every type of this starter that Jackson reads or writes by reflection — a class
	 * literal handed to a data-binding call, and every record or bean reachable from it —
	 * has binding hints (constructors, accessors, {@code @JsonCreator} factories).
	 */
	@Test
	void everyTypeJacksonBindsHasBindingHints() {
		Set<Class<?>> bound = new LinkedHashSet<>();
		for (JavaClass owner : mainClasses) {
			if (owner.getPackageName().startsWith("ai.cohesivity.emulator")) {
				continue;
			}
			if (hasJacksonAnnotations(owner.reflect())) {
				collectBound(owner.reflect(), bound);
			}
			for (JavaCodeUnit codeUnit : owner.getCodeUnits()) {
				Set<Integer> bindingLines = codeUnit.getMethodCallsFromSelf()
					.stream()
					.filter(CohesivityRuntimeHintsTests::isDataBinding)
					.map(JavaMethodCall::getLineNumber)
					.collect(Collectors.toSet());
				codeUnit.getReferencedClassObjects()
					.stream()
					.filter((literal) -> bindingLines.contains(literal.getLineNumber()))
					.map(ReferencedClassObject::getRawType)
					.filter((type) -> type.getPackageName().startsWith("ai.cohesivity"))
					.forEach((type) -> collectBound(type.reflect(), bound));
			}
		}
		for (JavaClass endpoint : mainClasses) {
			if (!endpoint.isAnnotatedWith(ENDPOINT)) {
				continue;
			}
			for (Method method : endpoint.reflect().getDeclaredMethods()) {
				if (MergedAnnotations.from(method).isPresent(READ_OPERATION)) {
					collectReferenced(method.getGenericReturnType(), bound);
				}
			}
		}
		assertThat(bound).as("types bound by Jackson").isNotEmpty();
		List<String> missing = new ArrayList<>();
		for (Class<?> type : bound) {
			if (!RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)
				.test(hints)) {
				missing.add(type.getName() + ": constructors");
			}
			for (Method method : type.getDeclaredMethods()) {
				if (MergedAnnotations.from(method).isPresent(JSON_CREATOR)
						&& !RuntimeHintsPredicates.reflection().onMethodInvocation(method).test(hints)) {
					missing.add(type.getName() + "." + method.getName() + "(): @JsonCreator");
				}
			}
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					if (!RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()).test(hints)) {
						missing.add(type.getName() + "." + component.getName() + "()");
					}
				}
			}
		}
		assertThat(missing).as("types bound by Jackson without binding hints").isEmpty();
	}

	/**
	 * What Boot instantiates from {@code META-INF/spring.factories} (failure analyzers,
	 * database initializer detectors) can be instantiated in a native image: Spring's own
	 * registrar keeps the file and each named class's constructors.
	 */
	@Test
	void everySpringFactoriesEntryOfTheStarterCanBeInstantiated() throws IOException {
		assertThat(RuntimeHintsPredicates.resource().forResource("META-INF/spring.factories")).accepts(hints);
		List<String> entries = new ArrayList<>();
		for (URL url : Collections.list(CLASS_LOADER.getResources("META-INF/spring.factories"))) {
			PropertiesLoaderUtils.loadProperties(new UrlResource(url))
				.forEach((factory, implementations) -> Arrays
					.stream(StringUtils.commaDelimitedListToStringArray((String) implementations))
					.map(String::trim)
					.filter((name) -> name.startsWith("ai.cohesivity."))
					.forEach(entries::add));
		}
		assertThat(entries).contains("ai.cohesivity.autoconfigure.database.EdgeDatabaseNotProvisionedFailureAnalyzer",
				"ai.cohesivity.autoconfigure.CohesivityNetworkFailureAnalyzer");
		assertThat(entries).allSatisfy((name) -> assertThat(RuntimeHintsPredicates.reflection()
			.onType(TypeReference.of(name))
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as(name).accepts(hints));
	}

	@Test
	void versionResourceAndDefaultScriptsAreKept() {
		assertThat(RuntimeHintsPredicates.resource().forResource("META-INF/cohesivity/version.properties"))
			.accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("cohesivity/schema.sql")).accepts(hints);
		assertThat(RuntimeHintsPredicates.resource().forResource("cohesivity/data.sql")).accepts(hints);
	}

	@Test
	void logbackStaysFindableByNameSoThatKeyRedactionIsOn() {
		assertThat(RuntimeHintsPredicates.reflection().onType(TypeReference.of("ch.qos.logback.classic.LoggerContext")))
			.accepts(hints);
	}

	/**
	 * The embedded emulator is reached by name: every method the launcher looks up is
	 * invocable, on the types those calls return.
	 */
	@Test
	void everyEmulatorMethodTheLauncherCallsIsInvocable() throws NoSuchMethodException {
		Method builder = CohesivityEmulator.class.getMethod("builder");
		Class<?> builderType = builder.getReturnType();
		Method start = builderType.getMethod("start");
		Method createTenant = CohesivityEmulator.class.getMethod("createTenant");
		Class<?> tenantType = createTenant.getReturnType();
		List<Method> called = new ArrayList<>(List.of(builder, builderType.getMethod("port", int.class),
				builderType.getMethod("dataDirectory", Path.class), start,
				CohesivityEmulator.class.getMethod("baseUrl"), createTenant,
				CohesivityEmulator.class.getMethod("tenant", String.class),
				CohesivityEmulator.class.getMethod("provision", String.class, String.class)));
		for (String accessor : List.of("tenantId", "managementKey", "applicationKey", "expiresAt", "lifecycle")) {
			called.add(tenantType.getMethod(accessor));
		}
		assertThat(start.getReturnType()).isEqualTo(CohesivityEmulator.class);
		assertThat(called)
			.allSatisfy((method) -> assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(method))
				.as(method.toString())
				.accepts(hints));
	}

	@Test
	void emulatorHintsAreLeftOutWhenTheEmulatorIsAbsent() {
		RuntimeHints withoutEmulator = new RuntimeHints();
		ClassLoader noEmulator = new ClassLoader(null) {
		};
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories", CLASS_LOADER)
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(withoutEmulator, noEmulator));
		assertThat(RuntimeHintsPredicates.reflection().onType(CohesivityEmulator.class)).rejects(withoutEmulator);
		assertThat(RuntimeHintsPredicates.resource().forResource("META-INF/cohesivity/version.properties"))
			.accepts(withoutEmulator);
	}

	private static Predicate<RuntimeHints> constructorBinding(Class<?> type) {
		return (candidate) -> java.util.Arrays.stream(type.getDeclaredConstructors())
			.anyMatch((constructor) -> RuntimeHintsPredicates.reflection()
				.onConstructorInvocation(constructor)
				.test(candidate));
	}

	private static boolean hasJacksonAnnotations(Class<?> type) {
		List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
		elements.addAll(List.of(type.getDeclaredFields()));
		elements.addAll(List.of(type.getDeclaredMethods()));
		elements.addAll(List.of(type.getDeclaredConstructors()));
		if (type.isRecord()) {
			elements.addAll(List.of(type.getRecordComponents()));
		}
		return elements.stream()
			.flatMap((element) -> Arrays.stream(element.getDeclaredAnnotations()))
			.map((annotation) -> annotation.annotationType().getName())
			.anyMatch((name) -> name.startsWith("com.fasterxml.jackson.annotation.")
					|| name.startsWith("tools.jackson.databind.annotation."));
	}

	private static boolean isDataBinding(JavaMethodCall call) {
		String owner = call.getTargetOwner().getName();
		String name = call.getName();
		boolean jackson = owner.startsWith("tools.jackson.databind.") && (name.startsWith("readValue")
				|| name.equals("treeToValue") || name.equals("convertValue") || name.startsWith("writeValue")
				|| name.equals("valueToTree") || name.equals("readerFor") || name.equals("writerFor"));
		boolean webClient = owner.startsWith("org.springframework.web.reactive.function.client.")
				&& (name.equals("bodyToMono") || name.equals("bodyToFlux") || name.startsWith("toEntity"));
		return jackson || webClient;
	}

	private static void collectBound(Class<?> type, Set<Class<?>> bound) {
		if (type.isPrimitive() || type.isEnum() || !type.getName().startsWith("ai.cohesivity.") || !bound.add(type)) {
			return;
		}
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				collectReferenced(component.getGenericType(), bound);
			}
		}
	}

	private static void collectReferenced(java.lang.reflect.Type type, Set<Class<?>> bound) {
		org.springframework.core.ResolvableType resolvable = org.springframework.core.ResolvableType.forType(type);
		Class<?> raw = resolvable.resolve();
		if (raw != null) {
			collectBound(raw, bound);
		}
		for (org.springframework.core.ResolvableType generic : resolvable.getGenerics()) {
			collectReferenced(generic.getType(), bound);
		}
	}

	private static JsonNode metadata() throws IOException {
		try (InputStream in = CLASS_LOADER.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
			assertThat(in).isNotNull();
			return JsonMapper.shared().readTree(in);
		}
	}

}
