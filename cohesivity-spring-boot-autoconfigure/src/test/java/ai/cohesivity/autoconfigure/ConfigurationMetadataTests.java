/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the configuration metadata an IDE reads is complete for every property the
 * module binds, whoever added it: the metadata the processor generated (with the
 * hand-written {@code additional-spring-configuration-metadata.json} merged in) is
 * checked property by property against the bound classes themselves, with no exemption.
 */
class ConfigurationMetadataTests {

	private static final String GENERATED = "/META-INF/spring-configuration-metadata.json";

	private static final String ADDITIONAL = "/META-INF/additional-spring-configuration-metadata.json";

	private static JsonNode read(String resource) throws IOException {
		try (InputStream in = ConfigurationMetadataTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return JsonMapper.shared().readTree(in);
		}
	}

	private static Map<String, JsonNode> byName(JsonNode metadata, String section) {
		Map<String, JsonNode> entries = new LinkedHashMap<>();
		metadata.path(section).forEach((entry) -> entries.putIfAbsent(entry.path("name").stringValue(), entry));
		return entries;
	}

	private static Map<String, JsonNode> properties() throws IOException {
		return byName(read(GENERATED), "properties");
	}

	private static Map<String, JsonNode> hints() throws IOException {
		return byName(read(GENERATED), "hints");
	}

	@Test
	void coversThePropertiesOfEveryConcern() throws IOException {
		assertThat(properties()).containsKeys("cohesivity.base-url", "cohesivity.application-key",
				"cohesivity.management-key", "cohesivity.edge.session-tokens", "cohesivity.genesis.enabled",
				"cohesivity.emulator.enabled", "cohesivity.retry.max-attempts", "cohesivity.redact-logs",
				"cohesivity.database.write-region", "cohesivity.database.init.mode",
				"cohesivity.observability.poll-interval", "cohesivity.observability.jitter",
				"cohesivity.observability.requires-claim-retry-interval", "cohesivity.metrics.max-tag-values",
				"cohesivity.health.cache-ttl", "cohesivity.health.timeout", "management.health.cohesivity.enabled",
				"cohesivity.database.in-transaction", "cohesivity.emulator.port", "cohesivity.emulator.data-directory",
				"cohesivity.agents.enabled", "cohesivity.billing.enabled");
	}

	/**
	 * An IDE shows one entry per property and one list of values per hint: a name written
	 * twice (by the processor and by hand, or twice by hand) is a mistake, even when both
	 * say the same.
	 */
	@Test
	void everyPropertyAndHintIsDescribedOnce() throws IOException {
		for (String resource : List.of(GENERATED, ADDITIONAL)) {
			JsonNode metadata = read(resource);
			for (String section : List.of("properties", "hints")) {
				List<String> names = new ArrayList<>();
				metadata.path(section).forEach((entry) -> names.add(entry.path("name").stringValue()));
				assertThat(names).as(resource + " " + section).doesNotHaveDuplicates();
			}
		}
	}

	@Test
	void everyPropertyHasADescription() throws IOException {
		List<String> undocumented = new ArrayList<>();
		properties().forEach((name, property) -> {
			if (property.path("description").stringValue("").isBlank()) {
				undocumented.add(name);
			}
		});
		assertThat(undocumented).as("properties without a description (write Javadoc on the field)").isEmpty();
	}

	/**
	 * Every property whose class starts it with a value documents that value as its
	 * default, and the documented default binds to exactly that value; a property that
	 * starts unset documents no default.
	 */
	@Test
	void everyDefaultIsDocumentedAndTrue() throws IOException {
		JsonNode generated = read(GENERATED);
		Map<String, JsonNode> groups = byName(generated, "groups");
		List<String> problems = new ArrayList<>();
		byName(generated, "properties").forEach((name, property) -> {
			String sourceType = property.path("sourceType").stringValue(null);
			if (sourceType == null) {
				if (property.path("defaultValue").isMissingNode()) {
					problems.add(name + ": hand-written property without a defaultValue");
				}
				return;
			}
			JsonNode documented = property.path("defaultValue");
			if (isEndpoint(sourceType)) {
				// management.endpoint.<id>.* is Boot's, bound by Boot; the processor
				// writes
				// its defaults.
				if (documented.isMissingNode()) {
					problems.add(name + ": endpoint property without a defaultValue");
				}
				return;
			}
			InitialValue initial = InitialValue.of(name, sourceType, groups);
			if (initial.isUnset()) {
				if (!documented.isMissingNode()) {
					problems.add(name + ": starts unset but documents the default " + documented);
				}
			}
			else if (documented.isMissingNode()) {
				problems.add(name + ": starts as " + initial.required() + " but documents no default");
			}
			else {
				Object bound = initial.bind(documented);
				if (!initial.required().equals(bound)) {
					problems.add(name + ": documents " + documented + " (binds to " + bound + ") but starts as "
							+ initial.required());
				}
			}
		});
		assertThat(problems).isEmpty();
	}

	@Test
	void everyEnumPropertyHintsEachValueWithADescription() throws IOException {
		Map<String, JsonNode> hints = hints();
		List<String> problems = new ArrayList<>();
		int enums = 0;
		for (Map.Entry<String, JsonNode> entry : properties().entrySet()) {
			Class<?> type = loadable(entry.getValue().path("type").stringValue(""));
			if (type == null || !type.isEnum()) {
				continue;
			}
			enums++;
			Set<String> expected = Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
				.collect(Collectors.toCollection(LinkedHashSet::new));
			JsonNode hint = hints.get(entry.getKey());
			if (hint == null) {
				problems.add(entry.getKey() + ": no hint for the values of " + type.getName());
				continue;
			}
			Map<String, String> values = hintValues(hint);
			if (!values.keySet().equals(expected)) {
				problems.add(entry.getKey() + ": hint values " + values.keySet() + " but the enum has " + expected);
			}
			values.forEach((value, description) -> {
				if (description.isBlank()) {
					problems.add(entry.getKey() + ": value " + value + " has no description");
				}
			});
		}
		assertThat(enums).as("enum-typed properties found").isGreaterThanOrEqualTo(3);
		assertThat(problems).isEmpty();
	}

	@Test
	void handWrittenEntriesNameExistingPropertiesAndDeprecationsAReplacement() throws IOException {
		Map<String, JsonNode> properties = properties();
		JsonNode additional = read(ADDITIONAL);
		additional.path("hints")
			.forEach((hint) -> assertThat(properties).as("property of the hint")
				.containsKey(hint.path("name").stringValue()));
		additional.path("properties").forEach((property) -> {
			String name = property.path("name").stringValue();
			assertThat(properties).as("hand-written property").containsKey(name);
			assertThat(properties.get(name).path("description").stringValue("")).as(name).isNotBlank();
		});
		properties.forEach((name, property) -> {
			JsonNode deprecation = property.path("deprecation");
			if (deprecation.isMissingNode() && !property.path("deprecated").asBoolean(false)) {
				return;
			}
			String replacement = deprecation.path("replacement").stringValue(null);
			String reason = deprecation.path("reason").stringValue("");
			assertThat(replacement != null || !reason.isBlank()).as(name + " says why it is deprecated").isTrue();
			if (replacement != null) {
				assertThat(properties).as(name + "'s replacement").containsKey(replacement);
			}
		});
	}

	@Test
	void handWrittenHealthPropertyIsMerged() throws IOException {
		JsonNode health = properties().get("management.health.cohesivity.enabled");
		assertThat(health).isNotNull();
		assertThat(health.path("type").stringValue()).isEqualTo("java.lang.Boolean");
		assertThat(health.path("defaultValue").asBoolean(false)).isTrue();
	}

	private static boolean isEndpoint(String sourceType) {
		Class<?> type = ClassUtils.resolveClassName(sourceType, ConfigurationMetadataTests.class.getClassLoader());
		return MergedAnnotations.from(type).isPresent("org.springframework.boot.actuate.endpoint.annotation.Endpoint");
	}

	private static Map<String, String> hintValues(JsonNode hint) {
		Map<String, String> values = new LinkedHashMap<>();
		hint.path("values")
			.forEach((value) -> values.put(value.path("value").asString(), value.path("description").stringValue("")));
		return values;
	}

	private static @Nullable Class<?> loadable(String typeName) {
		int generic = typeName.indexOf('<');
		String raw = (generic >= 0) ? typeName.substring(0, generic) : typeName;
		if (!ClassUtils.isPresent(raw, ConfigurationMetadataTests.class.getClassLoader())) {
			return null;
		}
		return ClassUtils.resolveClassName(raw, ConfigurationMetadataTests.class.getClassLoader());
	}

	/**
	 * The value a property has before anything is bound: read from a fresh instance of
	 * the class that declares it, created the way Boot's binder creates it.
	 */
	private record InitialValue(@Nullable Object value, ResolvableType type) {

		static InitialValue of(String name, String sourceType, Map<String, JsonNode> groups) {
			String group = groups.values()
				.stream()
				.filter((candidate) -> sourceType.equals(candidate.path("type").stringValue(null)))
				.map((candidate) -> candidate.path("name").stringValue())
				.filter((prefix) -> name.startsWith(prefix + "."))
				.max((a, b) -> Integer.compare(a.length(), b.length()))
				.orElseThrow(() -> new AssertionError(name + ": no group of type " + sourceType));
			Class<?> type = ClassUtils.resolveClassName(sourceType, ConfigurationMetadataTests.class.getClassLoader());
			Object instance = new Binder(new MapConfigurationPropertySource()).bindOrCreate(group, type);
			String property = PropertyNames.camelCase(name.substring(group.length() + 1));
			BeanWrapperImpl wrapper = new BeanWrapperImpl(instance);
			if (wrapper.isReadableProperty(property)) {
				return new InitialValue(wrapper.getPropertyValue(property),
						wrapper.getPropertyTypeDescriptor(property).getResolvableType());
			}
			Method accessor = ReflectionUtils.findMethod(type, property);
			assertThat(accessor).as(name + ": no getter or accessor " + property + " on " + type.getName()).isNotNull();
			ReflectionUtils.makeAccessible(accessor);
			return new InitialValue(ReflectionUtils.invokeMethod(accessor, instance),
					ResolvableType.forMethodReturnType(accessor));
		}

		boolean isUnset() {
			return this.value == null || (this.value instanceof Collection<?> collection && collection.isEmpty())
					|| (this.value instanceof Map<?, ?> map && map.isEmpty());
		}

		Object required() {
			assertThat(this.value).isNotNull();
			return this.value;
		}

		@Nullable Object bind(JsonNode documented) {
			String text;
			if (documented.isArray()) {
				List<String> items = new ArrayList<>();
				documented.forEach((item) -> items.add(item.asString()));
				text = String.join(",", items);
			}
			else {
				text = documented.asString();
			}
			MapConfigurationPropertySource source = new MapConfigurationPropertySource(Map.of("value", text));
			return new Binder(source).bind("value", Bindable.of(this.type)).orElse(null);
		}

	}

}
